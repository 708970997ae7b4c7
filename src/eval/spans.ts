/**
 * Character-set arithmetic on spans (EVAL.md §3).
 *
 * A span may be discontinuous, so it is handled as the *set of characters* of its fragments. The
 * canonical representation of such a set is a `SpanSet`: fragments sorted by start, non-empty,
 * pairwise disjoint, and with every gap between two fragments holding at least one non-whitespace
 * character (fragments separated only by whitespace count as one fragment, gap included).
 */
import type { Span } from '../claims/types';

/** Sorted, disjoint, non-empty fragments; gaps between fragments are never whitespace-only. */
export type SpanSet = readonly Span[];

const WHITESPACE_ONLY = /^\s*$/;

/**
 * Canonical character set of `fragments` in `text`: drops empty fragments, sorts, merges fragments
 * that overlap, touch, or are separated only by whitespace (the whitespace joins the set).
 */
export function toSpanSet(text: string, fragments: readonly Span[]): SpanSet {
  const sorted = fragments
    .filter((f) => f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && (f.start <= last.end || WHITESPACE_ONLY.test(text.slice(last.end, f.start)))) {
      last.end = Math.max(last.end, f.end);
    } else {
      out.push(f);
    }
  }
  return out;
}

/** Number of characters in the set. */
export function setSize(set: SpanSet): number {
  let n = 0;
  for (const f of set) n += f.end - f.start;
  return n;
}

/** |a ∩ b| for two canonical sets (linear merge). */
export function intersectionSize(a: SpanSet, b: SpanSet): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const lo = Math.max(x.start, y.start);
    const hi = Math.min(x.end, y.end);
    if (hi > lo) n += hi - lo;
    if (x.end <= y.end) i++;
    else j++;
  }
  return n;
}

/** Whether two canonical sets hold exactly the same characters. */
export function sameSet(a: SpanSet, b: SpanSet): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, k) => f.start === (b[k] as Span).start && f.end === (b[k] as Span).end);
}

/** A stable string key of a set (for de-duplication). */
export function setKey(set: SpanSet): string {
  return set.map((f) => `${f.start}-${f.end}`).join(',');
}

/** The text covered by a set, fragments joined by ` … `. */
export function setText(text: string, set: SpanSet): string {
  return set.map((f) => text.slice(f.start, f.end)).join(' … ');
}

/**
 * Converter from Unicode code point offsets (what the corpora use) to JavaScript string indices
 * (UTF-16 code units). Identity for texts without characters outside the Basic Multilingual Plane.
 * Offsets past the end map to `text.length`.
 */
export function codePointToIndex(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    return (cp) => Math.min(cp, text.length);
  }
  // table[cp] = JS index of code point cp; table[count] = text.length.
  const table: number[] = [];
  let i = 0;
  while (i < text.length) {
    table.push(i);
    const c = text.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
  }
  table.push(text.length);
  const last = table.length - 1;
  return (cp) => table[Math.min(Math.max(cp, 0), last)] as number;
}
