import { browser } from 'wxt/browser';
import { dispatch, type Handlers, type Message, type MessageName, type Request, type Response } from './protocol';

/** Sends a typed message to the content script of a tab. */
export async function sendToTab<K extends MessageName>(tabId: number, type: K, payload: Request<K>): Promise<Response<K>> {
  const message: Message<K> = { type, payload };
  return (await browser.tabs.sendMessage(tabId, message)) as Response<K>;
}

/** Sends a typed message to the extension's background. */
export async function sendToBackground<K extends MessageName>(type: K, payload: Request<K>): Promise<Response<K>> {
  const message: Message<K> = { type, payload };
  return (await browser.runtime.sendMessage(message)) as Response<K>;
}

/**
 * Listens for the protocol's messages and answers them with the handlers. The returned function
 * removes the listener; an AbortSignal does the same.
 */
export function listen<K extends MessageName>(handlers: Handlers<K>, signal?: AbortSignal): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number; documentId?: string }) =>
    dispatch(handlers, message, { tabId: sender.tab?.id ?? null, frameId: sender.frameId, documentId: sender.documentId });
  browser.runtime.onMessage.addListener(listener);
  const remove = () => browser.runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', remove, { once: true });
  return remove;
}
