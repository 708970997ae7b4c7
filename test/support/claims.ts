/** Claims as plain strings for the claims-stage unit tests: kind, content fragments, cue, mention. */
import { expect } from 'vitest';
import { findClaims } from '../../src/claims';

export interface SimpleClaim {
  kind: string;
  content: string[];
  cue: string | null;
  mention: string | null;
}

/** Every claim found in `text` (language detected, or `lang`), as strings. */
export const simpleClaims = (text: string, lang?: string): SimpleClaim[] =>
  findClaims(text, lang ? { lang } : undefined).map((c) => ({
    kind: c.kind,
    content: c.spans.map((s) => text.slice(s.start, s.end)),
    cue: c.cue?.text ?? null,
    mention: c.mention?.text ?? null,
  }));

/** The one claim found in `text`; fails (listing what was found) when there is not exactly one. */
export const onlyClaim = (text: string, lang?: string): SimpleClaim => {
  const found = simpleClaims(text, lang);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};
