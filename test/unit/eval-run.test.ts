// The runner: engine adapter (rules looked up per statement), engine failures, and the cost measure.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/pipeline/types';
import { countWords, evaluateCorpus, measureCost, median, toPredictions, toSpanSet, type LoadedCorpus } from '../../src/eval';

const TEXT = '“We won,” Smith said. Jones said that it rained.';
const q = { start: 0, end: TEXT.indexOf(' Smith') };
const ind = { start: TEXT.indexOf('that'), end: TEXT.indexOf('.', TEXT.indexOf('that')) };
const smith = { start: TEXT.indexOf('Smith'), end: TEXT.indexOf('Smith') + 5, text: 'Smith' };

function statement(id: string, kind: Statement['kind'], span: { start: number; end: number }, mention: typeof smith | null): Statement {
  return {
    id,
    kind,
    quote: { text: TEXT.slice(span.start, span.end), spans: [span] },
    cue: null,
    speaker: mention ? { id: mention.text.toLowerCase(), name: mention.text, mention } : null,
  };
}

const corpus = (texts: string[]): LoadedCorpus => ({
  corpus: 'polnear',
  split: 'dev',
  documents: texts.map((text, i) => ({
    corpus: 'polnear',
    split: 'dev',
    id: `d${i}`,
    lang: 'en',
    text,
    attributions: text === TEXT ? [{ id: 'T1', content: toSpanSet(TEXT, [q]), sources: [toSpanSet(TEXT, [smith])], cls: 'direct', type: 'Content' }] : [],
  })),
  notes: {} as LoadedCorpus['notes'],
  raw: [],
});

describe('toPredictions', () => {
  it("names each statement's rule by matching the claim with the same kind and spans", () => {
    const stmts = [statement('s1', 'direct', q, smith), statement('s2', 'indirect', ind, null)];
    const claims = [
      { kind: 'indirect' as const, spans: [ind], rule: 'said-that' },
      { kind: 'direct' as const, spans: [q], rule: 'quote-said' },
    ];
    const preds = toPredictions(TEXT, stmts, claims);
    expect(preds.map((p) => p.rule)).toEqual(['quote-said', 'said-that']);
    expect(preds[0]?.mention).toEqual([{ start: smith.start, end: smith.end }]);
    expect(preds[1]).toMatchObject({ hasSpeaker: false, mention: null });
    expect(toPredictions(TEXT, stmts, []).map((p) => p.rule)).toEqual(['?', '?']);
  });
});

describe('evaluateCorpus', () => {
  it('scores the statements of the engine', () => {
    const r = evaluateCorpus(corpus([TEXT]), { extract: () => ({ statements: [statement('s1', 'direct', q, smith)], speakers: [] }) });
    expect(r.scores.direct.f1).toBe(1);
    expect(r.scores.speaker.accuracy.rate).toBe(1);
    expect(r.failures).toEqual([]);
  });
  it('records a document on which the engine throws, scored as finding nothing', () => {
    const r = evaluateCorpus(corpus([TEXT, 'other']), {
      extract: (text) => {
        if (text === TEXT) throw new Error('boom');
        return { statements: [], speakers: [] };
      },
    });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]?.docId).toBe('d0');
    expect(r.failures[0]?.message).toMatch(/boom/);
    expect(r.scores.direct).toMatchObject({ matched: 0, gold: 1, predicted: 0 });
  });
});

describe('measureCost', () => {
  it('reports the median over documents of ms per 1,000 words', () => {
    // A fake clock: each extract() takes 1 ms per word, plus 10 ms on the third document.
    let clock = 0;
    const docs = [
      { text: 'a b', lang: 'en' },
      { text: 'a b c d', lang: 'en' },
      { text: 'a b c d e', lang: 'en' },
      { text: '   ', lang: 'en' },
    ];
    const extract = (text: string): { statements: never[]; speakers: never[] } => {
      clock += countWords(text) + (text === 'a b c d e' ? 10 : 0);
      return { statements: [], speakers: [] };
    };
    const c = measureCost(docs, extract, { now: () => clock });
    // per document: 1000, 1000, 3000 ms per 1,000 words; the empty text is skipped.
    expect(c.documents).toBe(3);
    expect(c.words).toBe(11);
    expect(c.medianMsPer1kWords).toBe(1000);
    expect(c.p95MsPer1kWords).toBe(3000);
    expect(c.maxMs).toBe(15);
    expect(c.totalMs).toBe(2 + 4 + 15);
  });
  it('median averages the two middle values', () => {
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
