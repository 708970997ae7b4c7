import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging';
import { injectedAnalyser, type Analyser } from './analyser';

/** The file WXT builds from entrypoints/analysis.ts. */
const ANALYSIS_SCRIPT = '/analysis.js';
/** A background that never answers (a service worker killed mid-injection) must not leave the page pending. */
const LOAD_TIMEOUT_MS = 10_000;

/**
 * Content script side: has the background inject `analysis.js` into this frame, then returns the
 * Analyser it left on the content scripts' global object. Each content script instance injects once
 * (its LivePage caches the result), so an updated extension never reuses an old instance's code.
 */
export async function loadAnalyser(): Promise<Analyser> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the background in ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
  });
  try {
    await Promise.race([sendToBackground('saywho:load-analysis', {}), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const analyser = injectedAnalyser();
  if (!analyser) throw new Error('analysis.js ran but left no analyser');
  return analyser;
}

/**
 * Background side: runs `analysis.js` in one document (Chrome) or frame of a tab, in the extension's isolated world
 * (where the content script runs), through `scripting` (Chrome MV3, Firefox 102+) or MV2's
 * `tabs.executeScript`.
 */
export async function injectAnalysis(tabId: number, frameId = 0, documentId?: string): Promise<void> {
  if (browser.scripting) {
    // Chrome names the sender's document, so a frame that navigated meanwhile gets nothing.
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [ANALYSIS_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ANALYSIS_SCRIPT, frameId });
  }
}
