// Matching and the §3a–c / §4 metrics on small hand-made documents (EVAL.md).
import { describe, expect, it } from 'vitest';
import type { ClaimKind } from '../../src/claims/types';
import {
  documentErrors,
  greedyMatch,
  inContext,
  matchDocument,
  overlapMatches,
  prf,
  score,
  toSpanSet,
  type GoldAttribution,
  type GoldDocument,
  type Prediction,
} from '../../src/eval';

function at(text: string, needle: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  return { start: i, end: i + needle.length };
}

function doc(text: string, golds: { cls: ClaimKind; content: string[]; source?: string | [string, number] }[]): GoldDocument {
  return {
    corpus: 'polnear',
    split: 'dev',
    id: 'doc',
    lang: 'en',
    text,
    attributions: golds.map((g, i): GoldAttribution => ({
      id: `T${i + 1}`,
      content: toSpanSet(text, g.content.map((c) => at(text, c))),
      sources: g.source ? [toSpanSet(text, [typeof g.source === 'string' ? at(text, g.source) : at(text, ...g.source)])] : [],
      cls: g.cls,
      type: 'Content',
    })),
  };
}

function pred(text: string, kind: ClaimKind, content: { start: number; end: number }[], mention?: string, rule = 'r'): Prediction {
  return {
    kind,
    content: toSpanSet(text, content),
    mention: mention ? toSpanSet(text, [at(text, mention)]) : null,
    hasSpeaker: mention !== undefined,
    speakerName: mention ?? null,
    rule,
  };
}

describe('greedyMatch', () => {
  it('takes pairs in order of the largest overlap, one to one (greedy, not maximum)', () => {
    const pairs = greedyMatch([
      { gold: 0, pred: 0, overlap: 10 },
      { gold: 0, pred: 1, overlap: 20 },
      { gold: 1, pred: 1, overlap: 15 },
    ]);
    expect(pairs).toEqual([{ gold: 0, pred: 1, overlap: 20 }]);
  });
  it('breaks ties by gold then prediction order', () => {
    const pairs = greedyMatch([
      { gold: 1, pred: 0, overlap: 5 },
      { gold: 0, pred: 0, overlap: 5 },
      { gold: 0, pred: 1, overlap: 5 },
    ]);
    // (g0,p0) comes first; (g0,p1) and (g1,p0) then each reuse one side.
    expect(pairs).toEqual([{ gold: 0, pred: 0, overlap: 5 }]);
  });
});

describe('prf', () => {
  it('computes precision = matched/predicted, recall = matched/gold and F1', () => {
    const r = prf({ matched: 3, predicted: 4, gold: 6 });
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo(0.6);
    expect(prf({ matched: 0, predicted: 0, gold: 5 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('§3a overlap thresholds: |g∩p|/|g| > 0.8 and |g∩p|/|p| > 0.5', () => {
  it('is strict at 0.8 of the gold', () => {
    expect(overlapMatches(8, 10, 8)).toBe(false);
    expect(overlapMatches(9, 10, 9)).toBe(true);
    expect(overlapMatches(81, 100, 81)).toBe(true);
  });
  it('is strict at 0.5 of the prediction', () => {
    expect(overlapMatches(10, 10, 20)).toBe(false);
    expect(overlapMatches(10, 10, 19)).toBe(true);
  });
  it('applies the thresholds to real spans', () => {
    const text = '0123456789 abcdefghij';
    const d = doc(text, [{ cls: 'direct', content: ['0123456789'] }]);
    // 8 of 10 gold characters: not > 0.8.
    expect(matchDocument(d, [pred(text, 'direct', [{ start: 1, end: 9 }])]).direct).toHaveLength(0);
    // 9 of 10: matches.
    expect(matchDocument(d, [pred(text, 'direct', [{ start: 1, end: 10 }])]).direct).toHaveLength(1);
    // all 10 gold characters inside a 20-character prediction: 10/20 is not > 0.5.
    expect(matchDocument(d, [pred(text, 'direct', [{ start: 0, end: 20 }])]).direct).toHaveLength(0);
    expect(matchDocument(d, [pred(text, 'direct', [{ start: 0, end: 19 }])]).direct).toHaveLength(1);
  });
});

describe('§3a on discontinuous quotes', () => {
  const text = 'Intro. “We covered almost all the issues,” Witkoff said. “We began to see some moderation.” End.';
  const A = '“We covered almost all the issues,”';
  const B = '“We began to see some moderation.”';
  const d = doc(text, [{ cls: 'direct', content: [A, B], source: 'Witkoff' }]);

  it('matches one prediction of both fragments, exactly', () => {
    const m = matchDocument(d, [pred(text, 'direct', [at(text, A), at(text, B)], 'Witkoff')]);
    expect(m.counts.direct).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(m.counts.directExact).toEqual({ matched: 1, predicted: 1, gold: 1 });
  });
  it('does not match a prediction of only the first fragment', () => {
    const m = matchDocument(d, [pred(text, 'direct', [at(text, A)], 'Witkoff')]);
    expect(m.counts.direct.matched).toBe(0);
  });
  it('counts the characters of the gap as outside the gold set', () => {
    // One continuous prediction from A's start to B's end holds "Witkoff said." too.
    const whole = { start: at(text, A).start, end: at(text, B).end };
    const m = matchDocument(d, [pred(text, 'direct', [whole], 'Witkoff')]);
    expect(m.counts.direct.matched).toBe(1); // 69 of 83 characters are gold: > 0.5
    expect(m.counts.directExact.matched).toBe(0);
  });
  it('exact match ignores quotation marks, whitespace and .,;: at fragment ends', () => {
    const m = matchDocument(d, [pred(text, 'direct', [at(text, '. “We covered almost all the issues,'), at(text, 'We began to see some moderation.')])]);
    expect(m.counts.directExact.matched).toBe(1);
  });
  it('exact match fails on one character more inside', () => {
    const m = matchDocument(d, [pred(text, 'direct', [at(text, 'We covered almost all the issues,” W'), at(text, B)])]);
    expect(m.counts.direct.matched).toBe(1);
    expect(m.counts.directExact.matched).toBe(0);
  });
  it('a gold split only by whitespace is one fragment', () => {
    const t = '“First part.” “Second part.”';
    const d2 = doc(t, [{ cls: 'direct', content: ['“First part.”', '“Second part.”'] }]);
    expect(d2.attributions[0]?.content).toHaveLength(1);
    const m = matchDocument(d2, [pred(t, 'direct', [{ start: 0, end: t.length }])]);
    expect(m.counts.directExact.matched).toBe(1);
  });
});

describe('§3a classes', () => {
  const text = '“Yes,” she said, adding that the plan was “dead” and that nothing would change.';
  const d = doc(text, [
    { cls: 'direct', content: ['“Yes,”'], source: 'she' },
    { cls: 'mixed', content: ['that the plan was “dead”'], source: 'she' },
    { cls: 'indirect', content: ['that nothing would change'], source: 'she' },
  ]);
  it('direct counts only direct predictions; direct+mixed counts both', () => {
    const m = matchDocument(d, [
      pred(text, 'direct', [at(text, '“Yes,”')], 'she'),
      pred(text, 'mixed', [at(text, 'that the plan was “dead”')], 'she'),
      pred(text, 'indirect', [at(text, 'that nothing would change')], 'she'),
    ]);
    expect(m.counts.direct).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(m.counts.directMixed).toEqual({ matched: 2, predicted: 2, gold: 2 });
    expect(m.counts.content).toEqual({ matched: 3, predicted: 3, gold: 3 });
  });
  it('a direct gold predicted as mixed is a direct miss but a direct+mixed match', () => {
    const m = matchDocument(d, [pred(text, 'mixed', [at(text, '“Yes,”')], 'she')]);
    expect(m.counts.direct).toEqual({ matched: 0, predicted: 0, gold: 1 });
    expect(m.counts.directMixed.matched).toBe(1);
    const errs = documentErrors(m);
    expect(errs.filter((e) => e.cls === 'direct-miss')).toHaveLength(1);
    expect(errs.filter((e) => e.cls === 'mixed-miss')).toHaveLength(1);
  });
});

describe('§3b speaker accuracy', () => {
  const text = '“One,” said Steve Witkoff. “Two,” he added. “Three,” said Tapper. “Four.”';
  const d = doc(text, [
    { cls: 'direct', content: ['“One,”'], source: 'Steve Witkoff' },
    { cls: 'direct', content: ['“Two,”'], source: 'he' },
    { cls: 'direct', content: ['“Three,”'], source: 'Tapper' },
    { cls: 'direct', content: ['“Four.”'] },
  ]);
  it('counts matched direct quotes with a gold source; a mention must overlap it by a character', () => {
    const m = matchDocument(d, [
      pred(text, 'direct', [at(text, '“One,”')], 'Witkoff'), // overlaps "Steve Witkoff": right
      pred(text, 'direct', [at(text, '“Two,”')], 'Steve Witkoff'), // does not overlap "he": wrong
      pred(text, 'direct', [at(text, '“Three,”')]), // no speaker: wrong
      pred(text, 'direct', [at(text, '“Four.”')], 'Tapper'), // gold has no source: not counted
    ]);
    const s = score([m]);
    expect(s.speaker.accuracy).toEqual({ hits: 1, total: 3, rate: 1 / 3 });
    expect(s.speaker.anySpeaker).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
    expect(documentErrors(m).filter((e) => e.cls === 'speaker-wrong')).toHaveLength(2);
  });
  it('a source of several annotations: any of them counts', () => {
    const d2 = doc(text, [{ cls: 'direct', content: ['“One,”'], source: 'Steve Witkoff' }]);
    d2.attributions[0]?.sources.push(toSpanSet(text, [at(text, 'Tapper')]));
    const s = score([matchDocument(d2, [pred(text, 'direct', [at(text, '“One,”')], 'Tapper')])]);
    expect(s.speaker.accuracy.rate).toBe(1);
  });
});

describe('§3c begin match', () => {
  const text = 'Officials said that the talks had failed, and Smith said the deal was off.';
  const d = doc(text, [
    { cls: 'indirect', content: ['that the talks had failed'], source: 'Officials' },
    { cls: 'indirect', content: ['the deal was off'], source: 'Smith' },
  ]);
  it('matches when the first words start at the same offset, whatever the ends', () => {
    const m = matchDocument(d, [
      pred(text, 'indirect', [at(text, 'that the talks had failed, and')], 'Officials'),
      pred(text, 'indirect', [at(text, 'deal was off')], 'Smith'),
    ]);
    expect(m.counts.content).toEqual({ matched: 1, predicted: 2, gold: 2 });
  });
  it('skips leading quotation marks and punctuation when finding the first word', () => {
    const t = 'He said: “Go home.”';
    const d2 = doc(t, [{ cls: 'direct', content: ['“Go home.”'] }]);
    const m = matchDocument(d2, [pred(t, 'direct', [at(t, 'Go home')])]);
    expect(m.counts.content.matched).toBe(1);
  });
  it('is one to one', () => {
    const m = matchDocument(d, [
      pred(text, 'indirect', [at(text, 'that the talks')]),
      pred(text, 'indirect', [at(text, 'that the talks had failed')]),
    ]);
    expect(m.counts.content).toEqual({ matched: 1, predicted: 2, gold: 2 });
    // The larger overlap wins the pair.
    expect(m.content).toEqual([{ gold: 0, pred: 1, overlap: 'that the talks had failed'.length }]);
  });
  it('sources: distinct predicted mentions against distinct gold sources', () => {
    const t = '“A,” Smith said. “B,” Smith added. Jones said that C.';
    const d2 = doc(t, [
      { cls: 'direct', content: ['“A,”'], source: 'Smith' },
      { cls: 'direct', content: ['“B,”'], source: ['Smith', 1] },
      { cls: 'indirect', content: ['that C'], source: 'Jones' },
    ]);
    // Three predictions, but one mention span used twice: two distinct mentions.
    const smith = at(t, 'Smith');
    const p = (c: string): Prediction => ({ ...pred(t, 'direct', [at(t, c)]), mention: [smith], hasSpeaker: true });
    const m = matchDocument(d2, [p('“A,”'), p('“B,”'), p('that C')]);
    expect(m.counts.source).toEqual({ matched: 1, predicted: 1, gold: 3 });
  });
});

describe('per-rule contribution', () => {
  it('counts statements, begin and overlap matches per rule', () => {
    const text = '“Yes,” she said. He said that it rained. Nothing here.';
    const d = doc(text, [
      { cls: 'direct', content: ['“Yes,”'], source: 'she' },
      { cls: 'indirect', content: ['that it rained'], source: 'He' },
    ]);
    const m = matchDocument(d, [
      pred(text, 'direct', [at(text, '“Yes,”')], 'she', 'quote-said'),
      pred(text, 'indirect', [at(text, 'it rained')], 'He', 'said-that'),
      pred(text, 'indirect', [at(text, 'Nothing here')], undefined, 'said-that'),
    ]);
    const s = score([m]);
    expect(s.rules['quote-said']).toMatchObject({ statements: 1, beginMatched: 1, overlapMatched: 1, kindRight: 1, speakerChecked: 1, speakerRight: 1 });
    // "it rained" vs "that it rained": 9/14 of the gold is not > 0.8, and its first word differs.
    expect(s.rules['said-that']).toMatchObject({ statements: 2, beginMatched: 0, overlapMatched: 0 });
  });
});

describe('error listing', () => {
  it('gives each miss and false positive its reason', () => {
    const text = '“Alpha beta gamma,” A said. “Delta epsilon zeta,” B said. “Eta theta iota,” C said. Nothing said here.';
    const d = doc(text, [
      { cls: 'direct', content: ['“Alpha beta gamma,”'] },
      { cls: 'direct', content: ['“Delta epsilon zeta,”'] },
      { cls: 'direct', content: ['“Eta theta iota,”'] },
    ]);
    const m = matchDocument(d, [
      pred(text, 'direct', [at(text, '“Alpha')]), // too short: boundary
      pred(text, 'mixed', [at(text, '“Delta epsilon zeta,”')]), // would match, wrong kind
      pred(text, 'direct', [at(text, 'Nothing said here')]), // overlaps no gold
    ]);
    const errs = documentErrors(m);
    const misses = errs.filter((e) => e.cls === 'direct-miss').map((e) => e.reason);
    expect(misses).toEqual(['boundary', 'wrong kind', 'not found']);
    expect(errs.filter((e) => e.cls === 'direct-false').map((e) => e.reason)).toEqual(['boundary', 'no gold']);
  });

  it('shows a span in context with its fragments marked', () => {
    const text = 'Before. “A,” he said. “B.” After.';
    const set = toSpanSet(text, [at(text, '“A,”'), at(text, '“B.”')]);
    expect(inContext(text, set, 8)).toBe('Before. ⟦“A,”⟧ he said. ⟦“B.”⟧ After.');
    expect(inContext(text, set, 3)).toBe('…e. ⟦“A,”⟧ he said. ⟦“B.”⟧ Af…');
  });
});
