import type { ArticleMeta } from '../article/types';
import type { PageState, SpeakerView } from '../messaging/protocol';
import type { Statement } from '../pipeline/types';

/** What the popup shows: a page state, or why it has none. */
export type PopupModel =
  | { kind: 'state'; state: PageState }
  | { kind: 'unreachable'; url: string | null }
  | { kind: 'loading' };

export interface ViewOptions {
  order: 'reading' | 'speaker';
  /** Speaker ids to show; empty = all. */
  filter: ReadonlySet<string>;
}

export interface ViewHandlers {
  jump(statementId: string): void;
  setOrder(order: ViewOptions['order']): void;
  toggleSpeaker(speakerId: string): void;
}

const KIND_LABEL: Record<Statement['kind'], string> = { direct: 'Quote', mixed: 'Partly quoted', indirect: 'Reported' };

/** Pages no extension may script: the browser's own pages and the extension stores. */
export function isRestrictedUrl(url: string): boolean {
  return (
    /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|data|file):/i.test(url) ||
    /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/i.test(url)
  );
}

type Child = Node | string | null | undefined | false;

/** Creates an element; text always goes in as text nodes, never as markup. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function header(meta: ArticleMeta | null): HTMLElement {
  const parts = meta ? [meta.byline, formatDate(meta.published), meta.siteName].filter((p): p is string => !!p) : [];
  return h(
    'header',
    { class: 'article' },
    meta?.title ? h('h1', { class: 'title' }, meta.title) : h('h1', { class: 'title' }, 'SayWho'),
    parts.length ? h('p', { class: 'meta' }, parts.join(' · ')) : null,
  );
}

function empty(title: string, text: string, modifier: string): HTMLElement {
  return h('section', { class: `empty ${modifier}`, role: 'status' }, h('h2', {}, title), h('p', {}, text));
}

function swatch(style: Pick<SpeakerView, 'colour' | 'decoration'>): HTMLElement {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.setProperty('--c', style.colour);
  el.style.setProperty('--d', style.decoration);
  return el;
}

function statementItem(s: Statement, speaker: SpeakerView | undefined, handlers: ViewHandlers): HTMLElement {
  const name = s.speaker?.name ?? 'Unattributed';
  const jump = h('button', { type: 'button', class: 'jump', 'data-statement': s.id, title: 'Show in the page' }, 'Show ↗');
  jump.addEventListener('click', () => handlers.jump(s.id));
  const li = h(
    'li',
    { class: `statement kind-${s.kind}`, 'data-statement': s.id, 'data-speaker': s.speaker?.id ?? 'unattributed' },
    h(
      'div',
      { class: 'who' },
      swatch(speaker ?? { colour: '#9a9a9a', decoration: 'dotted' }),
      h('span', { class: 'speaker' }, name),
      h('span', { class: 'kind' }, KIND_LABEL[s.kind]),
      jump,
    ),
    h('blockquote', { class: 'quote' }, s.quote.text),
  );
  return li;
}

/** Renders the whole popup into `root` (replacing what was there). */
export function renderPopup(root: HTMLElement, model: PopupModel, view: ViewOptions, handlers: ViewHandlers): void {
  root.replaceChildren(...popupChildren(model, view, handlers));
}

function popupChildren(model: PopupModel, view: ViewOptions, handlers: ViewHandlers): HTMLElement[] {
  if (model.kind === 'loading') return [header(null), empty('Reading the page…', 'SayWho is looking for the article.', 'loading')];
  if (model.kind === 'unreachable') {
    const restricted = model.url === null || isRestrictedUrl(model.url);
    return [
      header(null),
      restricted
        ? empty(
            'SayWho can’t run on this page',
            'Browsers keep extensions off their own pages (settings, new tab, chrome://) and the extension stores. Open a news article to see who said what.',
            'restricted',
          )
        : empty('SayWho isn’t on this page yet', 'This tab was opened before SayWho was installed or enabled. Reload the page and open SayWho again.', 'reload'),
    ];
  }
  const state = model.state;
  switch (state.status) {
    case 'pending':
      return [header(null), empty('Reading the page…', 'SayWho is looking for the article.', 'loading')];
    case 'disabled':
      return [header(null), empty('SayWho is switched off', 'Turn it on again in SayWho’s options.', 'disabled')];
    case 'error':
      return [header(null), empty('Something went wrong', `SayWho could not read this page: ${state.reason}`, 'error')];
    case 'not-article':
      return [header(state.meta.title ? state.meta : null), empty('Not an article', state.reason, 'not-article')];
    case 'article':
      break;
  }
  const head = header(state.meta);
  if (state.statements.length === 0) {
    return [head, empty('No attributed claims', 'SayWho found the article but no quotes or reported speech attributed to anyone in it.', 'no-claims')];
  }
  return [head, controls(state.speakers, state.statements, view, handlers), list(state.statements, state.speakers, view, handlers)];
}

function controls(speakers: SpeakerView[], statements: Statement[], view: ViewOptions, handlers: ViewHandlers): HTMLElement {
  const orderButton = (order: ViewOptions['order'], label: string) => {
    const b = h('button', { type: 'button', class: 'order', 'aria-pressed': String(view.order === order), 'data-order': order }, label);
    b.addEventListener('click', () => handlers.setOrder(order));
    return b;
  };
  const unattributed = statements.filter((s) => !s.speaker).length;
  const chips = speakers.map((sp) => speakerChip(sp.id, sp.name, sp.count, sp, view, handlers));
  if (unattributed) chips.push(speakerChip('unattributed', 'Unattributed', unattributed, { colour: '#9a9a9a', decoration: 'dotted' }, view, handlers));
  return h(
    'nav',
    { class: 'controls' },
    h('div', { class: 'orders', role: 'group', 'aria-label': 'Order' }, orderButton('reading', 'Reading order'), orderButton('speaker', 'By speaker')),
    h('div', { class: 'speakers', role: 'group', 'aria-label': 'Filter by speaker' }, ...chips),
  );
}

function speakerChip(
  id: string,
  name: string,
  count: number,
  style: Pick<SpeakerView, 'colour' | 'decoration'>,
  view: ViewOptions,
  handlers: ViewHandlers,
): HTMLElement {
  const b = h(
    'button',
    { type: 'button', class: 'chip', 'data-speaker': id, 'aria-pressed': String(view.filter.has(id)) },
    swatch(style),
    h('span', { class: 'name' }, name),
    h('span', { class: 'count' }, String(count)),
  );
  b.addEventListener('click', () => handlers.toggleSpeaker(id));
  return b;
}

function list(statements: Statement[], speakers: SpeakerView[], view: ViewOptions, handlers: ViewHandlers): HTMLElement {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const visible = statements.filter((s) => view.filter.size === 0 || view.filter.has(s.speaker?.id ?? 'unattributed'));
  const item = (s: Statement) => statementItem(s, s.speaker ? byId.get(s.speaker.id) : undefined, handlers);
  if (view.order === 'reading') {
    return h('ol', { class: 'statements', 'aria-label': 'Statements in reading order' }, ...visible.map(item));
  }
  const groups = new Map<string, Statement[]>();
  for (const s of visible) {
    const key = s.speaker?.id ?? 'unattributed';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return h(
    'div',
    { class: 'groups' },
    ...[...groups].map(([key, group]) =>
      h(
        'section',
        { class: 'group', 'data-speaker': key },
        h('h2', {}, byId.get(key)?.name ?? 'Unattributed', ` (${group.length})`),
        h('ol', { class: 'statements' }, ...group.map(item)),
      ),
    ),
  );
}
