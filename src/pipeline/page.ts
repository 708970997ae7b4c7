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
  return extract(claimsText(article), { lang: article.lang ?? undefined });
}

/**
 * `article.text` as the claims stage should read it: line breaks inside a block become spaces.
 * A block's text is exactly its text nodes, so a paragraph written over several lines of HTML source
 * keeps those line breaks, which the browser draws as spaces but the claims stage would read as
 * paragraph ends (cutting quotes and sentences). Same length, so every offset still holds.
 */
export function claimsText(article: Pick<Article, 'text' | 'blocks'>): string {
  let out = '';
  let at = 0;
  for (const b of article.blocks) {
    const end = b.start + b.text.length;
    out += article.text.slice(at, b.start) + b.text.replace(/[\n\r\u2028\u2029]/g, ' ');
    at = end;
  }
  return out + article.text.slice(at);
}
