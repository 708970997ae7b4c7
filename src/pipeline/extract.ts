import { findClaims } from '../claims';
import type { ClaimOptions } from '../claims/types';
import { resolveSpeakers } from '../speakers';
import type { Extraction, Statement } from './types';

/**
 * Plain text → statements with resolved speakers. DOM-free: the CLI, the evaluations and the
 * content script all call this.
 */
export function extract(text: string, options: ClaimOptions = {}): Extraction {
  const claims = findClaims(text, options);
  const { speakers, speakerOf } = resolveSpeakers(text, claims);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const statements: Statement[] = claims.map((claim, i) => {
    const speakerId = speakerOf[i] ?? null;
    const speaker = speakerId ? byId.get(speakerId) : undefined;
    return {
      id: `s${i + 1}`,
      kind: claim.kind,
      quote: {
        text: claim.spans.map((s) => text.slice(s.start, s.end)).join(' … '),
        spans: claim.spans.map(({ start, end }) => ({ start, end })),
      },
      cue: claim.cue,
      speaker: speaker ? { id: speaker.id, name: speaker.name, mention: claim.mention } : null,
    };
  });
  // Only speakers that end up with a statement are reported.
  const used = new Set(statements.map((s) => s.speaker?.id).filter(Boolean));
  return { statements, speakers: speakers.filter((s) => used.has(s.id)) };
}
