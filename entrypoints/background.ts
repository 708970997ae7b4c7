import { browser } from 'wxt/browser';
import { listen, type TabSummary } from '@/src/messaging';
import { injectAnalysis } from '@/src/pipeline/inject';

/**
 * Keeps a small summary per tab (in `storage.session`, so it survives the service worker's
 * restarts) and shows the statement count on the toolbar badge; injects the analysis stages into
 * frames whose content script found an article.
 */
export default defineBackground(() => {
  listen({
    'saywho:load-analysis': async (_, { tabId, frameId, documentId }) => {
      if (tabId === null) throw new Error('saywho:load-analysis must come from a tab');
      await injectAnalysis(tabId, frameId, documentId);
      return { ok: true } as const;
    },
    'saywho:state-changed': async (summary: TabSummary, sender) => {
      const tabId = sender.tabId;
      if (tabId === null) return { tabId };
      await browser.storage.session.set({ [`tab:${tabId}`]: summary });
      const text = summary.status === 'article' && summary.statements > 0 ? String(summary.statements) : '';
      // MV3 has `action`; Firefox's MV2 build has `browserAction`.
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text });
      await action.setBadgeBackgroundColor({ tabId, color: '#4e79a7' });
      return { tabId };
    },
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(`tab:${tabId}`);
  });
});
