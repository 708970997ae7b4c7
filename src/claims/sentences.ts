/**
 * Tokens and sentences. Top-level quotes are single atomic tokens, so a quote never splits a sentence
 * from its attribution (`“It’s over. We won,” he said.` is one sentence).
 */
import type { Quote } from './quotes';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text (words only; empty otherwise). */
  lower: string;
  /** Word starting with an upper-case letter. */
  cap: boolean;
  /** For quote tokens, the quote. */
  quote?: Quote;
}

export const isQuote = (t: Token | undefined): boolean => t?.kind === 'quote';

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
}

/**
 * Abbreviations whose period does not end a sentence (lower-case, without the period); dotted ones
 * ("U.S.", "z.B.") keep their period anyway (see `tokenize`).
 */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr sen rep gov gen lt col capt sgt st jr sr prof rev hon pres supt adm maj cmdr inc ltd co corp ' +
    'no vs jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga ill ind kan ky ' +
    'la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ft mt approx etc e.g i.e ' +
    'dept nr bzw ca dr evtl ggf inkl usw vgl mme mlle sra sr sres')
    .split(' '),
);

const WORD = /[\p{L}\p{N}\p{M}]+(?:[’'\-.&][\p{L}\p{N}\p{M}]+)*/uy;
const UPPER = /\p{Lu}/u;

/** Splits text into tokens; top-level quotes become one token each. In German, a period glued to a
 * capitalised word after a lower-case letter ends the word ("sagte Merkel.Als sie …"). */
export function tokenize(text: string, quotes: Quote[], lang = ''): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  const top = quotes.filter((x) => x.depth === 0);
  let i = 0;
  while (i < text.length) {
    while (q < top.length && top[q]!.start < i) q++;
    const quote = top[q];
    if (quote && quote.start === i) {
      tokens.push({ kind: 'quote', start: i, end: quote.end, text: text.slice(i, quote.end), lower: '', cap: false, quote });
      i = quote.end;
      q++;
      continue;
    }
    const c = text[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      const glued = lang === 'de' ? /\p{Ll}\.\p{Lu}\p{Ll}/u.exec(m[0]) : null;
      if (glued) m[0] = m[0].slice(0, glued.index + 1);
      let end = i + m[0].length;
      const lower = m[0].toLowerCase();
      // Keep the period of an abbreviation or an initial ("Mr.", "U.S.", "J.") with its word.
      if (text[end] === '.' && (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(m[0]) || /\.\p{L}$/u.test(m[0]))) end++;
      // Cut at the next top-level quote so it stays a token of its own.
      if (quote && quote.start < end) end = quote.start;
      const word = text.slice(i, end);
      tokens.push({ kind: 'word', start: i, end, text: word, lower: word.toLowerCase(), cap: UPPER.test(word[0]!) });
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', start: i, end: i + 1, text: c, lower: '', cap: false });
    i++;
  }
  return tokens;
}

const TERMINAL = /^[.!?]$/;

/**
 * Sentences over the tokens: a sentence ends at a paragraph break, or at `.`, `!`, `?` (or a quote
 * ending with one) followed by a capitalised word or a quote.
 */
export function splitSentences(text: string, tokens: Token[], isAttribution: (at: number) => boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraphStart = true;
  const push = (last: number): void => {
    if (last > first) sentences.push({ first, last, paragraphStart });
    first = last;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const next = tokens[t + 1];
    if (!next) break;
    if (text.slice(tok.end, next.start).includes('\n')) {
      push(t + 1);
      paragraphStart = true;
      continue;
    }
    const opensNext = next.cap || isQuote(next) || (next.kind === 'punct' && /[([]/.test(next.text));
    if (!opensNext) continue;
    if (tok.kind === 'punct' && TERMINAL.test(tok.text)) {
      push(t + 1);
      paragraphStart = false;
    } else if (isQuote(tok) && /[.!?]\s*$/u.test(text.slice(tok.start + (tok.quote?.openLength ?? 1), tok.end - (tok.quote?.closeLength ?? 1))) && !isAttribution(t + 1)) {
      push(t + 1);
      paragraphStart = false;
    }
  }
  push(tokens.length);
  return sentences;
}

/** Lower-case words allowed inside a title ("State of the Union", "Tales From the Crypt"). */
const MINOR = new Set('a an the of in on at to for from and or but with by as vs'.split(' '));
const LETTERS = /\p{L}[\p{L}’'-]*/gu;

/** True when most words are capitalised, as in a headline. */
function titleCased(words: string[]): boolean {
  const significant = words.filter((w) => !MINOR.has(w.toLowerCase()));
  return significant.length > 0 && significant.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Marks quote tokens that are titles or names ("“State of the Union,”", "''Tales From the Crypt''"):
 * two or more words, all capitalised but the minor ones, in a sentence that is not itself a
 * capitalised headline. Titles are not claims.
 */
export function markTitles(text: string, tokens: Token[], sentences: Sentence[]): Uint8Array {
  const titles = new Uint8Array(tokens.length);
  for (const s of sentences) {
    const outside: string[] = [];
    const candidates: number[] = [];
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') outside.push(t.text);
      else if (isQuote(t)) candidates.push(i);
    }
    if (candidates.length === 0 || titleCased(outside.filter((w) => w.length > 3))) continue;
    for (const i of candidates) {
      const t = tokens[i]!;
      const inner = text.slice(t.start + (t.quote?.openLength ?? 1), t.end - (t.quote?.closeLength ?? 1));
      const words = inner.match(LETTERS) ?? [];
      if (words.length >= 2 && words.length <= 8 && !/[,;:!?]\P{L}*\p{L}/u.test(inner) && titleCased(words)) titles[i] = 1;
    }
  }
  return titles;
}
