import type { ClaimKind, Span, TextRef } from '../claims/types';
import type { Speaker } from '../speakers/types';

/** A claim with its resolved speaker: what the CLI prints, the popup lists and the page highlights. */
export interface Statement {
  /** Stable within a page: `s1`, `s2`, … in reading order. */
  id: string;
  kind: ClaimKind;
  quote: { text: string; spans: Span[] };
  cue: TextRef | null;
  speaker: { id: string; name: string; mention: TextRef | null } | null;
}

export interface Extraction {
  statements: Statement[];
  speakers: Speaker[];
}
