import { detectArticle } from '../article';
import type { Detection } from '../article/types';
import { extract } from './extract';
import type { Extraction } from './types';

export interface PageAnalysis {
  detection: Detection;
  /** Statements over `detection.text`; empty when the page is not an article. */
  extraction: Extraction;
}

/** Wraps each stage, e.g. to time it; the default just runs it. */
export type StageRunner = <T>(stage: 'saywho:article' | 'saywho:claims', fn: () => T) => T;

const EMPTY: Extraction = { statements: [], speakers: [] };

/**
 * Document → article → statements: the same path in the content script (live page) and in
 * `saywho page` (a saved page in jsdom). Highlighting is not part of it.
 */
export function analysePage(doc: Document, run: StageRunner = (_stage, fn) => fn()): PageAnalysis {
  const detection = run('saywho:article', () => detectArticle(doc));
  if (!detection.isArticle) return { detection, extraction: EMPTY };
  return { detection, extraction: run('saywho:claims', () => extract(detection.text, { lang: detection.lang ?? undefined })) };
}
