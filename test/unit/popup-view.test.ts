import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '@/src/messaging/protocol';
import type { Statement } from '@/src/pipeline/types';
import { isRestrictedUrl, renderPopup, type ViewOptions } from '@/src/popup/view';

const meta = { title: 'Putin Agreed', byline: 'World Desk', published: '2025-08-17T23:31:00+05:30', siteName: 'The Daily Ledger', lang: 'en' };

function st(id: string, quote: string, speaker: { id: string; name: string } | null, kind: Statement['kind'] = 'direct'): Statement {
  return { id, kind, quote: { text: quote, spans: [{ start: 0, end: quote.length }] }, cue: null, speaker: speaker && { ...speaker, mention: null } };
}

const witkoff = { id: 'steve-witkoff', name: 'Steve Witkoff' };
const vdl = { id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen' };

function article(statements: Statement[]): PageState {
  const ids = [...new Set(statements.flatMap((s) => (s.speaker ? [s.speaker.id] : [])))];
  return {
    status: 'article',
    url: 'https://example.test/a',
    meta,
    statements,
    speakers: ids.map((id, i) => ({
      id,
      name: statements.find((s) => s.speaker?.id === id)!.speaker!.name,
      aliases: [],
      kind: 'person' as const,
      colour: ['#4e79a7', '#e15759'][i % 2]!,
      decoration: 'solid' as const,
      count: statements.filter((s) => s.speaker?.id === id).length,
    })),
    ms: 3,
  };
}

let root: HTMLElement;
const handlers = { jump: vi.fn(), setOrder: vi.fn(), toggleSpeaker: vi.fn() };
const view = (over: Partial<ViewOptions> = {}): ViewOptions => ({ order: 'reading', filter: new Set(), ...over });

beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
  vi.clearAllMocks();
});

describe('popup view', () => {
  const statements = [st('s1', '“We agreed,”', witkoff), st('s2', '“coalition of the willing”', vdl, 'mixed'), st('s3', '“We covered,”', witkoff)];

  it('lists statements in reading order with speaker, kind and a header from the article', () => {
    renderPopup(root, { kind: 'state', state: article(statements) }, view(), handlers);
    expect(root.querySelector('h1')!.textContent).toBe('Putin Agreed');
    expect(root.querySelector('.meta')!.textContent).toContain('World Desk');
    expect(root.querySelector('.meta')!.textContent).toContain('The Daily Ledger');
    const items = [...root.querySelectorAll('li.statement')];
    expect(items.map((li) => li.getAttribute('data-statement'))).toEqual(['s1', 's2', 's3']);
    expect(items.map((li) => li.querySelector('.speaker')!.textContent)).toEqual(['Steve Witkoff', 'Ursula von der Leyen', 'Steve Witkoff']);
    expect(items[1]!.querySelector('.kind')!.textContent).toBe('Partly quoted');
  });

  it('sends the statement id when a jump link is clicked', () => {
    renderPopup(root, { kind: 'state', state: article(statements) }, view(), handlers);
    (root.querySelector('li[data-statement="s3"] button.jump') as HTMLButtonElement).click();
    expect(handlers.jump).toHaveBeenCalledWith('s3');
  });

  it('filters by speaker and groups by speaker', () => {
    renderPopup(root, { kind: 'state', state: article(statements) }, view({ filter: new Set([vdl.id]) }), handlers);
    expect([...root.querySelectorAll('li.statement')].map((li) => li.getAttribute('data-statement'))).toEqual(['s2']);
    (root.querySelector(`button.chip[data-speaker="${witkoff.id}"]`) as HTMLButtonElement).click();
    expect(handlers.toggleSpeaker).toHaveBeenCalledWith(witkoff.id);

    renderPopup(root, { kind: 'state', state: article(statements) }, view({ order: 'speaker' }), handlers);
    const groups = [...root.querySelectorAll('section.group')];
    expect(groups.map((g) => g.getAttribute('data-speaker'))).toEqual([witkoff.id, vdl.id]);
    expect([...groups[0]!.querySelectorAll('li')].map((li) => li.getAttribute('data-statement'))).toEqual(['s1', 's3']);
  });

  it('renders hostile page text as text, never as markup', () => {
    const evil = '“<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>,” he said';
    const state = article([st('s1', evil, { id: 'x', name: '<b onmouseover=alert(1)>Mallory</b>' })]);
    if (state.status === 'article') state.meta.title = '<svg onload=alert(1)>';
    renderPopup(root, { kind: 'state', state }, view(), handlers);
    expect(root.querySelector('img, script, svg, b')).toBeNull();
    expect(root.querySelector('.quote')!.textContent).toBe(evil);
    expect(root.querySelector('.speaker')!.textContent).toBe('<b onmouseover=alert(1)>Mallory</b>');
    expect(root.querySelector('h1')!.textContent).toBe('<svg onload=alert(1)>');
  });

  it('says why there is nothing to list', () => {
    const cases: [Parameters<typeof renderPopup>[1], string][] = [
      [{ kind: 'state', state: { status: 'not-article', url: 'u', reason: 'This looks like a section front.', meta: { ...meta, title: null } } }, 'not-article'],
      [{ kind: 'state', state: article([]) }, 'no-claims'],
      [{ kind: 'unreachable', url: 'chrome://extensions/' }, 'restricted'],
      [{ kind: 'unreachable', url: null }, 'restricted'],
      [{ kind: 'unreachable', url: 'https://news.example/story' }, 'reload'],
      [{ kind: 'state', state: { status: 'disabled', url: 'u' } }, 'disabled'],
    ];
    for (const [model, cls] of cases) {
      renderPopup(root, model, view(), handlers);
      expect(root.querySelector(`.empty.${cls}`), cls).not.toBeNull();
      expect(root.querySelector('li.statement')).toBeNull();
    }
    renderPopup(root, cases[0]![0], view(), handlers);
    expect(root.textContent).toContain('This looks like a section front.');
  });

  it('knows the pages extensions may not run on', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en/firefox/', 'view-source:https://a.b'])
      expect(isRestrictedUrl(url), url).toBe(true);
    for (const url of ['https://www.bbc.co.uk/news', 'http://127.0.0.1:8080/a.html']) expect(isRestrictedUrl(url), url).toBe(false);
  });
});
