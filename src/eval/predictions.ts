/**
 * From the engine's statements to `Prediction`s: content and mention as character sets, and each
 * statement's sieve rule looked up from the claims (the rule is not part of a Statement).
 */
import type { Claim } from '../claims/types';
import type { Extraction, Statement } from '../pipeline/types';
import { toSpanSet } from './spans';
import type { Prediction } from './types';

/** Something that turns a text into statements, e.g. `extract`. */
export type Extractor = (text: string, options: { lang?: string }) => Extraction;
/** Something that names the rule behind each claim, e.g. `findClaims`. */
export type RuleSource = (text: string, options: { lang?: string }) => Pick<Claim, 'kind' | 'spans' | 'rule'>[];

const claimKey = (c: { kind: string; spans: readonly { start: number; end: number }[] }): string =>
  `${c.kind}:${c.spans.map((s) => `${s.start}-${s.end}`).join(',')}`;

/** Reduces statements to predictions; `rules` (optional) names the rule of each claim. */
export function toPredictions(text: string, statements: readonly Statement[], claims: ReturnType<RuleSource> = []): Prediction[] {
  const queue = new Map<string, string[]>();
  for (const c of claims) {
    const k = claimKey(c);
    const list = queue.get(k);
    if (list) list.push(c.rule);
    else queue.set(k, [c.rule]);
  }
  return statements.map((s) => {
    const mention = s.speaker?.mention ?? null;
    return {
      kind: s.kind,
      content: toSpanSet(text, s.quote.spans),
      mention: mention && mention.end > mention.start ? toSpanSet(text, [mention]) : null,
      hasSpeaker: s.speaker !== null,
      speakerName: s.speaker?.name ?? null,
      rule: queue.get(claimKey({ kind: s.kind, spans: s.quote.spans }))?.shift() ?? '?',
    };
  });
}

