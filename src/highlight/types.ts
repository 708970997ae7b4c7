import type { ArticleBlock } from '../article/types';
import type { Statement } from '../pipeline/types';

/** How one speaker is drawn: a colour and an underline style, so the cue is not colour alone. */
export interface SpeakerStyle {
  colour: string;
  decoration: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
}

/** Statements → marks in the live page. `clear()` restores the marked blocks' DOM exactly. */
export interface Highlighter {
  /** Marks every statement; returns how many statements got at least one mark. */
  apply(blocks: readonly ArticleBlock[], statements: readonly Statement[], styles: ReadonlyMap<string, SpeakerStyle>): number;
  /** Removes every mark this highlighter made. */
  clear(): void;
  /** Scrolls the first mark of a statement into view and flashes it; false when it has no mark. */
  flash(statementId: string): boolean;
}

/** Attribute names on each mark element: stable, so tests and users' own styles can rely on them. */
export const ATTR = {
  statement: 'data-saywho-statement',
  speaker: 'data-saywho-speaker',
  kind: 'data-saywho-kind',
  flash: 'data-saywho-flash',
} as const;

/** The element that wraps highlighted text: a custom name, so page styles for `mark` never apply. */
export const MARK_ELEMENT = 'saywho-mark';

/** Speaker id used for statements with no recoverable speaker. */
export const UNATTRIBUTED = 'unattributed';
