/**
 * The claim and speaker metrics of EVAL.md §3 (PolNeAR) and §4 (German), per document and summed
 * over a corpus.
 */
import type { ClaimKind } from '../claims/types';
import { addCounts as add, greedyMatch, prf, share, zeroCounts as zero, type Counts, type Pair, type Prf, type Share } from './match';
import { firstWordStart, trimSet } from './quotes';
import { intersectionSize, sameSet, setKey, setSize, type SpanSet } from './spans';
import type { GoldAttribution, GoldDocument, Prediction } from './types';

/** §3a overlap criterion: |g∩p|/|g| > 0.8 and |g∩p|/|p| > 0.5. */
export function overlapMatches(inter: number, goldSize: number, predSize: number): boolean {
  return goldSize > 0 && predSize > 0 && inter / goldSize > 0.8 && inter / predSize > 0.5;
}

/** §3a overlap matching of the gold items `gi` against the predicted items `pi` (global indices). */
export function matchOverlap(golds: readonly SpanSet[], preds: readonly SpanSet[], gi: readonly number[], pi: readonly number[]): Pair[] {
  const cands: Pair[] = [];
  for (const g of gi) {
    const gs = golds[g] as SpanSet;
    const gSize = setSize(gs);
    for (const p of pi) {
      const ps = preds[p] as SpanSet;
      const inter = intersectionSize(gs, ps);
      if (overlapMatches(inter, gSize, setSize(ps))) cands.push({ gold: g, pred: p, overlap: inter });
    }
  }
  return greedyMatch(cands);
}

/**
 * §3a exact matching: equal character sets after trimming whitespace, quotation marks and `.,;:`
 * at both ends of every fragment.
 */
export function matchExact(text: string, golds: readonly SpanSet[], preds: readonly SpanSet[], gi: readonly number[], pi: readonly number[]): Pair[] {
  const trimmedPreds = new Map<number, SpanSet>();
  for (const p of pi) trimmedPreds.set(p, trimSet(text, preds[p] as SpanSet, true));
  const cands: Pair[] = [];
  for (const g of gi) {
    const tg = trimSet(text, golds[g] as SpanSet, true);
    if (tg.length === 0) continue;
    for (const p of pi) {
      if (sameSet(tg, trimmedPreds.get(p) as SpanSet)) {
        cands.push({ gold: g, pred: p, overlap: intersectionSize(golds[g] as SpanSet, preds[p] as SpanSet) });
      }
    }
  }
  return greedyMatch(cands);
}

/** §3c begin matching: the first word of each (earliest fragment first) starts at the same offset. */
export function matchBegin(text: string, golds: readonly SpanSet[], preds: readonly SpanSet[], gi: readonly number[], pi: readonly number[]): Pair[] {
  const byStart = new Map<number, number[]>();
  for (const p of pi) {
    const s = firstWordStart(text, preds[p] as SpanSet);
    if (s === null) continue;
    const list = byStart.get(s);
    if (list) list.push(p);
    else byStart.set(s, [p]);
  }
  const cands: Pair[] = [];
  for (const g of gi) {
    const s = firstWordStart(text, golds[g] as SpanSet);
    if (s === null) continue;
    for (const p of byStart.get(s) ?? []) {
      cands.push({ gold: g, pred: p, overlap: intersectionSize(golds[g] as SpanSet, preds[p] as SpanSet) });
    }
  }
  return greedyMatch(cands);
}

/** Distinct sets (by character set), in first-seen order. */
export function distinctSets(sets: Iterable<SpanSet>): SpanSet[] {
  const seen = new Map<string, SpanSet>();
  for (const s of sets) {
    if (s.length === 0) continue;
    const k = setKey(s);
    if (!seen.has(k)) seen.set(k, s);
  }
  return [...seen.values()];
}

const indices = <T>(items: readonly T[], keep: (item: T) => boolean): number[] =>
  items.flatMap((item, i) => (keep(item) ? [i] : []));

const counts = (pairs: readonly Pair[], predicted: number, gold: number): Counts => ({ matched: pairs.length, predicted, gold });

/** Whether a prediction's speaker mention overlaps one of the gold sources by at least one character. */
export function speakerRight(gold: GoldAttribution, pred: Prediction): boolean {
  const m = pred.mention;
  return m !== null && gold.sources.some((s) => intersectionSize(s, m) > 0);
}

/** Every pairing made on one document (indices into `doc.attributions`, `preds`, `goldSources`, `predSources`). */
export interface DocumentMatches {
  doc: GoldDocument;
  preds: Prediction[];
  /** §3a, direct gold vs direct predictions: overlap and exact matches. */
  direct: Pair[];
  directExact: Pair[];
  /** §3a, direct + mixed gold vs direct + mixed predictions. */
  directMixed: Pair[];
  directMixedExact: Pair[];
  /** §3c content: all gold vs all predictions, begin match. */
  content: Pair[];
  /** All gold vs all predictions with the §3a overlap criterion (for the per-rule table). */
  contentOverlap: Pair[];
  /** §3c source: distinct gold sources vs distinct predicted mentions, begin match. */
  goldSources: SpanSet[];
  predSources: SpanSet[];
  source: Pair[];
  /** Counts of the matchings above. */
  counts: {
    direct: Counts;
    directExact: Counts;
    directMixed: Counts;
    directMixedExact: Counts;
    content: Counts;
    source: Counts;
  };
}

const isDirect = (k: ClaimKind): boolean => k === 'direct';
const isDirectOrMixed = (k: ClaimKind): boolean => k === 'direct' || k === 'mixed';

/** Runs every matching of §3a–c on one document. */
export function matchDocument(doc: GoldDocument, preds: Prediction[]): DocumentMatches {
  const { text } = doc;
  const golds = doc.attributions.map((a) => a.content);
  const predSets = preds.map((p) => p.content);
  const allG = indices(doc.attributions, () => true);
  const allP = indices(preds, () => true);
  const dG = indices(doc.attributions, (a) => isDirect(a.cls));
  const dP = indices(preds, (p) => isDirect(p.kind));
  const dmG = indices(doc.attributions, (a) => isDirectOrMixed(a.cls));
  const dmP = indices(preds, (p) => isDirectOrMixed(p.kind));

  const direct = matchOverlap(golds, predSets, dG, dP);
  const directExact = matchExact(text, golds, predSets, dG, dP);
  const directMixed = matchOverlap(golds, predSets, dmG, dmP);
  const directMixedExact = matchExact(text, golds, predSets, dmG, dmP);
  const content = matchBegin(text, golds, predSets, allG, allP);
  const contentOverlap = matchOverlap(golds, predSets, allG, allP);

  const goldSources = distinctSets(doc.attributions.flatMap((a) => a.sources));
  const predSources = distinctSets(preds.flatMap((p) => (p.mention ? [p.mention] : [])));
  const source = matchBegin(
    text,
    goldSources,
    predSources,
    indices(goldSources, () => true),
    indices(predSources, () => true),
  );

  return {
    doc,
    preds,
    direct,
    directExact,
    directMixed,
    directMixedExact,
    content,
    contentOverlap,
    goldSources,
    predSources,
    source,
    counts: {
      direct: counts(direct, dP.length, dG.length),
      directExact: counts(directExact, dP.length, dG.length),
      directMixed: counts(directMixed, dmP.length, dmG.length),
      directMixedExact: counts(directMixedExact, dmP.length, dmG.length),
      content: counts(content, allP.length, allG.length),
      source: counts(source, predSources.length, goldSources.length),
    },
  };
}

/** Per-rule contribution: what each sieve rule produced and how much of it was right. */
export interface RuleStats {
  statements: number;
  /** Statements by kind. */
  kinds: Record<ClaimKind, number>;
  /** Matched a gold content by §3c begin match (all classes). */
  beginMatched: number;
  /** Matched a gold content by the §3a overlap criterion (all classes). */
  overlapMatched: number;
  /** Of the overlap-matched: predicted kind equals the gold class. */
  kindRight: number;
  /** Of the overlap-matched with a gold source: mention overlaps it. */
  speakerChecked: number;
  speakerRight: number;
}

/** Corpus-level scores. */
export interface Scores {
  documents: number;
  /** Gold contents by class, and how many have a source. */
  gold: Record<ClaimKind, number> & { withSource: number; directWithSource: number; sources: number };
  predicted: Record<ClaimKind, number> & { withSpeaker: number; mentions: number };
  direct: Prf;
  directExact: Prf;
  directMixed: Prf;
  directMixedExact: Prf;
  /** §3b over the matched direct pairs whose gold has a source. */
  speaker: { accuracy: Share; anySpeaker: Share };
  content: Prf;
  source: Prf;
  rules: Record<string, RuleStats>;
}

/** Sums the per-document matchings into corpus scores. */
export function score(docs: readonly DocumentMatches[]): Scores {
  const c = {
    direct: zero(),
    directExact: zero(),
    directMixed: zero(),
    directMixedExact: zero(),
    content: zero(),
    source: zero(),
  };
  const gold = { direct: 0, mixed: 0, indirect: 0, withSource: 0, directWithSource: 0, sources: 0 };
  const predicted = { direct: 0, mixed: 0, indirect: 0, withSpeaker: 0, mentions: 0 };
  let spkTotal = 0;
  let spkRight = 0;
  let spkAny = 0;
  const rules: Record<string, RuleStats> = {};
  const ruleOf = (name: string): RuleStats =>
    (rules[name] ??= {
      statements: 0,
      kinds: { direct: 0, mixed: 0, indirect: 0 },
      beginMatched: 0,
      overlapMatched: 0,
      kindRight: 0,
      speakerChecked: 0,
      speakerRight: 0,
    });

  for (const m of docs) {
    for (const k of Object.keys(c) as (keyof typeof c)[]) add(c[k], m.counts[k]);
    for (const a of m.doc.attributions) {
      gold[a.cls]++;
      if (a.sources.length > 0) {
        gold.withSource++;
        if (a.cls === 'direct') gold.directWithSource++;
      }
    }
    gold.sources += m.goldSources.length;
    for (const p of m.preds) {
      predicted[p.kind]++;
      if (p.hasSpeaker) predicted.withSpeaker++;
      const r = ruleOf(p.rule);
      r.statements++;
      r.kinds[p.kind]++;
    }
    predicted.mentions += m.predSources.length;

    for (const pair of m.direct) {
      const g = m.doc.attributions[pair.gold] as GoldAttribution;
      const p = m.preds[pair.pred] as Prediction;
      if (g.sources.length === 0) continue;
      spkTotal++;
      if (p.hasSpeaker) spkAny++;
      if (speakerRight(g, p)) spkRight++;
    }
    for (const pair of m.content) ruleOf((m.preds[pair.pred] as Prediction).rule).beginMatched++;
    for (const pair of m.contentOverlap) {
      const g = m.doc.attributions[pair.gold] as GoldAttribution;
      const p = m.preds[pair.pred] as Prediction;
      const r = ruleOf(p.rule);
      r.overlapMatched++;
      if (p.kind === g.cls) r.kindRight++;
      if (g.sources.length > 0) {
        r.speakerChecked++;
        if (speakerRight(g, p)) r.speakerRight++;
      }
    }
  }

  return {
    documents: docs.length,
    gold,
    predicted,
    direct: prf(c.direct),
    directExact: prf(c.directExact),
    directMixed: prf(c.directMixed),
    directMixedExact: prf(c.directMixedExact),
    speaker: { accuracy: share(spkRight, spkTotal), anySpeaker: share(spkAny, spkTotal) },
    content: prf(c.content),
    source: prf(c.source),
    rules,
  };
}
