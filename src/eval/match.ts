/**
 * One-to-one greedy matching and precision / recall / F1 (EVAL.md §3a, §3c).
 */

/** A candidate (or accepted) pairing of gold item `gold` with predicted item `pred`. */
export interface Pair {
  gold: number;
  pred: number;
  /** Characters shared by the two spans: pairs are accepted in decreasing order of this. */
  overlap: number;
}

/**
 * Pairs items greedily, one to one, in order of the largest overlap (ties: lower gold index, then
 * lower predicted index, so results are deterministic). `candidates` must hold only pairs that
 * satisfy the match criterion.
 */
export function greedyMatch(candidates: readonly Pair[]): Pair[] {
  const sorted = [...candidates].sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: Pair[] = [];
  for (const p of sorted) {
    if (usedGold.has(p.gold) || usedPred.has(p.pred)) continue;
    usedGold.add(p.gold);
    usedPred.add(p.pred);
    out.push(p);
  }
  return out.sort((a, b) => a.gold - b.gold);
}

/** Counts behind a precision / recall / F1 triple. */
export interface Counts {
  /** Matched pairs. */
  matched: number;
  predicted: number;
  gold: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const zeroCounts = (): Counts => ({ matched: 0, predicted: 0, gold: 0 });

export function addCounts(into: Counts, c: Counts): void {
  into.matched += c.matched;
  into.predicted += c.predicted;
  into.gold += c.gold;
}

/** Precision = matched / predicted, recall = matched / gold (0 when the denominator is 0). */
export function prf(c: Counts): Prf {
  const precision = c.predicted > 0 ? c.matched / c.predicted : 0;
  const recall = c.gold > 0 ? c.matched / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** A share (numerator / denominator; 0 when the denominator is 0). */
export interface Share {
  hits: number;
  total: number;
  rate: number;
}

export function share(hits: number, total: number): Share {
  return { hits, total, rate: total > 0 ? hits / total : 0 };
}
