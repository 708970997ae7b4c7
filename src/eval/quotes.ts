/**
 * Quotation marks, trimming, content classes and first words (EVAL.md §3).
 *
 * Quotation marks are `“ ” " „ ‚ « » ‹ › ″`, the pairs `''` and ``` `` ```, and `‘ ’ '` only where
 * they open or close a quoted stretch: a `’`/`'` between two letters (`Clinton’s`, `don't`), or
 * after a word's final letter without an opening partner (`the Joneses’`), is an apostrophe.
 *
 * Whether a `‘ ’ '` is a quotation mark depends on its neighbours in the *document* text and on the
 * single quotes before it, so marks are classified by scanning a region of the document (the
 * extent of the span being classified) from left to right. In that rule a digit counts as a
 * letter (the `’` of `1972’s` is an apostrophe); a single mark not preceded by a letter opens a
 * stretch (or closes one when followed by a space or the end: `,’`); the German `‚` opens one too.
 */
import type { ClaimKind, Span } from '../claims/types';
import type { SpanSet } from './spans';

/** Always quotation marks, wherever they stand. */
const ALWAYS_MARKS = new Set(['“', '”', '"', '„', '‚', '«', '»', '‹', '›', '″']);
/** Quotation marks only where they open or close a quoted stretch. */
const SINGLE_MARKS = new Set(['‘', '’', "'"]);
/** Punctuation trimmed at both ends of every fragment (with whitespace). */
const TRIM_PUNCT = new Set(['.', ',', ';', ':']);

const LETTER = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /^\s$/u;
/** First character of a `\w+` run (Unicode word characters, as in Python's and UTS #18's `\w`). */
const WORD_CHAR = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]/u;

/** The full character (code point) ending just before index `i`, or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

/** The full character (code point) starting at index `i`, or '' at the end. */
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const cp = text.codePointAt(i) as number;
  return String.fromCodePoint(cp);
}

const isLetter = (c: string): boolean => c !== '' && LETTER.test(c);
const isSpaceOrEnd = (c: string): boolean => c === '' || WHITESPACE.test(c);

/**
 * Marks the quotation marks of `text` in `[from, to)`: `result[i - from]` is true when `text[i]` is
 * (part of) a quotation mark. Neighbouring characters outside the region are looked at, but an
 * opening partner for a closing `’`/`'` is only searched inside the region.
 */
export function quoteMarkMask(text: string, from: number, to: number): Uint8Array {
  const mask = new Uint8Array(Math.max(0, to - from));
  let open = 0; // single quotes opened and not yet closed inside the region
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (ALWAYS_MARKS.has(c)) {
      mask[i - from] = 1;
      if (c === '‚') open++; // German ‚…‘: a word-final ‘ may close it
      continue;
    }
    if (c === '`') {
      // Only the pair ``…`` is a quotation mark; a lone backtick is not.
      if (text.charAt(i + 1) === '`' || text.charAt(i - 1) === '`') mask[i - from] = 1;
      continue;
    }
    if (!SINGLE_MARKS.has(c)) continue;
    if (c === "'" && (text.charAt(i + 1) === "'" || text.charAt(i - 1) === "'")) {
      mask[i - from] = 1; // the pair '' is a double quotation mark
      continue;
    }
    const before = charBefore(text, i);
    const after = charAt(text, i + 1);
    if (isLetter(before) && isLetter(after)) continue; // Clinton’s, don't: apostrophe
    if (isLetter(before)) {
      // After a word's final letter: closes an open quoted stretch, or else is an apostrophe.
      if (open > 0) {
        open--;
        mask[i - from] = 1;
      }
      continue;
    }
    // Not after a letter: opens a stretch (‘word) or closes one after punctuation (,’ ?’).
    mask[i - from] = 1;
    if (isSpaceOrEnd(after)) open = Math.max(0, open - 1);
    else open++;
  }
  return mask;
}

/** Quotation-mark mask over the whole extent of a (non-empty) span set. */
function maskOver(text: string, set: SpanSet): { mask: Uint8Array; from: number } {
  const from = set[0]?.start ?? 0;
  const to = set[set.length - 1]?.end ?? from;
  return { mask: quoteMarkMask(text, from, to), from };
}

/**
 * Trims each fragment at both ends: whitespace and `.,;:` always, and quotation marks when
 * `marksToo`. Fragments that become empty are dropped.
 */
export function trimSet(text: string, set: SpanSet, marksToo: boolean): Span[] {
  if (set.length === 0) return [];
  const { mask, from } = maskOver(text, set);
  const trimmable = (i: number): boolean => {
    const c = text.charAt(i);
    return WHITESPACE.test(c) || TRIM_PUNCT.has(c) || (marksToo && mask[i - from] === 1);
  };
  const out: Span[] = [];
  for (const f of set) {
    let s = f.start;
    let e = f.end;
    while (s < e && trimmable(s)) s++;
    while (e > s && trimmable(e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/**
 * Content class of a gold span (§3): after trimming whitespace and `.,;:` at both ends of each
 * fragment, `direct` when every fragment begins and ends with a quotation mark, `mixed` when the
 * span contains a quotation mark but is not direct, `indirect` when it contains none.
 */
export function classifyContent(text: string, set: SpanSet): ClaimKind {
  const trimmed = trimSet(text, set, false);
  if (trimmed.length === 0) return 'indirect';
  const { mask, from } = maskOver(text, set);
  const isMark = (i: number): boolean => mask[i - from] === 1;
  if (trimmed.every((f) => isMark(f.start) && isMark(f.end - 1))) return 'direct';
  for (const f of set) {
    for (let i = f.start; i < f.end; i++) if (isMark(i)) return 'mixed';
  }
  return 'indirect';
}

/**
 * Offset where the first word (`\w+` run) of a span begins, searching its fragments in reading
 * order; null when the span holds no word character.
 */
export function firstWordStart(text: string, set: SpanSet): number | null {
  for (const f of set) {
    const m = WORD_CHAR.exec(text.slice(f.start, f.end));
    if (m) return f.start + m.index;
  }
  return null;
}
