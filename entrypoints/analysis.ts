import { ANALYSER_KEY } from '@/src/pipeline/analyser';
import { createAnalyser } from '@/src/pipeline/analysis';

/**
 * The claims, speakers and highlighting stages, injected by the background into a frame whose
 * content script found an article (see src/pipeline/analyser.ts). It only leaves its Analyser on
 * the content scripts' global object; the content script does the rest.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANALYSER_KEY] = createAnalyser();
});
