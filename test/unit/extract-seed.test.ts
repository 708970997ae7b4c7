/**
 * The seed article (../shared/seed) end to end through the DOM-free engine: the acceptance table of
 * the end-to-end issue (11 direct/mixed statements, in order, with their speakers) plus the four
 * reported (indirect) claims of the claims issue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract';
import type { Extraction, Statement } from '../../src/pipeline/types';
import { SEED_TABLE } from '../support/seed';

const SEED = resolve(__dirname, '../../../shared/seed/alaska-summit-article.txt');

let text = '';
let result: Extraction;

beforeAll(() => {
  if (!existsSync(SEED)) {
    throw new Error(`Seed article missing: ${SEED} (the project expects ../shared next to its root)`);
  }
  text = readFileSync(SEED, 'utf8');
  result = extract(text);
});

const quoted = (): Statement[] => result.statements.filter((s) => s.kind !== 'indirect');

describe('seed article: direct and mixed statements', () => {

  it('finds exactly the 11 statements of the acceptance table, in order, with their speakers', () => {
    const got = quoted().map((s) => [s.quote.text, s.speaker?.name ?? null]);
    expect(got).toHaveLength(SEED_TABLE.length);
    SEED_TABLE.forEach(([fragment, speaker], i) => {
      expect(got[i]![0], `statement ${i + 1}`).toContain(fragment);
      expect(got[i]![1], `speaker of statement ${i + 1}`).toBe(speaker);
    });
  });

  it('gives the headline claim and the first paragraph’s mixed clause their full reported clauses', () => {
    const [headline, first] = quoted();
    expect(headline!.kind).toBe('mixed');
    expect(headline!.quote.text).toBe('Putin Agreed To ‘Robust’ US Security Guarantees For Ukraine In Meeting With Trump');
    expect(first!.kind).toBe('mixed');
    expect(first!.quote.text).toMatch(/^Russian President Vladimir Putin agreed to allow “robust security guarantees” for Ukraine .* on Friday$/u);
  });

  it('keeps the quote marks in direct quotes, a closing ″ and inner apostrophes', () => {
    const direct = quoted().filter((s) => s.kind === 'direct');
    expect(direct.map((s) => s.quote.text[0])).toEqual(['“', '“', '“', '“', '“']);
    expect(direct.every((s) => s.quote.text.endsWith('”'))).toBe(true);
    expect(direct[direct.length - 1]!.quote.text).toContain('they’re thinking');
    const article5 = quoted()[3]!;
    expect(article5.kind).toBe('mixed');
    expect(article5.quote.text).toBe('the security guarantee as an “Article 5″ type protection against further Russian invasion');
  });

  it('offsets are string indices into the input', () => {
    for (const s of result.statements) {
      expect(s.quote.spans.map((sp) => text.slice(sp.start, sp.end)).join(' … ')).toBe(s.quote.text);
      if (s.speaker?.mention) expect(text.slice(s.speaker.mention.start, s.speaker.mention.end)).toBe(s.speaker.mention.text);
      if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    }
    // Statements never overlap: each character is highlighted for one statement at most.
    const spans = result.statements.flatMap((s) => s.quote.spans).sort((a, b) => a.start - b.start);
    spans.forEach((sp, i) => i > 0 && expect(sp.start).toBeGreaterThanOrEqual(spans[i - 1]!.end));
    const starts = result.statements.map((s) => s.quote.spans[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.statements.map((s) => s.id)).toEqual(result.statements.map((_, i) => `s${i + 1}`));
  });

  it('gives the same statements for CRLF line ends, blank lines between paragraphs and no-break spaces', () => {
    const simple = (x: Extraction) => x.statements.map((s) => [s.kind, s.speaker?.name ?? null, s.quote.text.replace(/\u00a0/g, ' ')]);
    const expected = simple(result);
    expect(simple(extract(text.replace(/\n/g, '\r\n')))).toEqual(expected);
    expect(simple(extract(text.replace(/\n/g, '\n\n')))).toEqual(expected);
    expect(simple(extract(text.replace(/ /g, '\u00a0')))).toEqual(expected);
  });

  it('does not take “State of the Union” for a claim', () => {
    expect(result.statements.some((s) => s.quote.text.includes('State of the Union'))).toBe(false);
  });

  it('resolves pronoun mentions to the last speaker, never to the addressee', () => {
    const pronouns = result.statements.filter((s) => s.speaker?.mention && /^(he|He)$/.test(s.speaker.mention.text));
    expect(pronouns.length).toBeGreaterThanOrEqual(4);
    expect(pronouns.map((s) => s.speaker!.name)).not.toContain('Jake Tapper');
  });
});

describe('seed article: speakers', () => {
  it('has exactly three speakers, with stable ids and full display names', () => {
    expect(result.speakers.map((s) => s.name).sort()).toEqual(['Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy']);
    expect(result.speakers.map((s) => s.id).sort()).toEqual(['steve-witkoff', 'ursula-von-der-leyen', 'volodymyr-zelenskyy']);
    const witkoff = result.speakers.find((s) => s.id === 'steve-witkoff')!;
    expect(witkoff.aliases).toContain('Witkoff');
  });

  it('never takes the addressee or the outlet (Jake Tapper, CNN) for a speaker', () => {
    const names = result.speakers.map((s) => s.name).join('|');
    expect(names).not.toMatch(/Tapper|CNN/);
  });

  it('folds the surname-only headline mention into the full name that comes later', () => {
    const headline = result.statements[0]!;
    expect(headline.speaker?.mention?.text).toBe('Witkoff');
    expect(headline.speaker?.id).toBe('steve-witkoff');
    expect(headline.cue?.text).toBe('Claims');
  });
});

describe('seed article: reported speech', () => {
  const indirect: [string, string][] = [
    ['it was the first time he had heard Putin agree to that', 'Steve Witkoff'],
    ['Russia said that it would make a legislative commitment', 'Steve Witkoff'],
    ['the specifics were still unclear', 'Volodymyr Zelenskyy'],
    ['the president shifted focus to a broader peace deal', 'Steve Witkoff'],
  ];

  it.each(indirect)('finds “%s” as indirect speech by %s', (fragment, speaker) => {
    const s = result.statements.find((x) => x.quote.text.includes(fragment));
    expect(s, fragment).toBeDefined();
    expect(s!.kind).toBe('indirect');
    expect(s!.speaker?.name).toBe(speaker);
  });

  it('does not split "He added that Russia said …" into a claim by Russia', () => {
    expect(result.speakers.some((s) => /russia/i.test(s.name))).toBe(false);
  });
});
