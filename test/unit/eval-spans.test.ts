// Span arithmetic, quotation marks, trimming, classes and first words (EVAL.md §3) on hand-made text.
import { describe, expect, it } from 'vitest';
import {
  classifyContent,
  codePointToIndex,
  firstWordStart,
  intersectionSize,
  quoteMarkMask,
  sameSet,
  setSize,
  toSpanSet,
  trimSet,
} from '../../src/eval';

/** Span of the `n`-th occurrence (0-based) of `needle` in `text`. */
function at(text: string, needle: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found in "${text}"`);
  }
  return { start: i, end: i + needle.length };
}

/** The characters of `text` marked as quotation marks, in order. */
function marks(text: string): string {
  const m = quoteMarkMask(text, 0, text.length);
  return [...text].filter((_, i) => m[i] === 1).join('');
}

describe('toSpanSet: discontinuous spans as character sets', () => {
  const text = '“A,” he said.   “B.”';
  it('keeps fragments separated by non-whitespace apart, sorted', () => {
    const a = at(text, '“A,”');
    const b = at(text, '“B.”');
    expect(toSpanSet(text, [b, a])).toEqual([a, b]);
  });
  it('merges fragments separated only by whitespace, the whitespace included', () => {
    const t = 'one two   three';
    expect(toSpanSet(t, [at(t, 'one'), at(t, 'two'), at(t, 'three')])).toEqual([{ start: 0, end: t.length }]);
  });
  it('merges touching and overlapping fragments, drops empty ones', () => {
    expect(toSpanSet('abcdefgh', [{ start: 0, end: 3 }, { start: 3, end: 5 }, { start: 4, end: 6 }, { start: 7, end: 7 }])).toEqual([{ start: 0, end: 6 }]);
  });
  it('counts sizes and intersections on the sets', () => {
    const g = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const p = [{ start: 5, end: 25 }];
    expect(setSize(g)).toBe(20);
    expect(intersectionSize(g, p)).toBe(10);
    expect(intersectionSize(p, g)).toBe(10);
    expect(intersectionSize(g, [{ start: 10, end: 20 }])).toBe(0);
    expect(sameSet(g, [...g])).toBe(true);
    expect(sameSet(g, p)).toBe(false);
  });
});

describe('codePointToIndex: offsets outside the BMP', () => {
  it('is the identity for BMP-only text', () => {
    const conv = codePointToIndex('abc “d”');
    expect([0, 4, 7].map(conv)).toEqual([0, 4, 7]);
  });
  it('shifts offsets after each astral character by one', () => {
    const text = 'a😀b 𝒳 “c”';
    const conv = codePointToIndex(text);
    // code points: a 0, 😀 1, b 2, ' ' 3, 𝒳 4, ' ' 5, “ 6, c 7, ” 8, end 9
    expect(conv(0)).toBe(0);
    expect(conv(2)).toBe(3);
    expect(text.slice(conv(6), conv(9))).toBe('“c”');
    expect(conv(9)).toBe(text.length);
    expect(text.slice(conv(1), conv(2))).toBe('😀');
  });
});

describe('quotation marks versus apostrophes', () => {
  it('always counts the double and angle marks', () => {
    expect(marks('“a” "b" „c“ ‚d‘ «e» ‹f› 5″')).toBe('“”""„“‚‘«»‹›″');
  });
  it('treats a ’ or \' between two letters as an apostrophe', () => {
    expect(marks("Clinton’s plan, don't")).toBe('');
  });
  it('treats a word-final ’ without an opening partner as an apostrophe', () => {
    expect(marks('the Joneses’ house')).toBe('');
  });
  it('treats a word-final ’ closing an opened ‘ as a quotation mark', () => {
    expect(marks('called it ‘a farce’ today')).toBe('‘’');
    expect(marks("called it 'a farce' today")).toBe("''");
  });
  it('closes after punctuation and then sees a later word-final ’ as an apostrophe', () => {
    expect(marks('‘We won,’ the Joneses’ son said')).toBe('‘’');
  });
  it('counts the pairs \'\' and `` but not a lone backtick', () => {
    expect(marks("''Hello,'' he said")).toBe("''''");
    expect(marks('``Hello,\'\' he said')).toBe("``''");
    expect(marks('a `b c')).toBe('');
  });
  it('treats digits like letters (1972’s)', () => {
    expect(marks('before 1972’s decision')).toBe('');
  });
  it('uses the document around the region for neighbours', () => {
    const text = 'Clinton’s';
    const i = text.indexOf('’');
    expect(quoteMarkMask(text, i, i + 1)[0]).toBe(0);
  });
});

describe('classifyContent (trim whitespace and .,;: per fragment)', () => {
  const cls = (text: string, ...pieces: string[]): string => classifyContent(text, toSpanSet(text, pieces.map((p) => at(text, p))));
  it('direct: every fragment begins and ends with a quotation mark', () => {
    const t = '“A,” he said. “B.”';
    expect(cls(t, '“A,”', '“B.”')).toBe('direct');
  });
  it('direct after trimming .,;: and whitespace outside the marks', () => {
    const t = 'He said: “We won”. Then';
    expect(cls(t, ': “We won”.')).toBe('direct');
  });
  it('direct with single quotes that open and close', () => {
    const t = 'Headline: ‘Beware the dog’ says X';
    expect(cls(t, '‘Beware the dog’')).toBe('direct');
  });
  it('pairs a word-final ’ with the open ‘ before it, as the rule reads', () => {
    // The first word-final ’ has an opening partner, so it closes; the last one then has none.
    const t = 'Headline: ‘Beware the Joneses’ dog’ says X';
    expect(marks(t)).toBe('‘’');
    expect(cls(t, '‘Beware the Joneses’ dog’')).toBe('mixed');
  });
  it('mixed: a quoted fragment inside a reported clause', () => {
    const t = 'He said that he would “fight on” until the end.';
    expect(cls(t, 'that he would “fight on” until the end')).toBe('mixed');
  });
  it('mixed: one fragment quoted, the other not', () => {
    const t = '“A,” he said, adding that B was true.';
    expect(cls(t, '“A,”', 'that B was true')).toBe('mixed');
  });
  it('mixed: a fragment that only begins with a mark', () => {
    const t = 'He said “we will win and then some';
    expect(cls(t, '“we will win and then some')).toBe('mixed');
  });
  it('indirect: apostrophes only', () => {
    const t = 'He said that the Joneses’ house wasn’t Clinton’s.';
    expect(cls(t, 'that the Joneses’ house wasn’t Clinton’s')).toBe('indirect');
  });
});

describe('trimSet', () => {
  it('trims whitespace, .,;: and (when asked) quotation marks at both ends of every fragment', () => {
    const t = '“We won,” he said. “Really.”';
    const set = toSpanSet(t, [at(t, '“We won,”'), at(t, '“Really.”')]);
    expect(trimSet(t, set, true)).toEqual([at(t, 'We won'), at(t, 'Really')]);
    expect(trimSet(t, set, false)).toEqual([at(t, '“We won,”'), at(t, '“Really.”')]);
  });
  it('keeps a final apostrophe that closes nothing', () => {
    const t = 'the Joneses’ ';
    expect(trimSet(t, [{ start: 0, end: t.length }], true)).toEqual([at(t, 'the Joneses’')]);
  });
  it('drops fragments that trim to nothing', () => {
    const t = 'a “.” b';
    expect(trimSet(t, [at(t, '“.”')], true)).toEqual([]);
  });
});

describe('firstWordStart', () => {
  it('skips marks and punctuation to the first \\w run', () => {
    const t = 'x “— Yes,” he said';
    expect(firstWordStart(t, [at(t, '“— Yes,”')])).toBe(t.indexOf('Yes'));
  });
  it('looks in later fragments when the earliest holds no word', () => {
    const t = 'a “…” b “Go.”';
    expect(firstWordStart(t, [at(t, '“…”'), at(t, '“Go.”')])).toBe(t.indexOf('Go'));
  });
  it('counts letters beyond ASCII and beyond the BMP as word characters', () => {
    const t = '„Über𝒳“';
    expect(firstWordStart(t, [{ start: 0, end: t.length }])).toBe(1);
    expect(firstWordStart('“…”', [{ start: 0, end: 3 }])).toBeNull();
  });
});
