import { detectArticle } from '../article';
import type { Article, Detection } from '../article/types';
import { extract } from './extract';
import type { Extraction } from './types';

export interface PageAnalysis {
  detection: Detection;
  /** Statements over `detection.text`; empty when the page is not an article. */
  extraction: Extraction;
}

const EMPTY: Extraction = { statements: [], speakers: [] };

/**
 * Document → article → statements: the same path in the content script (live page) and in
 * `saywho page` (a saved page in jsdom). Highlighting is not part of it.
 */
export function analysePage(doc: Document): PageAnalysis {
  const detection = detectArticle(doc);
  return { detection, extraction: detection.isArticle ? extractArticle(detection) : EMPTY };
}

/** The statements of a detected article (over `article.text`), in its language. */
export function extractArticle(article: Article): Extraction {
  return extract(article.text, { lang: article.lang ?? undefined });
}
