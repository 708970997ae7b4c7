/**
 * Runs the engine over a loaded corpus: predictions, matchings, scores, errors and cost (§3–5).
 */
import type { LoadedCorpus } from './corpus';
import { toPredictions, type Extractor, type RuleSource } from './predictions';
import { documentErrors, type ErrorExample } from './errors';
import { matchDocument, score, type DocumentMatches, type Scores } from './metrics';

export interface CorpusResult {
  corpus: LoadedCorpus['corpus'];
  split: LoadedCorpus['split'];
  scores: Scores;
  notes: LoadedCorpus['notes'];
  matches: DocumentMatches[];
  errors: ErrorExample[];
  /** Documents on which the engine threw (scored as if it had found nothing). */
  failures: { docId: string; message: string }[];
}

/** Evaluates `engine` on every document of `loaded` (also warms the engine up). */
export function evaluateCorpus(loaded: LoadedCorpus, engine: { extract: Extractor; rules?: RuleSource }): CorpusResult {
  const failures: CorpusResult['failures'] = [];
  const matches = loaded.documents.map((doc) => {
    const options = { lang: doc.lang };
    try {
      const { statements } = engine.extract(doc.text, options);
      const claims = engine.rules ? engine.rules(doc.text, options) : [];
      return matchDocument(doc, toPredictions(doc.text, statements, claims));
    } catch (e) {
      failures.push({ docId: doc.id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return matchDocument(doc, []);
    }
  });
  return {
    corpus: loaded.corpus,
    split: loaded.split,
    scores: score(matches),
    notes: loaded.notes,
    matches,
    errors: matches.flatMap(documentErrors),
    failures,
  };
}

/** Words of a text: runs of non-whitespace. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export interface Cost {
  documents: number;
  words: number;
  /** Median over the documents of (extract() milliseconds per 1,000 words). */
  medianMsPer1kWords: number;
  /** 95th percentile of the same. */
  p95MsPer1kWords: number;
  /** Slowest single document (milliseconds) and its size. */
  maxMs: number;
  maxMsWords: number;
  /** Total extract() time over the corpus, milliseconds (one pass). */
  totalMs: number;
}

/** Median of sorted numbers (mean of the two middle ones for an even count; 0 when empty). */
export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const mid = Math.floor(n / 2);
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The q-quantile (0…1) of sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

/**
 * §5 cost: times `extract` per document (after `warmup` untimed passes over the corpus) and
 * reports the median over documents of ms per 1,000 words. Each document is timed `repeats`
 * times and its median taken, to damp garbage-collection pauses.
 */
export function measureCost(
  docs: readonly { text: string; lang: string }[],
  extractor: Extractor,
  { warmup = 1, repeats = 3, now = () => performance.now() }: { warmup?: number; repeats?: number; now?: () => number } = {},
): Cost {
  for (let w = 0; w < warmup; w++) {
    for (const d of docs) {
      try {
        extractor(d.text, { lang: d.lang });
      } catch {
        // reported by evaluateCorpus
      }
    }
  }
  const perDoc: number[] = [];
  let words = 0;
  let totalMs = 0;
  let maxMs = 0;
  let maxMsWords = 0;
  for (const d of docs) {
    const n = countWords(d.text);
    if (n === 0) continue;
    const times: number[] = [];
    try {
      for (let r = 0; r < repeats; r++) {
        const t0 = now();
        extractor(d.text, { lang: d.lang });
        times.push(now() - t0);
      }
    } catch {
      continue; // reported by evaluateCorpus; a failing document is not timed
    }
    times.sort((a, b) => a - b);
    const ms = median(times);
    words += n;
    totalMs += ms;
    if (ms > maxMs) {
      maxMs = ms;
      maxMsWords = n;
    }
    perDoc.push((ms * 1000) / n);
  }
  perDoc.sort((a, b) => a - b);
  return {
    documents: perDoc.length,
    words,
    medianMsPer1kWords: median(perDoc),
    p95MsPer1kWords: quantile(perDoc, 0.95),
    maxMs,
    maxMsWords,
    totalMs,
  };
}
