/** A half-open range of JavaScript string indices into the text the claims stage was given. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextRef extends Span {
  text: string;
}

/**
 * - `direct`: the content is wholly quoted (every fragment opens and closes with a quote mark);
 * - `mixed`: a reported clause that holds a quoted fragment;
 * - `indirect`: reported speech with no quote marks.
 */
export type ClaimKind = 'direct' | 'mixed' | 'indirect';

/** One attributed claim as found in plain text, before speakers are resolved. */
export interface Claim {
  kind: ClaimKind;
  /**
   * The claim's content, in reading order. A quote interrupted by its attribution
   * (`“A,” he said. “B.”`) is one claim with two spans. For direct quotes the spans include
   * the quote marks.
   */
  spans: Span[];
  /** The speech or cognition cue ("said", "according to", a colon), if any. */
  cue: TextRef | null;
  /** The words the attribution rests on ("he", "Witkoff", "a spokesman for the ministry"). */
  mention: TextRef | null;
  /** Name of the sieve rule that produced the claim (for per-rule evaluation). */
  rule: string;
}

export interface ClaimOptions {
  /** BCP 47 language of the text, when known ("en", "de", …). Detected from the text otherwise. */
  lang?: string;
}
