/**
 * Error listings for error analysis: misses and false positives per class, wrong speakers and
 * source misses, each with its text in context.
 */
import type { ClaimKind } from '../claims/types';
import type { Pair } from './match';
import type { DocumentMatches } from './metrics';
import { overlapMatches, speakerRight } from './metrics';
import { firstWordStart } from './quotes';
import { intersectionSize, setSize, type SpanSet } from './spans';
import type { GoldAttribution, Prediction } from './types';

export type ErrorClass =
  | 'direct-miss'
  | 'direct-false'
  | 'mixed-miss'
  | 'mixed-false'
  | 'indirect-miss'
  | 'indirect-false'
  | 'speaker-wrong'
  | 'source-miss'
  | 'source-false';

/** What each class means, for the listing's headings. */
export const ERROR_CLASSES: Record<ErrorClass, string> = {
  'direct-miss': 'gold direct quote not matched by a direct prediction (§3a)',
  'direct-false': 'direct prediction matching no gold direct quote (§3a)',
  'mixed-miss': 'gold mixed content not matched by a direct/mixed prediction (§3a direct+mixed)',
  'mixed-false': 'mixed prediction matching no gold direct/mixed content (§3a direct+mixed)',
  'indirect-miss': 'gold indirect content whose first word no prediction shares (§3c)',
  'indirect-false': 'indirect prediction whose first word no gold content shares (§3c)',
  'speaker-wrong': 'matched direct quote whose speaker mention misses the gold source (§3b)',
  'source-miss': 'gold source no predicted mention begins with (§3c source)',
  'source-false': 'predicted mention beginning no gold source (§3c source)',
};

export interface ErrorExample {
  cls: ErrorClass;
  reason: ErrorReason;
  docId: string;
  /** The span in context: `…before ⟦span⟧ after…`. */
  context: string;
  /** Extra facts: the nearest prediction or gold, the speakers, the rule. */
  note: string;
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ⏎ ');

/** `…before ⟦fragment⟧ gap ⟦fragment⟧ after…`, long fragments shortened in the middle. */
export function inContext(text: string, set: SpanSet, width = 60, maxSpan = 240): string {
  if (set.length === 0) return '';
  const first = set[0] as { start: number };
  const last = set[set.length - 1] as { end: number };
  const from = Math.max(0, first.start - width);
  const to = Math.min(text.length, last.end + width);
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const f of set) {
    out += text.slice(pos, f.start);
    let inner = text.slice(f.start, f.end);
    if (inner.length > maxSpan) inner = `${inner.slice(0, maxSpan / 2)} … ${inner.slice(-maxSpan / 2)}`;
    out += `⟦${inner}⟧`;
    pos = f.end;
  }
  out += text.slice(pos, to) + (to < text.length ? '…' : '');
  return oneLine(out);
}

const short = (text: string, set: SpanSet | null, max = 80): string => {
  if (!set || set.length === 0) return '∅';
  const s = oneLine(set.map((f) => text.slice(f.start, f.end)).join(' … '));
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** The item of `sets` (among `among`) overlapping `target` most, if any. */
function nearest(target: SpanSet, sets: readonly SpanSet[], among: readonly number[]): number | null {
  let best: number | null = null;
  let bestN = 0;
  for (const i of among) {
    const n = intersectionSize(target, sets[i] as SpanSet);
    if (n > bestN) {
      best = i;
      bestN = n;
    }
  }
  return best;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * Why an item went unmatched:
 * - `not found` / `no gold`: nothing on the other side overlaps it at all;
 * - `boundary`: something of a fitting class overlaps it, but not enough for §3a's thresholds;
 * - `wrong kind`: an item of another class would have matched;
 * - `begin differs`: overlapping items exist, but none starts its first word at the same offset;
 * - `taken`: an item that would have matched was paired with another one (one-to-one);
 * - speakers: `no speaker`, `no mention` (a speaker without a mention span), `other mention`.
 */
export type ErrorReason = 'not found' | 'no gold' | 'boundary' | 'wrong kind' | 'begin differs' | 'taken' | 'no speaker' | 'no mention' | 'other mention';

/** Every error of one document. */
export function documentErrors(m: DocumentMatches): ErrorExample[] {
  const { doc, preds } = m;
  const { text } = doc;
  const golds = doc.attributions;
  const goldSets = golds.map((g) => g.content);
  const predSets = preds.map((p) => p.content);
  const out: ErrorExample[] = [];
  const push = (cls: ErrorClass, reason: ErrorReason, set: SpanSet, note: string): void => {
    out.push({ cls, reason, docId: doc.id, context: inContext(text, set), note });
  };
  const describePred = (i: number | null): string => {
    if (i === null) return 'no overlapping prediction';
    const p = preds[i] as Prediction;
    return `nearest prediction: ${p.kind} by rule ${p.rule}: ⟨${short(text, p.content)}⟩`;
  };
  const describeGold = (i: number | null): string => {
    if (i === null) return 'no overlapping gold content';
    const g = golds[i] as GoldAttribution;
    return `nearest gold: ${g.cls}${g.type !== 'Content' ? ` (${g.type})` : ''}: ⟨${short(text, g.content)}⟩`;
  };
  const source = (g: GoldAttribution): string => (g.sources.length ? g.sources.map((s) => short(text, s, 40)).join(' | ') : '∅');
  const fits = (a: SpanSet, b: SpanSet): boolean => overlapMatches(intersectionSize(a, b), setSize(a), setSize(b));
  const beginOf = (set: SpanSet): number | null => firstWordStart(text, set);
  const sameBegin = (a: SpanSet, b: SpanSet): boolean => {
    const x = beginOf(a);
    return x !== null && x === beginOf(b);
  };

  /** Reason an item `x` found no partner among `others` (gold vs predictions or the reverse). */
  const reason = (
    x: SpanSet,
    others: readonly { set: SpanSet; fitting: boolean }[],
    mode: 'overlap' | 'begin',
    nothing: ErrorReason,
    fwd: (a: SpanSet, b: SpanSet) => boolean,
  ): ErrorReason => {
    const touching = others.filter((o) => intersectionSize(x, o.set) > 0);
    if (touching.length === 0) return nothing;
    if (mode === 'begin') return others.some((o) => sameBegin(x, o.set)) ? 'taken' : 'begin differs';
    const matching = touching.filter((o) => fwd(x, o.set));
    if (matching.some((o) => o.fitting)) return 'taken';
    if (matching.length > 0) return 'wrong kind';
    return 'boundary';
  };

  const misses = (pairs: readonly Pair[], cls: ClaimKind, errCls: ErrorClass, kinds: readonly ClaimKind[], mode: 'overlap' | 'begin'): void => {
    const hit = new Set(pairs.map((p) => p.gold));
    const others = preds.map((p) => ({ set: p.content, fitting: kinds.includes(p.kind) }));
    golds.forEach((g, i) => {
      if (g.cls !== cls || hit.has(i)) return;
      const why = reason(g.content, others, mode, 'not found', (a, b) => fits(a, b));
      push(errCls, why, g.content, `${describePred(nearest(g.content, predSets, range(preds.length)))}; gold source: ${source(g)}`);
    });
  };
  const falses = (pairs: readonly Pair[], kind: ClaimKind, errCls: ErrorClass, classes: readonly ClaimKind[], mode: 'overlap' | 'begin'): void => {
    const hit = new Set(pairs.map((p) => p.pred));
    const others = golds.map((g) => ({ set: g.content, fitting: classes.includes(g.cls) }));
    preds.forEach((p, i) => {
      if (p.kind !== kind || hit.has(i)) return;
      const why = reason(p.content, others, mode, 'no gold', (a, b) => fits(b, a));
      push(errCls, why, p.content, `rule ${p.rule}; speaker ${p.speakerName ?? '∅'} (⟨${short(text, p.mention, 40)}⟩); ${describeGold(nearest(p.content, goldSets, range(golds.length)))}`);
    });
  };
  const ALL: ClaimKind[] = ['direct', 'mixed', 'indirect'];
  misses(m.direct, 'direct', 'direct-miss', ['direct'], 'overlap');
  falses(m.direct, 'direct', 'direct-false', ['direct'], 'overlap');
  misses(m.directMixed, 'mixed', 'mixed-miss', ['direct', 'mixed'], 'overlap');
  falses(m.directMixed, 'mixed', 'mixed-false', ['direct', 'mixed'], 'overlap');
  misses(m.content, 'indirect', 'indirect-miss', ALL, 'begin');
  falses(m.content, 'indirect', 'indirect-false', ALL, 'begin');

  for (const pair of m.direct) {
    const g = golds[pair.gold] as GoldAttribution;
    const p = preds[pair.pred] as Prediction;
    if (g.sources.length === 0 || speakerRight(g, p)) continue;
    const why: ErrorReason = !p.hasSpeaker ? 'no speaker' : p.mention === null ? 'no mention' : 'other mention';
    push('speaker-wrong', why, g.content, `gold source ⟨${source(g)}⟩; predicted ${p.hasSpeaker ? `${p.speakerName ?? '?'} via ⟨${short(text, p.mention, 40)}⟩` : 'no speaker'} (rule ${p.rule})`);
  }
  const srcHitG = new Set(m.source.map((p) => p.gold));
  const predSrc = m.predSources.map((set) => ({ set, fitting: true }));
  m.goldSources.forEach((s, i) => {
    if (srcHitG.has(i)) return;
    const near = m.predSources[nearest(s, m.predSources, range(m.predSources.length)) ?? -1] ?? null;
    push('source-miss', reason(s, predSrc, 'begin', 'not found', fits), s, `nearest predicted mention: ⟨${short(text, near, 40)}⟩`);
  });
  const srcHitP = new Set(m.source.map((p) => p.pred));
  const goldSrc = m.goldSources.map((set) => ({ set, fitting: true }));
  m.predSources.forEach((s, i) => {
    if (srcHitP.has(i)) return;
    const near = m.goldSources[nearest(s, m.goldSources, range(m.goldSources.length)) ?? -1] ?? null;
    push('source-false', reason(s, goldSrc, 'begin', 'no gold', fits), s, `nearest gold source: ⟨${short(text, near, 40)}⟩`);
  });
  return out;
}

/** Up to `n` examples of each class, spread evenly over the corpus; each class's total and its reasons. */
export function sampleErrors(
  all: readonly ErrorExample[],
  n: number,
): { cls: ErrorClass; total: number; reasons: Partial<Record<ErrorReason, number>>; examples: ErrorExample[] }[] {
  return (Object.keys(ERROR_CLASSES) as ErrorClass[]).map((cls) => {
    const list = all.filter((e) => e.cls === cls);
    const reasons: Partial<Record<ErrorReason, number>> = {};
    for (const e of list) reasons[e.reason] = (reasons[e.reason] ?? 0) + 1;
    const k = Math.min(n, list.length);
    const examples = range(k).map((i) => list[Math.floor((i * list.length) / k)] as ErrorExample);
    return { cls, total: list.length, reasons, examples };
  });
}
