// The real corpora in ../shared (read in place): loader invariants, and the metrics' consistency
// when the gold itself is fed in as the prediction. Fails with a clear message when ../shared is missing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  firstWordStart,
  loadGerman,
  loadPolnear,
  matchDocument,
  score,
  type GoldDocument,
  type LoadedCorpus,
  type Prediction,
} from '../../src/eval';

const SHARED = process.env.SAYWHO_SHARED ? resolve(process.env.SAYWHO_SHARED) : resolve(__dirname, '../../../shared');

function requireShared(): void {
  if (!existsSync(resolve(SHARED, 'corpus'))) {
    throw new Error(`The annotated corpora are missing: expected ${resolve(SHARED, 'corpus')} (../shared next to the project, or set SAYWHO_SHARED).`);
  }
}

const corpora: Record<string, LoadedCorpus> = {};
beforeAll(() => {
  requireShared();
  corpora['polnear/train'] = loadPolnear(SHARED, 'train');
  corpora['polnear/dev'] = loadPolnear(SHARED, 'dev');
  corpora['german/train'] = loadGerman(SHARED, 'train');
  corpora['german/dev'] = loadGerman(SHARED, 'dev');
});

const get = (k: string): LoadedCorpus => {
  const c = corpora[k];
  if (!c) throw new Error(`${k} not loaded`);
  return c;
};

/** The gold of a document as predictions (kind = gold class, mention = first source). */
const oracle = (d: GoldDocument): Prediction[] =>
  d.attributions.map((a) => ({
    kind: a.cls,
    content: a.content,
    mention: a.sources[0] ?? null,
    hasSpeaker: a.sources.length > 0,
    speakerName: null,
    rule: 'oracle',
  }));

describe('corpus sizes', () => {
  it('PolNeAR has 840 train and 84 dev documents, one annotation file used each', () => {
    expect(get('polnear/train').documents).toHaveLength(840);
    expect(get('polnear/dev').documents).toHaveLength(84);
    for (const k of ['polnear/train', 'polnear/dev']) {
      const c = get(k);
      expect(new Set(c.documents.map((d) => d.id)).size).toBe(c.documents.length);
      expect(c.notes.unannotated).toBe(0);
      expect(c.notes.annotationFiles).toBeGreaterThan(c.documents.length); // some have several annotators
    }
  });
  it('German Wikinews has 700 train and 150 dev documents', () => {
    expect(get('german/train').documents).toHaveLength(700);
    expect(get('german/dev').documents).toHaveLength(150);
  });
});

describe.each(['polnear/train', 'polnear/dev', 'german/train', 'german/dev'])('%s loader invariants', (key) => {
  it("every gold span's covered text equals the file's text after offset conversion", () => {
    const c = get(key);
    const texts = new Map(c.documents.map((d) => [d.id, d.text]));
    expect(c.raw.length).toBeGreaterThan(1000);
    let bad = 0;
    const examples: string[] = [];
    for (const r of c.raw) {
      const text = texts.get(r.docId) ?? '';
      const covered = r.fragments.map((f) => text.slice(f.start, f.end)).join(' ');
      if (covered !== r.text) {
        bad++;
        if (examples.length < 3) examples.push(`${r.docId}: ${JSON.stringify(r.text)} ≠ ${JSON.stringify(covered)}`);
      }
    }
    expect(examples).toEqual([]);
    expect(bad).toBe(0);
  });
  it('gold spans are canonical, inside the text and non-empty', () => {
    const bad: string[] = [];
    for (const d of get(key).documents) {
      for (const a of d.attributions) {
        for (const set of [a.content, ...a.sources]) {
          if (set.length === 0) bad.push(`${d.id} ${a.id}: empty`);
          set.forEach((f, i) => {
            if (f.start < 0 || f.end > d.text.length || f.end <= f.start) bad.push(`${d.id} ${a.id}: fragment ${f.start}-${f.end}`);
            const prev = set[i - 1];
            if (prev && (prev.end >= f.start || d.text.slice(prev.end, f.start).trim() === '')) bad.push(`${d.id} ${a.id}: gap ${prev.end}-${f.start}`);
          });
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('has gold in every class, and every predicted-equals-gold run scores perfectly', () => {
    const c = get(key);
    const matches = c.documents.map((d) => matchDocument(d, oracle(d)));
    const s = score(matches);
    expect(s.gold.direct).toBeGreaterThan(100);
    expect(s.gold.indirect).toBeGreaterThan(100);
    expect(s.direct.f1).toBe(1);
    expect(s.directExact.f1).toBe(1);
    expect(s.directMixed.f1).toBe(1);
    expect(s.speaker.accuracy.rate).toBe(1);
    expect(s.speaker.accuracy.total).toBe(s.gold.directWithSource);
    // Begin match: every gold content with a word is found, and only those.
    const withWord = c.documents.reduce((n, d) => n + d.attributions.filter((a) => firstWordStart(d.text, a.content) !== null).length, 0);
    expect(s.content.predicted).toBe(s.content.gold);
    expect(s.content.matched).toBeLessThanOrEqual(withWord);
    expect(s.content.matched / s.content.gold).toBeGreaterThan(0.99);
    // Sources: every predicted mention is a gold source; a few gold sources share their first word
    // with another one ("the president" / "the president's office") and stay unmatched.
    expect(s.source.precision).toBe(1);
    expect(s.source.recall).toBeGreaterThan(0.98);
  });
});

describe('PolNeAR classes', () => {
  it('about a third of the direct quotes are discontinuous (EVAL.md §3)', () => {
    for (const k of ['polnear/train', 'polnear/dev']) {
      const docs = get(k).documents;
      const direct = docs.flatMap((d) => d.attributions.filter((a) => a.cls === 'direct'));
      const split = direct.filter((a) => a.content.length > 1).length;
      expect(split / direct.length).toBeGreaterThan(0.25);
      expect(split / direct.length).toBeLessThan(0.5);
    }
  });
});
