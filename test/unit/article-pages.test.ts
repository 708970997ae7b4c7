// Article detection on real saved pages from ../shared/pages: golden files for a representative set
// (test/golden/article/*.json, rewritten only with UPDATE_GOLDEN=1), structural checks on every page,
// and the benchmark targets of issue 3 as a regression floor.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/html';
import { detectArticle, blockText } from '../../src/article';
import { BLOCK_SEPARATOR, type Detection } from '../../src/article/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const readDir = join(shared, 'pages', 'readability');
const zyteDir = join(shared, 'pages', 'zyte-dev');
const goldenDir = join(root, 'test', 'golden', 'article');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function requireShared(): void {
  if (!existsSync(readDir) || !existsSync(zyteDir)) {
    throw new Error(`These tests read the saved pages in ../shared/pages (expected at ${shared}); that folder is missing.`);
  }
}

const load = (html: string, url: string): Document => parseHtml(html, url).dom.window.document;

interface Page {
  name: string;
  doc: () => Document;
  expected?: { title?: string | null; byline?: string | null; readerable?: boolean };
  gold?: string;
}

function readabilityPage(name: string): Page {
  const dir = join(readDir, name);
  return {
    name,
    doc: () => load(readFileSync(join(dir, 'source.html'), 'utf8'), 'http://fakehost/test/page.html'),
    expected: JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')),
  };
}

let zyteTruth: Record<string, { url: string; articleBody: string }> | null = null;
function zytePage(prefix: string): Page {
  zyteTruth ??= JSON.parse(readFileSync(join(zyteDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const id = Object.keys(zyteTruth).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no Zyte page ${prefix}`);
  const t = zyteTruth[id]!;
  return {
    name: `zyte-${prefix}`,
    doc: () => load(gunzipSync(readFileSync(join(zyteDir, 'html', `${id}.html.gz`))).toString('utf8'), t.url),
    gold: t.articleBody,
  };
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const clip = (s: string) => (s.length > 160 ? s.slice(0, 160) + '…' : s);

/** What a golden file records: the metadata and the shape of the body. */
function summary(d: Detection) {
  if (!d.isArticle) return { isArticle: false, reason: d.reason, title: d.meta.title };
  const body = d.blocks.filter((b) => b.role === 'body');
  const headline = d.blocks.find((b) => b.role === 'headline');
  return {
    isArticle: true,
    title: d.title,
    byline: d.byline,
    published: d.published,
    siteName: d.siteName,
    lang: d.lang,
    headline: headline ? clip(collapse(headline.text)) : null,
    bodyBlocks: body.length,
    firstBody: clip(collapse(body[0]?.text)),
    lastBody: clip(collapse(body[body.length - 1]?.text)),
  };
}

function checkStructure(d: Detection): void {
  if (!d.isArticle) return;
  let text = '';
  d.blocks.forEach((b, i) => {
    if (i) text += BLOCK_SEPARATOR;
    expect(b.start).toBe(text.length);
    text += b.text;
    expect(b.text).toBe(blockText(b.el));
    const prev = d.blocks[i - 1];
    if (prev) {
      expect(prev.el.contains(b.el) || b.el.contains(prev.el)).toBe(false);
      expect(prev.el.compareDocumentPosition(b.el) & 4).toBe(4);
    }
  });
  expect(d.text).toBe(text);
}

// Representative: English and other languages, JSON-LD with and without articleBody, a cut-off
// articleBody, an article split over twin containers, a CJK page, and a non-article.
const GOLDEN = ['nytimes-1', 'bbc-1', 'lemonde-1', 'aktualne', 'wapo-1', 'qq', 'mozilla-2', 'zyte:a1fca19b', 'zyte:c50845a7', 'zyte:bdb56ac8'];

describe('golden detections on saved pages', () => {
  for (const g of GOLDEN) {
    it(g, () => {
      requireShared();
      const p = g.startsWith('zyte:') ? zytePage(g.slice(5)) : readabilityPage(g);
      const d = detectArticle(p.doc());
      checkStructure(d);
      const got = summary(d);
      const file = join(goldenDir, `${p.name}.json`);
      if (UPDATE) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      }
      if (!existsSync(file)) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 to create it`);
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});

// EVAL.md §1 metric (the Zyte benchmark's): 4-token shingles, per-page P/R averaged.
const TOKEN = /[\p{L}\p{N}_]+/gu;
function shingles(text: string): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - 3); i++) {
    const sh = toks.slice(i, i + 4);
    if (!sh.length) continue;
    const k = sh.join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe('every saved page', () => {
  it('Readability pages: structure holds, titles and bylines match, non-articles are reported', () => {
    requireShared();
    const names = readdirSync(readDir).filter((n) => existsSync(join(readDir, n, 'expected-metadata.json')));
    expect(names.length).toBeGreaterThan(30);
    let titles = 0, titleOk = 0, bylines = 0, bylineOk = 0;
    for (const n of names) {
      const p = readabilityPage(n);
      const d = detectArticle(p.doc());
      checkStructure(d);
      const meta = d.isArticle ? d : d.meta;
      if (p.expected?.readerable === false) expect(d.isArticle, `${n} is not an article`).toBe(false);
      if (collapse(p.expected?.title)) {
        titles++;
        if (collapse(p.expected?.title) === collapse(meta.title)) titleOk++;
      }
      if (collapse(p.expected?.byline)) {
        bylines++;
        if (collapse(p.expected?.byline) === collapse(meta.byline)) bylineOk++;
      }
    }
    expect(titleOk / titles).toBeGreaterThanOrEqual(0.95);
    expect(bylineOk / bylines).toBeGreaterThanOrEqual(0.9);
  }, 180_000);

  it('Zyte pages: structure holds and body F1 stays at or above 0.965', () => {
    requireShared();
    zyteTruth ??= JSON.parse(readFileSync(join(zyteDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
    let ps = 0, pn = 0, rs = 0, rn = 0;
    for (const id of Object.keys(zyteTruth)) {
      const p = zytePage(id);
      const d = detectArticle(p.doc());
      checkStructure(d);
      const pred = d.isArticle ? d.blocks.filter((b) => b.role === 'body').map((b) => b.text).join(BLOCK_SEPARATOR) : '';
      const g = shingles(p.gold ?? '');
      const q = shingles(pred);
      let tp = 0, fp = 0, fn = 0;
      for (const [k, c] of q) {
        tp += Math.min(c, g.get(k) ?? 0);
        fp += Math.max(0, c - (g.get(k) ?? 0));
      }
      for (const [k, c] of g) fn += Math.max(0, c - (q.get(k) ?? 0));
      if (tp + fp + fn === 0) {
        ps++;
        pn++;
        rs++;
        rn++;
        continue;
      }
      if (tp + fp > 0) {
        ps += tp / (tp + fp);
        pn++;
      }
      if (tp + fn > 0) {
        rs += tp / (tp + fn);
        rn++;
      }
    }
    const P = ps / pn, R = rs / rn;
    expect((2 * P * R) / (P + R)).toBeGreaterThanOrEqual(0.965);
  }, 300_000);
});
