import { listen, sendToBackground } from '@/src/messaging';
import { LivePage } from '@/src/pipeline/live';
import { loadAnalyser } from '@/src/pipeline/load';
import { loadSettings, watchSettings } from '@/src/state/settings';

/** Wires the live-page pipeline to the browser: settings, messages, in-app navigation. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;

    const page = new LivePage(document, {
      settings: await loadSettings(),
      signal,
      // Claims, speakers and highlighting load only once the page turns out to be an article.
      analyser: loadAnalyser,
      onState: (state) => {
        const statements = state.status === 'article' ? state.statements.length : 0;
        sendToBackground('saywho:state-changed', { url: state.url, status: state.status, statements }).catch(() => {
          // The background may be restarting; the next state change reports again.
        });
      },
    });

    listen(
      {
        'saywho:get-state': () => page.getState(),
        'saywho:jump': ({ statementId }) => ({ ok: page.jump(statementId) }),
      },
      signal,
    );
    watchSettings((settings) => page.updateSettings(settings), signal);
    ctx.addEventListener(window, 'wxt:locationchange', () => page.onNavigation());
    page.start();
  },
});
