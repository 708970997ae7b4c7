import type { Article } from '../article/types';
import { ATTR, MARK_ELEMENT, type Highlighter, type SpeakerStyle } from '../highlight/types';
import type { PageState, SpeakerView } from '../messaging/protocol';
import type { Settings } from '../state/settings';
import { detectArticle, shownHeadline } from '../article';
import type { Analyser } from './analyser';
import type { Extraction } from './types';

/** Re-analysis after page changes waits this long for quiet, and never longer than MAX_WAIT_MS. */
const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 2000;
/** Added text shorter than this outside the article (ads, tickers, timestamps) is not worth a re-run. */
const MIN_RELEVANT_TEXT = 40;

export interface LivePageOptions {
  settings: Settings;
  /** Called after every run with the new state. */
  onState?: (state: PageState) => void;
  /** Aborting stops observing and removes every highlight and the stylesheet. */
  signal: AbortSignal;
  /**
   * The claims, speakers and highlighting stages: given (tests, the demo), or loaded on demand the
   * first time the page is an article, so pages that are not articles never load that code.
   */
  analyser: Analyser | (() => Promise<Analyser>);
}

/**
 * SayWho on a live page: analyses it, highlights the statements and keeps both current while the
 * page changes (late paragraphs, "read more" expanders, in-app navigation).
 */
export class LivePage {
  private state: PageState;
  private analyser: Analyser | null;
  private highlighter: Highlighter | null;
  private loading: Promise<void> | null = null;
  private loadError: Error | null = null;
  private settings: Settings;
  private observer: MutationObserver | null = null;
  private removeStyles: (() => void) | null = null;
  private article: Article | null = null;
  private lastText: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: LivePageOptions,
  ) {
    this.settings = options.settings;
    this.analyser = typeof options.analyser === 'function' ? null : options.analyser;
    this.highlighter = this.analyser?.createHighlighter() ?? null;
    this.state = { status: 'pending', url: doc.location?.href ?? '' };
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  getState(): PageState {
    return this.state;
  }

  /** Starts: one run now, then re-runs on relevant page changes. */
  start(): void {
    this.run(true);
    const root = this.doc.body ?? this.doc.documentElement;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.isRelevant(r))) this.schedule();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** The page navigated in-app (history API): start from scratch. */
  onNavigation(): void {
    this.lastText = null;
    this.loadError = null;
    this.run(true);
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.loadError = null;
    this.run(true);
  }

  jump(statementId: string): boolean {
    return this.highlighter?.flash(statementId) ?? false;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
    this.highlighter?.clear();
    this.removeStyles?.();
    this.removeStyles = null;
  }

  /**
   * One pass of the pipeline, measured as `performance.measure('saywho')`. Unless `force`, the
   * highlights are left alone when the article's text has not changed and its marks are intact.
   * A run that finds an article before the analysis stages are loaded starts loading them and
   * ends `pending` (not measured); the load runs the pipeline again.
   */
  run(force = false): PageState {
    const t0 = performance.now();
    this.observer?.disconnect();
    try {
      this.state = this.analyseAndHighlight(force, t0);
    } catch (error) {
      this.highlighter?.clear();
      this.state = this.failed(error);
    } finally {
      this.reobserve();
    }
    if (this.state.status !== 'pending') performance.measure('saywho', { start: t0, end: performance.now() });
    this.options.onState?.(this.state);
    return this.state;
  }

  private failed(error: unknown): PageState {
    return { status: 'error', url: this.url(), reason: error instanceof Error ? error.message : String(error) };
  }

  /** Loads the analysis stages once, then runs the pipeline again (unless stopped meanwhile). */
  private load(loader: () => Promise<Analyser>): void {
    const start = performance.now();
    this.loading ??= loader().then(
      (analyser) => {
        performance.measure('saywho:load', { start, end: performance.now() });
        if (this.options.signal.aborted) return;
        this.analyser = analyser;
        this.highlighter = analyser.createHighlighter();
        this.run(true);
      },
      (error: unknown) => {
        // The next navigation or settings change tries again.
        this.loading = null;
        if (this.options.signal.aborted) return;
        this.loadError = new Error(`SayWho could not load its analysis: ${error instanceof Error ? error.message : String(error)}`);
        this.run(true);
      },
    );
  }

  private analyseAndHighlight(force: boolean, t0: number): PageState {
    const url = this.url();
    if (!this.settings.enabled) {
      this.highlighter?.clear();
      this.lastText = null;
      return { status: 'disabled', url };
    }
    const detection = measured('saywho:article', () => detectArticle(this.doc));
    if (!detection.isArticle) {
      this.highlighter?.clear();
      this.article = null;
      this.lastText = null;
      return { status: 'not-article', url, reason: detection.reason, meta: detection.meta };
    }
    this.article = detection;
    const { analyser, highlighter } = this;
    if (!analyser || !highlighter) {
      if (this.loadError) throw this.loadError;
      if (typeof this.options.analyser === 'function') this.load(this.options.analyser);
      return { status: 'pending', url };
    }
    // Same article text and every mark still in place (a change elsewhere in the page): nothing to redo.
    if (!force && detection.text === this.lastText && this.marksIntact()) return this.state;
    const extraction = measured('saywho:claims', () => analyser.extractArticle(detection));
    const statements = this.settings.showReported
      ? extraction.statements
      : extraction.statements.filter((s) => s.kind !== 'indirect');
    const styles = analyser.speakerStyles(statements);
    highlighter.clear();
    this.removeStyles ??= analyser.installStyles(this.doc);
    measured('saywho:highlight', () => highlighter.apply(detection.blocks, statements, styles));
    this.lastText = detection.text;
    const { byline, published, siteName, lang } = detection;
    return {
      status: 'article',
      url,
      meta: { title: shownHeadline(detection), byline, published, siteName, lang },
      statements,
      speakers: speakerViews({ statements, speakers: extraction.speakers }, styles),
      ms: performance.now() - t0,
    };
  }

  private url(): string {
    return this.doc.location?.href ?? '';
  }

  private marksIntact(): boolean {
    if (this.state.status !== 'article') return false;
    const expected = new Set(this.state.statements.map((s) => s.id));
    for (const m of this.doc.querySelectorAll(`${MARK_ELEMENT}[${ATTR.statement}]`)) {
      if (!m.isConnected) return false;
      expected.delete(m.getAttribute(ATTR.statement) ?? '');
    }
    return expected.size === 0;
  }

  private reobserve(): void {
    if (!this.observer) return;
    this.observer.takeRecords();
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** A change inside the article, or enough new text anywhere, is worth a new run. */
  private isRelevant(record: MutationRecord): boolean {
    const target = record.target;
    if (target.nodeType === 1 && (target as Element).closest(MARK_ELEMENT)) return false;
    const blocks = this.article?.blocks ?? [];
    if (blocks.some((b) => b.el.contains(target) || target.contains(b.el))) return true;
    for (const node of record.removedNodes) if (blocks.some((b) => node.contains(b.el))) return true;
    let added = 0;
    for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
    if (record.type === 'characterData') added += (target as CharacterData).data.length;
    return added >= MIN_RELEVANT_TEXT;
  }

  private schedule(): void {
    const now = performance.now();
    if (this.timer === undefined) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }
}

/** Runs `fn` and records its duration as a performance measure (DevTools' performance panel; `npm run bench`). */
function measured<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

function speakerViews(extraction: Extraction, styles: ReadonlyMap<string, SpeakerStyle>): SpeakerView[] {
  const counts = new Map<string, number>();
  for (const s of extraction.statements) if (s.speaker) counts.set(s.speaker.id, (counts.get(s.speaker.id) ?? 0) + 1);
  return extraction.speakers
    .filter((sp) => counts.has(sp.id))
    .map((sp) => ({ ...sp, ...(styles.get(sp.id) ?? { colour: '#9a9a9a', decoration: 'dotted' as const }), count: counts.get(sp.id) ?? 0 }));
}
