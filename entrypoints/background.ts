import { browser } from 'wxt/browser';
import { listen, type TabSummary } from '@/src/messaging';

/**
 * Keeps a small summary per tab (in `storage.session`, so it survives the service worker's
 * restarts) and shows the statement count on the toolbar badge.
 */
export default defineBackground(() => {
  listen({
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
