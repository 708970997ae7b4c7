/**
 * When the page declares its article text (JSON-LD `articleBody`), use it to find the live blocks that
 * hold that text. The declared text is only a guide: the blocks' own text is what is output.
 */
import type { Block } from './blocks';

/** Spaces and punctuation between words. (Not \p{L}: Unicode property classes are slow to compile,
 * and this runs in a fresh content-script context on every page load.) */
const SEPARATORS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/;

function words(s: string): string[] {
  const parts = s.toLowerCase().split(SEPARATORS);
  // split leaves empty strings at the ends when the text starts or ends with a separator
  if (parts.length && !parts[0]) parts.shift();
  if (parts.length && !parts[parts.length - 1]) parts.pop();
  return parts;
}

/** Blocks whose word trigrams mostly occur in `articleBody`, or null when they cover too little of it. */
export function guideByArticleBody(blocks: Block[], articleBody: string, scoredChars: number): Block[] | null {
  const declared = articleBody.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, ' ');
  // A declared body much shorter than what scoring found is a teaser or a cut-off excerpt.
  if (declared.length < 0.5 * scoredChars) return null;
  const gold = words(declared);
  if (gold.length < 40) return null;
  // Words as small integers and trigrams as one number each (ids < 2^17, so 51 bits): sets of numbers
  // are cheaper to build and probe than sets of joined strings.
  const ids = new Map<string, number>();
  for (const w of gold) if (!ids.has(w)) ids.set(w, ids.size + 1);
  if (ids.size >= 1 << 17) return null;
  const id = (w: string | undefined) => (w === undefined ? 0 : (ids.get(w) ?? 0));
  const key = (a: number, b: number, c: number) => (a * 131072 + b) * 131072 + c;
  const grams = new Set<number>();
  for (let i = 0; i + 2 < gold.length; i++) grams.add(key(id(gold[i]), id(gold[i + 1]), id(gold[i + 2])));
  const has = (a: number, b: number, c: number) => a > 0 && b > 0 && c > 0 && grams.has(key(a, b, c));
  const covered = new Set<number>();
  const state: (0 | 1 | 2)[] = []; // 0 no, 1 matched, 2 short and plausible
  const seen = new Set<string>();
  for (const b of blocks) {
    if (b.tag === 'H1') {
      state.push(0);
      continue;
    }
    // Most blocks of a page are not in the declared text: their first words already say so.
    if (b.len > 40) {
      const h = words(b.text.slice(0, 60)).map(id);
      if (h.length >= 4 && !has(h[0]!, h[1]!, h[2]!) && !has(h[1]!, h[2]!, h[3]!)) {
        state.push(0);
        continue;
      }
    }
    const w = words(b.text);
    if (w.length >= 3) {
      const n = w.map(id);
      let hits = 0;
      const mine: number[] = [];
      for (let i = 0; i + 2 < n.length; i++) {
        if (has(n[i]!, n[i + 1]!, n[i + 2]!)) {
          hits++;
          mine.push(key(n[i]!, n[i + 1]!, n[i + 2]!));
        }
      }
      const k = w.join(' ');
      if (hits / (w.length - 2) >= 0.5 && !seen.has(k)) {
        seen.add(k);
        for (const g of mine) covered.add(g);
        state.push(1);
      } else state.push(0);
    } else state.push(w.length && w.every((x) => ids.has(x)) ? 2 : 0);
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
