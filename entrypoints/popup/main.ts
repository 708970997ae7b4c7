import '@/assets/popup.css';
import { browser } from 'wxt/browser';
import { sendToTab } from '@/src/messaging';
import { renderPopup, type PopupModel, type ViewOptions } from '@/src/popup/view';

/** Wires the popup view to the tab: `?tabId=N` picks a tab (tests open the popup as a page). */
async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const param = new URLSearchParams(location.search).get('tabId');
  const [active] = param ? [] : await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = param ? Number(param) : active?.id;
  const view: ViewOptions = { order: 'reading', filter: new Set() };
  let model: PopupModel = { kind: 'loading' };

  const render = () =>
    renderPopup(root, model, view, {
      jump: (statementId) => {
        if (tabId !== undefined) void sendToTab(tabId, 'saywho:jump', { statementId });
      },
      setOrder: (order) => {
        view.order = order;
        render();
      },
      toggleSpeaker: (id) => {
        const filter = new Set(view.filter);
        if (filter.has(id)) filter.delete(id);
        else filter.add(id);
        view.filter = filter;
        render();
      },
    });

  render();
  if (tabId === undefined) {
    model = { kind: 'unreachable', url: null };
    return render();
  }
  // The content script runs at document_idle: ask again while it is still reading the page.
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const state = await sendToTab(tabId, 'saywho:get-state', {});
      model = { kind: 'state', state };
    } catch {
      model = { kind: 'unreachable', url: active?.url ?? null };
    }
    render();
    if (model.kind !== 'state' || model.state.status !== 'pending') return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

void main();
