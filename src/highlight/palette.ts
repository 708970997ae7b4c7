import type { Statement } from '../pipeline/types';
import { UNATTRIBUTED, type SpeakerStyle } from './types';

/** Ten colours that stay distinct from each other and readable under dark text (Tableau 10). */
const COLOURS = ['#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#8cd17d'];
const DECORATIONS: SpeakerStyle['decoration'][] = ['solid', 'dashed', 'dotted', 'double', 'wavy'];
const UNATTRIBUTED_STYLE: SpeakerStyle = { colour: '#9a9a9a', decoration: 'dotted' };

/**
 * One style per speaker, in order of first appearance: the first ten speakers get ten colours;
 * the underline style changes with every colour so that neighbours never share both.
 */
export function speakerStyles(statements: readonly Statement[]): Map<string, SpeakerStyle> {
  const styles = new Map<string, SpeakerStyle>([[UNATTRIBUTED, UNATTRIBUTED_STYLE]]);
  let n = 0;
  for (const s of statements) {
    const id = s.speaker?.id;
    if (!id || styles.has(id)) continue;
    styles.set(id, {
      colour: COLOURS[n % COLOURS.length]!,
      decoration: DECORATIONS[(n + Math.floor(n / COLOURS.length)) % DECORATIONS.length]!,
    });
    n++;
  }
  return styles;
}
