/** Data types shared by the evaluation harness (gold documents, predictions). */
import type { ClaimKind } from '../claims/types';
import type { SpanSet } from './spans';

/** One gold attribution: a Content span and the Source span(s) annotated for it. */
export interface GoldAttribution {
  /** The annotation's id in its corpus (`T12` for brat, `a3` for the n-th German annotation). */
  id: string;
  /** Canonical character set of the content (JS string indices). */
  content: SpanSet;
  /**
   * Source spans annotated for this content: usually one or none. Several only when the corpus
   * annotates the very same content more than once (nested attributions: "X said, according to
   * Y, …"); these are merged into one gold content and any of their sources counts as right.
   */
  sources: SpanSet[];
  /** Class of the content: by quotation marks (PolNeAR, §3) or the annotation type (German, §4). */
  cls: ClaimKind;
  /** The corpus's own label (German: `Direct`, `Indirect`, …; PolNeAR: `Content`). */
  type: string;
}

/** An annotated document, offsets already converted to JavaScript string indices. */
export interface GoldDocument {
  corpus: 'polnear' | 'german';
  split: string;
  id: string;
  /** BCP 47 language of the text. */
  lang: string;
  text: string;
  attributions: GoldAttribution[];
}

/** One predicted statement, reduced to what the metrics look at. */
export interface Prediction {
  kind: ClaimKind;
  /** Canonical character set of `quote.spans`. */
  content: SpanSet;
  /** Canonical character set of `speaker.mention`, or null (no speaker, or no mention). */
  mention: SpanSet | null;
  /** Whether the statement has a speaker at all. */
  hasSpeaker: boolean;
  /** Display name of the speaker (for error listings). */
  speakerName: string | null;
  /** Name of the sieve rule that produced the underlying claim (`?` when unknown). */
  rule: string;
}
