import { browser } from 'wxt/browser';

/** The file WXT builds from entrypoints/analysis.ts. */
const ANALYSIS_SCRIPT = '/analysis.js';

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
