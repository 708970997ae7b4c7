import { MarkJsHighlighter, installStyles, speakerStyles } from '../highlight';
import type { Analyser } from './analyser';
import { extractArticle } from './page';

/** The real claims, speakers and highlighting stages (bundled into `analysis.js`, the CLI and tests). */
export function createAnalyser(): Analyser {
  return { extractArticle, speakerStyles, installStyles, createHighlighter: () => new MarkJsHighlighter() };
}
