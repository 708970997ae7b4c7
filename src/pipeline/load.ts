import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging';
import { injectedAnalyser, type Analyser } from './analyser';

/** The file WXT builds from entrypoints/analysis.ts. */
export const ANALYSIS_SCRIPT = '/analysis.js';

/**
 * Content script side: has the background inject `analysis.js` into this frame, then returns the
 * Analyser it left on the content scripts' global object. Each content script instance injects once
 * (its LivePage caches the result), so an updated extension never reuses an old instance's code.
 */
export async function loadAnalyser(): Promise<Analyser> {
  await sendToBackground('saywho:load-analysis', {});
  const analyser = injectedAnalyser();
  if (!analyser) throw new Error('analysis.js ran but left no analyser');
  return analyser;
}

/**
 * Background side: runs `analysis.js` in one frame of a tab, in the extension's isolated world
 * (where the content script runs), through `scripting` (Chrome MV3, Firefox 102+) or MV2's
 * `tabs.executeScript`.
 */
export async function injectAnalysis(tabId: number, frameId = 0): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYSIS_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ANALYSIS_SCRIPT, frameId });
  }
}
