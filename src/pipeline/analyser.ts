import type { Article } from '../article/types';
import type { Highlighter, SpeakerStyle } from '../highlight/types';
import type { Extraction, Statement } from './types';

/**
 * The stages after article detection — claims, speakers and highlighting — as one object.
 *
 * The content script that runs on every page holds only article detection; this part is most of
 * the code (the cue lexicons, mark.js) and only article pages need it. The content script asks the
 * background to inject `analysis.js` (entrypoints/analysis.ts) into its frame the first time it
 * finds an article; that script leaves an `Analyser` on the content scripts' own (isolated)
 * global object under ANALYSER_KEY, where pages cannot see it. Unit tests pass one directly.
 */
export interface Analyser {
  /** The statements of a detected article (over `article.text`), in its language. */
  extractArticle(article: Article): Extraction;
  /** One stable style per speaker of these statements. */
  speakerStyles(statements: readonly Statement[]): Map<string, SpeakerStyle>;
  /** Adds SayWho's stylesheet to the page; the returned function removes it. */
  installStyles(doc: Document): () => void;
  createHighlighter(): Highlighter;
}

/** Where `analysis.js` leaves its Analyser on the content scripts' global object. */
export const ANALYSER_KEY = '__saywhoAnalyser';

/**
 * The Analyser that `analysis.js` left on this global object, if it has run. Only an own property
 * counts: the page's `<div id="__saywhoAnalyser">` shows through `window`'s named properties even in
 * the isolated world, but never as an own property.
 */
export function injectedAnalyser(global: object = globalThis): Analyser | null {
  if (!Object.hasOwn(global, ANALYSER_KEY)) return null;
  const value = (global as Record<string, unknown>)[ANALYSER_KEY] as Partial<Analyser> | null;
  return typeof value?.extractArticle === 'function' ? (value as Analyser) : null;
}
