import type { ArticleBlock } from '../article/types';
import type { Span } from '../claims/types';

/** A range local to one block's text, as mark.js's `markRanges` takes it. */
export interface BlockRange {
  block: number;
  start: number;
  length: number;
}

/**
 * Maps spans over `Article.text` to ranges inside the blocks (a span that runs over several
 * paragraphs gives one range per block). Parts that fall on block separators are dropped.
 */
export function toBlockRanges(blocks: readonly ArticleBlock[], spans: readonly Span[]): BlockRange[] {
  const out: BlockRange[] = [];
  for (const span of spans) {
    // Blocks are sorted by start: binary search the first block that ends after span.start.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (b.start + b.text.length <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.start >= span.end) break;
      const start = Math.max(span.start, b.start) - b.start;
      const end = Math.min(span.end, b.start + b.text.length) - b.start;
      if (end > start) out.push({ block: i, start, length: end - start });
    }
  }
  return out;
}
