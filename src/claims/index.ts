import { detectLang } from './lang';
import { findQuotes } from './quotes';
import { RULES, startsAttribution } from './rules';
import type { RuleContext } from './context';
import { markTitles, splitSentences, tokenize } from './sentences';
import type { Claim, ClaimOptions } from './types';

export type { Claim, ClaimKind, ClaimOptions, Span, TextRef } from './types';

/**
 * Finds every attributed claim in plain text, in reading order: quotes are found first, then the
 * text is cut into tokens and sentences, and the rules of the sieve (./rules) run in order.
 * The cue lexicon covers all supported languages at once; the language (given, or guessed from the
 * text) only selects its quoting convention (see `ruleFragmentsAsQuotes`).
 */
export function findClaims(text: string, options: ClaimOptions = {}): Claim[] {
  if (!text) return [];
  const quotes = findQuotes(text);
  const lang = (options.lang ?? detectLang(text)).slice(0, 2).toLowerCase();
  const tokens = tokenize(text, quotes, lang);
  const sentences = splitSentences(text, tokens, (at) => startsAttribution(tokens, at));
  const titles = markTitles(text, tokens, sentences);
  const ctx: RuleContext = { text, lang, tokens, sentences, used: new Uint8Array(tokens.length), titles, claims: [], mentions: [], contents: [] };
  for (const rule of RULES) rule(ctx);
  return ctx.claims.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
