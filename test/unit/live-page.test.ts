// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LivePage } from '@/src/pipeline/live';
import { createAnalyser } from '@/src/pipeline/analysis';
import { ANALYSER_KEY, injectedAnalyser } from '@/src/pipeline/analyser';
import { claimsText } from '@/src/pipeline/page';
import { detectArticle } from '@/src/article';
import type { PageState } from '@/src/messaging/protocol';
import type { Settings } from '@/src/state/settings';

// (Not imported from src/state: that module pulls in the browser API, which this jsdom file does not need.)
const DEFAULT_SETTINGS: Settings = { enabled: true, showReported: true };

const ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <article>
    <h1>Envoy says talks covered almost every issue</h1>
    <p class="byline">By Staff Reporter</p>
    <div id="body">
      <p>Top envoy Steve Witkoff defended the president’s move to drop his demand for an immediate ceasefire on Sunday, saying the president shifted focus to a broader peace deal given the progress achieved.</p>
      <p>“We covered almost all the other issues necessary for a peace deal,” Witkoff said, without elaborating.</p>
      <p>“We began to see some moderation in the way they’re thinking about getting to a final peace deal,” he added.</p>
      <p>The talks are set to continue next week in Geneva, where officials from both sides are expected to meet for a further round.</p>
    </div>
  </article>
  <footer><p>© 2025 News</p></footer>`;

let controller: AbortController;
afterEach(() => controller?.abort());

function start(settings = DEFAULT_SETTINGS) {
  controller = new AbortController();
  const states: PageState[] = [];
  const page = new LivePage(document, { settings, signal: controller.signal, analyser: createAnalyser(), onState: (s) => states.push(s) });
  page.start();
  return { page, states };
}

const marked = () => [...document.querySelectorAll('saywho-mark')].map((m) => m.getAttribute('data-saywho-statement'));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LivePage', () => {
  it('highlights the article, reports its state and measures the run', () => {
    document.body.innerHTML = ARTICLE;
    performance.clearMeasures();
    const { page, states } = start();
    const state = page.getState();
    expect(state.status).toBe('article');
    if (state.status !== 'article') return;
    expect(state.meta.title).toBe('Envoy says talks covered almost every issue');
    const quotes = state.statements.filter((s) => s.kind === 'direct');
    expect(quotes.map((s) => s.speaker?.name)).toEqual(['Steve Witkoff', 'Steve Witkoff']);
    expect(new Set(marked())).toEqual(new Set(state.statements.map((s) => s.id)));
    expect(states).toHaveLength(1);
    expect(performance.getEntriesByName('saywho')).toHaveLength(1);
    expect(document.querySelector('nav saywho-mark, footer saywho-mark, h1 + p saywho-mark')).toBeNull();
  });

  it('shows the headline as the page shows it, even when the declared title is the site’s', () => {
    document.head.innerHTML = '<meta property="og:title" content="Daily News - Latest News &amp; Headlines">';
    document.body.innerHTML = ARTICLE;
    const state = start().page.getState();
    document.head.innerHTML = '';
    expect(state.status === 'article' && state.meta.title).toBe('Envoy says talks covered almost every issue');
  });

  it('restores the page exactly when stopped', () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    start();
    expect(document.body.innerHTML).not.toBe(before);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('saywho-style')).toBeNull();
  });

  it('picks up a paragraph added later, once, after a debounce', async () => {
    document.body.innerHTML = ARTICLE;
    const { page, states } = start();
    const p = document.createElement('p');
    p.textContent = '“Nobody expected the talks to move this fast,” Witkoff told reporters on Monday.';
    document.getElementById('body')!.append(p);
    expect(states).toHaveLength(1);
    await wait(700);
    expect(states).toHaveLength(2);
    const state = page.getState();
    expect(state.status === 'article' && state.statements.some((s) => s.quote.text.startsWith('“Nobody expected'))).toBe(true);
    expect(p.querySelector('saywho-mark')).not.toBeNull();
    expect(document.querySelectorAll('saywho-mark saywho-mark')).toHaveLength(0);
    // Its own marks and unrelated small changes do not trigger runs.
    document.querySelector('nav')!.append(document.createTextNode(' · Live'));
    await wait(700);
    expect(states).toHaveLength(2);
  });

  it('re-runs only detection when a change inside the article leaves its text as it was', async () => {
    document.body.innerHTML = ARTICLE;
    performance.clearMeasures();
    const { states } = start();
    const marksBefore = [...document.querySelectorAll('saywho-mark')];
    document.querySelector('#body p')!.append(document.createElement('span'));
    await wait(700);
    expect(states).toHaveLength(2);
    expect(performance.getEntriesByName('saywho:article')).toHaveLength(2);
    expect(performance.getEntriesByName('saywho:claims')).toHaveLength(1);
    expect([...document.querySelectorAll('saywho-mark')]).toEqual(marksBefore);
  });

  it('does nothing when switched off, and leaves out reported speech when asked', () => {
    document.body.innerHTML = ARTICLE;
    const off = start({ enabled: false, showReported: true });
    expect(off.page.getState().status).toBe('disabled');
    expect(marked()).toEqual([]);
    off.page.updateSettings({ enabled: true, showReported: false });
    const state = off.page.getState();
    expect(state.status).toBe('article');
    expect(state.status === 'article' && state.statements.length > 0 && state.statements.every((s) => s.kind !== 'indirect')).toBe(true);
    expect(document.querySelector('saywho-mark[data-saywho-kind="indirect"]')).toBeNull();
  });

  it('says why a page is not an article, and marks nothing', () => {
    document.body.innerHTML = `<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s/${i}">Story number ${i} about the summit</a>`).join(' ')}</nav>`;
    const { page } = start();
    const state = page.getState();
    expect(state.status).toBe('not-article');
    expect(state.status === 'not-article' && state.reason.length).toBeGreaterThan(10);
    expect(marked()).toEqual([]);
  });
});

describe('paragraphs written over several lines of HTML source', () => {
  // wapo-1 in ../shared/pages/readability: each <p> spans several indented source lines.
  const WRAPPED = `<article><h1>Attack stokes instability fears in North Africa</h1><div>
    <p>Ajmi Lourimi, a member of Ennahda’s general secretariat, said he believed
                        the attack would unite Tunisians in the face of terrorism.</p>
    <p>“There is a consensus here that this [attack] is alien to our culture,
                        to our way of life. We want to unify against this danger,” Lourimi said.
                        He said he did not expect a wider government campaign against Islamists.</p>
    <p>The museum, which holds one of the world’s largest collections of Roman mosaics, was closed on
                        Thursday while investigators searched the building and the gardens around it.</p>
  </div></article>`;

  it('reads a line break inside a block as a space, so quotes and sentences are not cut', () => {
    document.body.innerHTML = WRAPPED;
    const state = start().page.getState();
    expect(state.status).toBe('article');
    if (state.status !== 'article') return;
    const byKind = (k: string) => state.statements.filter((s) => s.kind === k).map((s) => `${s.speaker?.name ?? '-'}: ${s.quote.text.replace(/\s+/g, ' ')}`);
    expect(byKind('direct')).toEqual([
      'Ajmi Lourimi: “There is a consensus here that this [attack] is alien to our culture, to our way of life. We want to unify against this danger,”',
    ]);
    expect(byKind('indirect')).toEqual([
      'Ajmi Lourimi: he believed the attack would unite Tunisians in the face of terrorism',
      'Ajmi Lourimi: he did not expect a wider government campaign against Islamists',
    ]);
  });

  it('keeps every offset: the claims text differs from the article text only by those spaces', () => {
    document.body.innerHTML = WRAPPED;
    const detection = detectArticle(document);
    if (!detection.isArticle) throw new Error('not an article');
    const text = claimsText(detection);
    expect(text).toHaveLength(detection.text.length);
    const inBlock = (i: number) => detection.blocks.some((b) => i >= b.start && i < b.start + b.text.length);
    const changed: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === detection.text[i]) continue;
      expect([detection.text[i], text[i], inBlock(i)]).toEqual(['\n', ' ', true]);
      changed.push(i);
    }
    expect(changed).toHaveLength(4); // the four source line breaks inside paragraphs
    expect(text.split('\n\n')).toHaveLength(detection.blocks.length);
  });
});

describe('LivePage with the analysis loaded on demand', () => {
  const NOT_ARTICLE = `<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s/${i}">Story number ${i} about the summit</a>`).join(' ')}</nav>`;

  function startLazy(loader: () => Promise<ReturnType<typeof createAnalyser>>) {
    controller = new AbortController();
    const states: PageState[] = [];
    const page = new LivePage(document, { settings: DEFAULT_SETTINGS, signal: controller.signal, analyser: loader, onState: (s) => states.push(s) });
    page.start();
    return { page, states };
  }

  it('loads the analysis once, on the first article run, then highlights', async () => {
    document.body.innerHTML = ARTICLE;
    performance.clearMeasures();
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { page, states } = startLazy(async () => {
      calls++;
      await gate;
      return createAnalyser();
    });
    expect(page.getState().status).toBe('pending');
    expect(marked()).toEqual([]);
    expect(performance.getEntriesByName('saywho')).toHaveLength(0);
    page.run(true); // a second run while loading does not load again
    release();
    await wait(0);
    expect(calls).toBe(1);
    const state = page.getState();
    expect(state.status).toBe('article');
    expect(states.map((s) => s.status)).toEqual(['pending', 'pending', 'article']);
    expect(new Set(marked())).toEqual(new Set(state.status === 'article' ? state.statements.map((s) => s.id) : ['none']));
    expect(performance.getEntriesByName('saywho')).toHaveLength(1);
  });

  it('never loads the analysis on a page that is not an article', async () => {
    document.body.innerHTML = NOT_ARTICLE;
    let calls = 0;
    const { page } = startLazy(async () => {
      calls++;
      return createAnalyser();
    });
    await wait(0);
    expect(page.getState().status).toBe('not-article');
    expect(calls).toBe(0);
  });

  it('reports a load that fails as an error, and leaves the page as it was', async () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const { page } = startLazy(() => Promise.reject(new Error('Cannot access contents of the page')));
    await wait(0);
    const state = page.getState();
    expect(state.status).toBe('error');
    expect(state.status === 'error' && state.reason).toBe('SayWho could not load its analysis: Cannot access contents of the page');
    page.run(true); // and stays an error, not pending, on later runs
    expect(page.getState().status).toBe('error');
    expect(document.body.innerHTML).toBe(before);
  });

  it('tries the load again after a failure, on the next in-app navigation', async () => {
    document.body.innerHTML = ARTICLE;
    let calls = 0;
    const { page } = startLazy(async () => {
      if (++calls === 1) throw new Error('Frame with ID 0 was removed');
      return createAnalyser();
    });
    await wait(0);
    expect(page.getState().status).toBe('error');
    page.onNavigation();
    await wait(0);
    expect(calls).toBe(2);
    expect(page.getState().status).toBe('article');
    expect(marked().length).toBeGreaterThan(0);
  });

  it('takes only an analyser the script left as an own property, never a page element shown through window', () => {
    const proto = { [ANALYSER_KEY]: createAnalyser() }; // as window's named properties: on the prototype
    expect(injectedAnalyser(Object.create(proto) as object)).toBeNull();
    expect(injectedAnalyser({ [ANALYSER_KEY]: document.createElement('div') })).toBeNull();
    expect(injectedAnalyser({})).toBeNull();
    const analyser = createAnalyser();
    expect(injectedAnalyser({ [ANALYSER_KEY]: analyser })).toBe(analyser);
  });

  it('marks nothing when stopped before the load finishes', async () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    startLazy(async () => {
      await gate;
      return createAnalyser();
    });
    controller.abort();
    release();
    await wait(0);
    expect(marked()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });
});
