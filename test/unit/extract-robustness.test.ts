/**
 * Bad input never crashes the engine and never takes unbounded time: empty text, unbalanced quotes,
 * a megabyte of text, hostile repetitions.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract';

const PARAGRAPH =
  '“We covered almost all the other issues necessary for a peace deal,” Witkoff said, without elaborating. ' +
  'He added that Russia said that it would make a legislative commitment. “We began to see some moderation,” he added.\n';

/** Runs extract and returns the result with the time it took in ms. */
function timed(text: string) {
  const started = performance.now();
  const result = extract(text);
  return { result, ms: performance.now() - started };
}

describe('bad input', () => {
  it('a cue as the very first word of a text (no word before it) is read without error', () => {
    expect(() => extract('says the report was wrong, officials in Ohio explained.')).not.toThrow();
    expect(() => extract('states that the report was wrong.')).not.toThrow();
  });

  it('empty and blank text give no statements', () => {
    expect(extract('')).toEqual({ statements: [], speakers: [] });
    expect(extract(' \n\n\t ')).toEqual({ statements: [], speakers: [] });
  });

  it('an unclosed quote does not swallow the rest of the document', () => {
    const text = 'He said “this never closes and goes on.\n“We covered almost all the issues,” Witkoff said.';
    const { statements } = extract(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.quote.text).toBe('“We covered almost all the issues,”');
  });

  it('offsets stay inside the text for text with astral characters', () => {
    const text = '😀 “We covered it 😀 all,” Witkoff said. 𝒜';
    for (const s of extract(text).statements) {
      for (const span of s.quote.spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
      expect(s.quote.text).toBe('“We covered it 😀 all,”');
    }
  });

  it('a megabyte of news text is processed within a time budget', () => {
    const text = PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length));
    const { result, ms } = timed(text);
    const paragraphs = text.split('\n').length - 1;
    expect(result.statements.filter((s) => s.kind === 'direct')).toHaveLength(paragraphs * 2);
    expect(ms).toBeLessThan(8_000);
  });

  it.each([
    ['opening marks', '“'.repeat(100_000)],
    ['straight quotes', '"'.repeat(100_000)],
    ['apostrophes', "'".repeat(100_000)],
    ['unclosed openers between words', '“a '.repeat(50_000)],
    ['cues without anything', 'he said '.repeat(50_000)],
    ['commas and cues', ', he said'.repeat(50_000)],
    ['one huge word', 'a'.repeat(1_000_000)],
    ['blank lines', '\n'.repeat(100_000)],
    ['punctuation', '.,;:!?()—'.repeat(50_000)],
    ['inserted attributions in one sentence', 'x y, he said, z w '.repeat(50_000)],
    ['relative clauses in one sentence', 'Mr. Smith, who said, '.repeat(40_000)],
    ['German quotes in one sentence', '„Das ist gut“ sagte er und '.repeat(40_000)],
  ])('hostile text (%s) gives a result quickly', (_name, text) => {
    const { result, ms } = timed(text);
    expect(Array.isArray(result.statements)).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });
});
