import type { ArticleMeta } from '../article/types';
import type { Statement } from '../pipeline/types';
import type { Speaker } from '../speakers/types';
import type { SpeakerStyle } from '../highlight/types';

/** A speaker as the popup shows it. */
export interface SpeakerView extends Speaker, SpeakerStyle {
  count: number;
}

/** Everything the popup needs about one tab's page. */
export type PageState =
  | { status: 'pending'; url: string }
  | { status: 'disabled'; url: string }
  | { status: 'not-article'; url: string; reason: string; meta: ArticleMeta }
  | { status: 'error'; url: string; reason: string }
  | {
      status: 'article';
      url: string;
      meta: ArticleMeta;
      statements: Statement[];
      speakers: SpeakerView[];
      /** Milliseconds the last pipeline run took (the `saywho` performance measure). */
      ms: number;
    };

/** What the background keeps per tab (badge and tests): small, no article text. */
export interface TabSummary {
  url: string;
  status: PageState['status'];
  statements: number;
}

/**
 * Every message, by name: its request and its response. Names are namespaced
 * (`saywho:`) so they never collide with a page's or another extension's.
 */
export interface Protocol {
  /** popup → content script: the page's current state. */
  'saywho:get-state': { request: Record<string, never>; response: PageState };
  /** popup → content script: scroll to a statement's highlight and flash it. */
  'saywho:jump': { request: { statementId: string }; response: { ok: boolean } };
  /**
   * content script → background: the page is an article; inject the analysis stages
   * (`analysis.js`) into the sender's frame. Answers once the script has run.
   */
  'saywho:load-analysis': { request: Record<string, never>; response: { ok: true } };
  /** content script → background: the page's state changed (badge, per-tab summary). */
  'saywho:state-changed': { request: TabSummary; response: { tabId: number | null } };
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['request'];
export type Response<K extends MessageName> = Protocol[K]['response'];

export interface Message<K extends MessageName = MessageName> {
  type: K;
  payload: Request<K>;
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('saywho:')
  );
}

/** Where a message came from: the sender's tab and frame (null/undefined from extension pages). */
export interface Sender {
  tabId: number | null;
  frameId?: number;
  /** The sender's document (Chrome 106+). */
  documentId?: string;
}

/** Handlers for some of the protocol's messages. */
export type Handlers<K extends MessageName> = {
  [N in K]: (payload: Request<N>, sender: Sender) => Response<N> | Promise<Response<N>>;
};

/**
 * Routes one incoming message to its handler. Returns undefined for messages that are not ours
 * (so other listeners may answer them); a plain function, so it is unit-tested without a browser.
 */
export function dispatch<K extends MessageName>(
  handlers: Handlers<K>,
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  if (!isMessage(message) || !(message.type in handlers)) return undefined;
  const handler = handlers[message.type as K] as (p: unknown, s: Sender) => unknown;
  return Promise.resolve().then(() => handler(message.payload, sender));
}
