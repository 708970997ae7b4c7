/**
 * What the rules of the sieve share: the context they work on (tokens, sentences, claims found so
 * far) and the helpers that turn token ranges into claims.
 */
import { cueOf } from './cues';
import type { TokenRange } from './mentions';
import type { Sentence, Token } from './sentences';
import { isQuote } from './sentences';
import type { Claim, ClaimKind, Span, TextRef } from './types';

export const words = (s: string): Set<string> => new Set(s.split(' '));
/** Word lists that several others include. */
export const DAYS = 'monday tuesday wednesday thursday friday saturday sunday';
export const MONTHS = 'january february march april may june july august september october november december';

export interface RuleContext {
  text: string;
  /** Two-letter language code of the text. */
  lang: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Tokens already used by a claim (content, cue or mention). */
  used: Uint8Array;
  /** Quote tokens that are titles or names: never a claim on their own (see `markTitles`). */
  titles: Uint8Array;
  claims: Claim[];
  /** Token range of each claim's mention (same order as `claims`). */
  mentions: (TokenRange | null)[];
  /** Token ranges of each claim's content (same order as `claims`). */
  contents: TokenRange[][];
}

export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
/** The first index from `p` (up to `end`) whose token fails `ok`. */
export function skip(tokens: Token[], p: number, end: number, ok: (t: Token) => boolean): number {
  while (p < end && ok(tokens[p]!)) p++;
  return p;
}

/** Going left from `p` (down to `min`): the index after the last token before it that fails `ok`. */
export function skipBack(tokens: Token[], p: number, min: number, ok: (t: Token) => boolean): number {
  while (p > min && ok(tokens[p - 1]!)) p--;
  return p;
}

/** A word in the set (other tokens have no lower-case text). */
export const inSet = (set: Set<string>, t: Token | undefined): boolean => set.has(t?.lower ?? '');
export const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'punct' && chars.includes(t.text);
/** A lower-case speech or cognition cue (capitalised ones count only inverted, as in headlines, or as a sentence-opening "Asked"). */
export const cueAt = (t: Token | undefined) => (isWord(t) && (!t.cap || t.text === 'Asked') ? cueOf(t.lower) : undefined);

/** A finite (not -ing) cue. */
export const verbCue = (t: Token | undefined) => {
  const c = cueAt(t);
  return c && !c.participle ? c : undefined;
};
/** An -ing cue ("saying", "adding"). */
export const participleAt = (t: Token | undefined): boolean => cueAt(t)?.participle === true;
/** The range of the one token `i`. */
export const one = (i: number): TokenRange => ({ first: i, last: i + 1 });

/** Trailing punctuation is not part of a content span. */
function contentSpan(tokens: Token[], first: number, last: number): Span | null {
  while (last > first && tokens[last - 1]!.kind === 'punct') last--;
  while (first < last && tokens[first]!.kind === 'punct') first++;
  if (first >= last) return null;
  return { start: tokens[first]!.start, end: tokens[last - 1]!.end };
}

/** The kind of a content range, from its quotation marks (as EVAL.md classifies the corpora's). */
function kindOf(tokens: Token[], first: number, last: number): ClaimKind {
  let words = 0;
  let quotes = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (isQuote(t)) quotes++;
    else if (t.kind !== 'punct') words++;
  }
  if (quotes === 1 && words === 0) return 'direct';
  return quotes > 0 ? 'mixed' : 'indirect';
}

/** The kind of a claim from the kinds of its fragments: direct only when every fragment is. */
function kindOfAll(tokens: Token[], content: TokenRange[]): ClaimKind {
  const kinds = content.map((r) => kindOf(tokens, r.first, r.last));
  return kinds.every((k) => k === 'direct') ? 'direct' : kinds.some((k) => k !== 'indirect') ? 'mixed' : 'indirect';
}

/** The text reference of a token range. */
export function ref(ctx: RuleContext, r: TokenRange | null): TextRef | null {
  if (!r) return null;
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

export function isFree(ctx: RuleContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (ctx.used[i]) return false;
  return true;
}

export function addClaim(ctx: RuleContext, rule: string, content: TokenRange[], cue: TokenRange | null, mention: TokenRange | null): void {
  const spans: Span[] = [];
  for (const r of content) {
    const span = contentSpan(ctx.tokens, r.first, r.last);
    if (span) spans.push(span);
  }
  if (spans.length === 0) return;
  const only = content.length === 1 && content[0]!.last - content[0]!.first === 1 ? content[0]!.first : -1;
  if (only >= 0 && ctx.titles[only]) return;
  const kind = kindOfAll(ctx.tokens, content);
  ctx.claims.push({ kind, spans, cue: ref(ctx, cue), mention: ref(ctx, mention), rule: `${kind}-${rule}` });
  ctx.mentions.push(mention);
  ctx.contents.push(content);
  for (const r of [...content, cue, mention]) if (r) ctx.used.fill(1, r.first, r.last);
}

/** Adds the token range `r` to claim `i` as a further fragment of its content (its kind follows). */
export function extendClaim(ctx: RuleContext, i: number, r: TokenRange): void {
  const claim = ctx.claims[i]!;
  const content = ctx.contents[i]!;
  const span = contentSpan(ctx.tokens, r.first, r.last);
  if (!span) return;
  content.push(r);
  claim.spans.push(span);
  const kind = kindOfAll(ctx.tokens, content);
  claim.rule = `${kind}-${claim.rule.slice(claim.rule.indexOf('-') + 1)}`;
  claim.kind = kind;
  ctx.used.fill(1, r.first, r.last);
}

/** The start of the clause holding token `c`: after the last comma or colon before it, else the sentence start. */
export function clauseStart(tokens: Token[], s: Sentence, c: number): number {
  for (let k = c - 1; k > s.first; k--) if (isPunct(tokens[k], ',:;') || isQuote(tokens[k])) return k + 1;
  return s.first;
}

