/**
 * When the page declares its article text (JSON-LD `articleBody`), use it to find the live blocks that
 * hold that text. The declared text is only a guide: the blocks' own text is what is output.
 */
import type { Block } from './blocks';

const WORD = /[\p{L}\p{N}_]+/gu;

function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/** Blocks whose word trigrams mostly occur in `articleBody`, or null when they cover too little of it. */
export function guideByArticleBody(blocks: Block[], articleBody: string, scoredChars: number): Block[] | null {
  const declared = articleBody.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, ' ');
  // A declared body much shorter than what scoring found is a teaser or a cut-off excerpt.
  if (declared.length < 0.5 * scoredChars) return null;
  const gold = words(declared);
  if (gold.length < 40) return null;
  const grams = new Set<string>();
  for (let i = 0; i + 2 < gold.length; i++) grams.add(gold[i] + ' ' + gold[i + 1] + ' ' + gold[i + 2]);
  const vocab = new Set(gold);
  const covered = new Set<string>();
  const state: (0 | 1 | 2)[] = []; // 0 no, 1 matched, 2 short and plausible
  const seen = new Set<string>();
  for (const b of blocks) {
    if (b.tag === 'H1') {
      state.push(0);
      continue;
    }
    // Most blocks of a page are not in the declared text: their first words already say so.
    if (b.len > 40) {
      const head = words(b.text.slice(0, 60));
      if (head.length >= 4 && !grams.has(head[0] + ' ' + head[1] + ' ' + head[2]) && !grams.has(head[1] + ' ' + head[2] + ' ' + head[3])) {
        state.push(0);
        continue;
      }
    }
    const w = words(b.text);
    if (w.length >= 3) {
      let hits = 0;
      const mine: string[] = [];
      for (let i = 0; i + 2 < w.length; i++) {
        const g = w[i] + ' ' + w[i + 1] + ' ' + w[i + 2];
        if (grams.has(g)) {
          hits++;
          mine.push(g);
        }
      }
      const key = w.join(' ');
      if (hits / (w.length - 2) >= 0.5 && !seen.has(key)) {
        seen.add(key);
        for (const g of mine) covered.add(g);
        state.push(1);
      } else state.push(0);
    } else state.push(w.length && w.every((x) => vocab.has(x)) ? 2 : 0);
  }
  if (covered.size < 0.6 * grams.size) return null;
  const out: Block[] = [];
  let prevMatched = false;
  for (let i = 0; i < blocks.length; i++) {
    const s = state[i];
    if (s === 1) {
      out.push(blocks[i]!);
      prevMatched = true;
    } else if (s === 2 && prevMatched) {
      // A short block between two matched ones (a subheading, a one-word paragraph).
      let j = i + 1;
      while (j < blocks.length && state[j] === 2) j++;
      if (state[j] === 1) out.push(blocks[i]!);
    } else prevMatched = false;
  }
  return out.length ? out : null;
}
