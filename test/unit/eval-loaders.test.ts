// Corpus loaders on small hand-made corpora in a temporary folder: brat parsing, the choice of
// annotation file, gold assembly, and code point → JS index conversion.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGerman, loadPolnear, parseBrat, setText } from '../../src/eval';

let shared = '';

/** Code point offsets of `needle` in `text` (as the corpora write them). */
function cp(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not found`);
  const start = [...text.slice(0, i)].length;
  return [start, start + [...needle].length];
}

const DOC = 'Emoji 😀 first. “We won 🎉,” she said. “Again.” Tapper said that 𝒳 rose.\n\nLast line.';
const [qa, qb] = [cp(DOC, '“We won 🎉,”'), cp(DOC, '“Again.”')];
const she = cp(DOC, 'she');
const tapper = cp(DOC, 'Tapper');
const ind = cp(DOC, 'that 𝒳 rose');

beforeAll(() => {
  shared = mkdtempSync(join(tmpdir(), 'saywho-eval-'));
  const pol = join(shared, 'corpus', 'polnear', 'dev');
  mkdirSync(join(pol, 'text'), { recursive: true });
  mkdirSync(join(pol, 'attributions'), { recursive: true });
  writeFileSync(join(pol, 'text', 'a_doc.txt'), DOC);
  writeFileSync(join(pol, 'text', 'b_empty.txt'), 'No annotations here.');
  const ann = [
    `T1\tContent ${qa[0]} ${qa[1]};${qb[0]} ${qb[1]}\t“We won 🎉,” “Again.”`,
    `T2\tSource ${she[0]} ${she[1]}\tshe`,
    `T3\tCue 0 5\tEmoji`,
    `T4\tAttribution 0 5\tEmoji`,
    `E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1`,
    `T5\tContent ${ind[0]} ${ind[1]}\tthat 𝒳 rose`,
    `T6\tSource ${tapper[0]} ${tapper[1]}\tTapper`,
    `E2\tAttribution:T4 Source:T6 Content:T5`,
    // A content over a line break: its covered text continues on the next line.
    `T7\tContent ${cp(DOC, 'rose.\n\nLast')[0]} ${cp(DOC, 'rose.\n\nLast')[1]}\trose.`,
    ``,
    `Last`,
    `E3\tAttribution-no-source:T4 Content:T7`,
    // A content annotated but used by no relation: not gold.
    `T8\tContent 0 5\tEmoji`,
    `#1\tAnnotatorNotes T1\ta note`,
    '',
  ].join('\n');
  // Two annotators: only the first file in sort order counts.
  writeFileSync(join(pol, 'attributions', 'a_doc_1111.ann'), ann);
  writeFileSync(join(pol, 'attributions', 'a_doc_2222.ann'), `T1\tContent 0 5\tEmoji\nE1\tContent:T1\n`);

  const ger = join(shared, 'corpus', 'german-wikinews');
  mkdirSync(ger, { recursive: true });
  const gtext = 'Er 😀 sagte: „Das ist 🎉 gut.“ Sie meinte, es sei schlecht.';
  const el = (needle: string): { text: string; spans: [number, number][] } => ({ text: needle, spans: [cp(gtext, needle)] });
  const none = { text: '', spans: [] };
  const lines = [
    { documentName: 'g1', text: gtext, annotations: [
      { type: 'Direct', speaker: el('Er'), cue: el('sagte'), quote: el('„Das ist 🎉 gut.“'), addressee: none, frame: none },
      { type: 'Indirect', speaker: el('Sie'), cue: el('meinte'), quote: el('es sei schlecht'), addressee: none, frame: none },
      // The same quote annotated again (nested attribution): merged, both speakers kept.
      { type: 'Indirect', speaker: el('Sie'), cue: none, quote: el('„Das ist 🎉 gut.“'), addressee: none, frame: none },
      { type: 'Reported', speaker: none, cue: none, quote: el('schlecht'), addressee: none, frame: none },
    ] },
  ];
  writeFileSync(join(ger, 'dev.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
});

afterAll(() => {
  if (shared) rmSync(shared, { recursive: true, force: true });
});

describe('parseBrat', () => {
  it('reads spans, fragments, events and multi-line covered text', () => {
    const b = parseBrat('T1\tContent 0 3;5 9\tabc efgh\nT2\tSource 10 20\tline one\nline two\nE1\tSource:T2 Content:T1 Content2:T1\n#1\tAnnotatorNotes T1\tx\n');
    expect(b.spans.get('T1')).toEqual({ id: 'T1', type: 'Content', fragments: [[0, 3], [5, 9]], text: 'abc efgh' });
    expect(b.spans.get('T2')?.text).toBe('line one\nline two');
    expect(b.events[0]?.args.map((a) => a.role)).toEqual(['Source', 'Content', 'Content2']);
    expect(b.other).toBe(1);
  });
  it('rejects a malformed span line', () => {
    expect(() => parseBrat('T1\tContent zero\tx\n')).toThrow(/malformed/);
  });
});

describe('loadPolnear', () => {
  it('uses the first annotation file in sort order and converts code points', () => {
    const c = loadPolnear(shared, 'dev');
    expect(c.documents.map((d) => d.id)).toEqual(['a_doc', 'b_empty']);
    expect(c.notes).toMatchObject({ documents: 2, annotationFiles: 2, multiAnnotated: 1, unannotated: 1, unreferencedContent: 1, astralTexts: 1 });
    const d = c.documents[0];
    if (!d) throw new Error('no document');
    expect(d.attributions).toHaveLength(3);
    const [q, i] = d.attributions;
    expect(setText(DOC, q?.content ?? [])).toBe('“We won 🎉,” … “Again.”');
    expect(q?.cls).toBe('direct');
    expect(setText(DOC, q?.sources[0] ?? [])).toBe('she');
    expect(setText(DOC, i?.content ?? [])).toBe('that 𝒳 rose');
    expect(i?.cls).toBe('indirect');
    expect(setText(DOC, i?.sources[0] ?? [])).toBe('Tapper');
    expect(d.attributions[2]?.sources).toEqual([]);
  });
  it('keeps every covered text equal to the text at the converted offsets', () => {
    const c = loadPolnear(shared, 'dev');
    const text = c.documents[0]?.text ?? '';
    expect(c.raw.length).toBeGreaterThan(0);
    for (const r of c.raw) expect(r.fragments.map((f) => text.slice(f.start, f.end)).join(' ')).toBe(r.text);
  });
  it('fails with a clear message when the corpus is missing', () => {
    expect(() => loadPolnear(join(shared, 'nowhere'), 'train')).toThrow(/PolNeAR train texts not found at .*\.\.\/shared/);
  });
});

describe('loadGerman', () => {
  it('converts code points, classes Direct as direct, merges duplicate quotes', () => {
    const c = loadGerman(shared, 'dev');
    const d = c.documents[0];
    if (!d) throw new Error('no document');
    expect(c.notes.mergedDuplicates).toBe(1);
    expect(d.attributions.map((a) => [setText(d.text, a.content), a.cls, a.type])).toEqual([
      ['„Das ist 🎉 gut.“', 'direct', 'Direct'],
      ['es sei schlecht', 'indirect', 'Indirect'],
      ['schlecht', 'indirect', 'Reported'],
    ]);
    expect(d.attributions[0]?.sources.map((s) => setText(d.text, s))).toEqual(['Er', 'Sie']);
    expect(d.attributions[2]?.sources).toEqual([]);
    for (const r of c.raw) expect(r.fragments.map((f) => d.text.slice(f.start, f.end)).join(' ')).toBe(r.text);
  });
  it('fails with a clear message when the corpus is missing', () => {
    expect(() => loadGerman(shared, 'train')).toThrow(/German Wikinews train not found/);
  });
});
