/**
 * The engine under test: `extract` from src/pipeline, and `findClaims` from src/claims for the rule
 * behind each statement. Kept apart from the pure metric code so that tests can use fakes.
 */
import { findClaims } from '../claims';
import { extract } from '../pipeline/extract';
import type { Extractor, RuleSource } from './predictions';

/** The real engine. */
export const engine: { extract: Extractor; rules: RuleSource } = {
  extract: (text, options) => extract(text, options),
  rules: (text, options) => findClaims(text, options),
};
