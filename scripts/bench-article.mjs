#!/usr/bin/env node
// Article-detection benchmark (EVAL.md §1, §2, §5 in Node): SayWho's detectArticle beside Mozilla
// Readability 0.6 on the same pages in the same run.
//
//   npm run bench:article                 summary
//   npm run bench:article -- --pages      per-page rows (worst first)
//   npm run bench:article -- --only ID    one page (a Zyte id prefix or a readability folder name)
//   npm run bench:article -- --json FILE  write all numbers as JSON
//   npm run bench:article -- --write-md   replace the "Article detection" section of BENCHMARKS.md
//   npm run bench:article -- --chromium   also time both in real Chromium (CHROME_PATH or /usr/bin/chromium)
//
// Reads ../shared in place; fails with a clear message when it is missing.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { importTs } from './lib/bundle.mjs';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const zyteDir = join(shared, 'pages', 'zyte-dev');
const readDir = join(shared, 'pages', 'readability');
if (!existsSync(zyteDir) || !existsSync(readDir)) {
  console.error(`bench:article needs ../shared/pages (looked in ${shared}); it is missing.`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};

// The TypeScript stage, bundled into the cache and imported (the project's shared helper).
const { detectArticle } = await importTs('src/article/index.ts');
const { parseHtml } = await importTs('src/cli/html.ts');

// ---- metric (README of pages/zyte-dev) ----
const TOKEN = /[\p{L}\p{N}_]+/gu;
function shingles(text, n = 4) {
  const toks = (text || '').match(TOKEN) ?? [];
  const out = new Map();
  const count = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < count; i++) {
    const sh = toks.slice(i, i + n);
    if (!sh.length) continue;
    const k = sh.join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
function prf(gold, pred) {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of p) {
    const gc = g.get(k) ?? 0;
    tp += Math.min(c, gc);
    fp += Math.max(0, c - gc);
  }
  for (const [k, c] of g) fn += Math.max(0, c - (p.get(k) ?? 0));
  return { tp, fp, fn };
}
function aggregate(rows) {
  let ps = 0, pn = 0, rs = 0, rn = 0;
  for (const { tp, fp, fn } of rows) {
    if (tp + fp + fn === 0) {
      ps += 1; pn++; rs += 1; rn++;
      continue;
    }
    if (tp + fp > 0) { ps += tp / (tp + fp); pn++; }
    if (tp + fn > 0) { rs += tp / (tp + fn); rn++; }
  }
  const P = pn ? ps / pn : 0;
  const R = rn ? rs / rn : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}
const pageP = ({ tp, fp }) => (tp + fp ? tp / (tp + fp) : 1);
const pageR = ({ tp, fn }) => (tp + fn ? tp / (tp + fn) : 1);

// ---- timing helpers ----
const styleRetries = [];
function load(html, url) {
  const { dom, retried } = parseHtml(html, url);
  if (retried) styleRetries.push(url);
  return dom.window.document;
}
function timeOurs(doc) {
  const t0 = performance.now();
  const det = detectArticle(doc);
  return { det, ms: performance.now() - t0 };
}
function timeReadability(doc) {
  const clone = doc.cloneNode(true);
  const t0 = performance.now();
  let r = null;
  try {
    r = new Readability(clone).parse();
  } catch {
    r = null;
  }
  return { r, ms: performance.now() - t0 };
}
const loadAvg = () => loadavg()[0].toFixed(2);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const collapse = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

const only = opt('--only');
const timings = [];
const browserPages = [];

// ---- (a) Zyte ----
const gt = JSON.parse(readFileSync(join(zyteDir, 'ground-truth.json'), 'utf8'));
const zyteRows = [];
for (const id of Object.keys(gt).sort()) {
  if (only && !id.startsWith(only)) continue;
  const html = gunzipSync(readFileSync(join(zyteDir, 'html', `${id}.html.gz`))).toString('utf8');
  browserPages.push({ path: `/z/${id}.html`, html });
  const doc = load(html, gt[id].url);
  // Each side twice, the faster run kept (the first run of a page pays for JIT and jsdom's caches).
  const a = timeOurs(doc);
  const b = timeReadability(doc);
  const a2 = timeOurs(doc);
  const b2 = timeReadability(doc);
  const ours = a.det.isArticle ? a.det.blocks.filter((x) => x.role === 'body').map((x) => x.text).join('\n\n') : '';
  const rb = b.r?.textContent ?? '';
  const gold = gt[id].articleBody;
  zyteRows.push({ id, url: gt[id].url, ours: prf(gold, ours), rb: prf(gold, rb), isArticle: a.det.isArticle, reason: a.det.reason });
  timings.push({ page: id.slice(0, 10), ours: Math.min(a.ms, a2.ms), rb: Math.min(b.ms, b2.ms) });
  if (only) {
    console.log('--- ours ---\n' + ours.slice(0, +(opt('--chars') ?? 4000)));
    console.log('--- gold ---\n' + gold.slice(0, +(opt('--chars') ?? 4000)));
  }
}

// ---- (b) Readability pages ----
const readRows = [];
for (const name of readdirSync(readDir).sort()) {
  if (only && name !== only) continue;
  const metaFile = join(readDir, name, 'expected-metadata.json');
  if (!existsSync(metaFile)) continue;
  const exp = JSON.parse(readFileSync(metaFile, 'utf8'));
  const html = readFileSync(join(readDir, name, 'source.html'), 'utf8');
  browserPages.push({ path: `/r/${name}.html`, html });
  const doc = load(html, 'http://fakehost/test/page.html');
  const a = timeOurs(doc);
  const b = timeReadability(doc);
  const a2 = timeOurs(doc);
  const b2 = timeReadability(doc);
  timings.push({ page: name, ours: Math.min(a.ms, a2.ms), rb: Math.min(b.ms, b2.ms) });
  const d = a.det;
  const got = d.isArticle ? d : d.meta;
  readRows.push({
    name,
    readerable: exp.readerable !== false,
    isArticle: d.isArticle,
    reason: d.isArticle ? '' : d.reason,
    expTitle: collapse(exp.title),
    gotTitle: collapse(got.title),
    expByline: collapse(exp.byline),
    gotByline: collapse(got.byline),
  });
  if (only) console.log(JSON.stringify({ ...readRows.at(-1), blocks: d.isArticle ? d.blocks.map((x) => `${x.role} ${x.el.tagName}: ${collapse(x.text).slice(0, 100)}`) : [] }, null, 1));
}

// ---- (c') the same cost in real Chromium ----
// Pages are served from 127.0.0.1 with every other host unreachable and the pages' own scripts off
// (deterministic DOMs, like the saved HTML); detectArticle and Readability are injected as one bundle.
// Per page: median of 7 interleaved runs each (a full GC before every run), Readability.parse() on a
// fresh document.cloneNode(true) each run (clone not timed).
async function chromiumTimings() {
  const { chromium } = await import('playwright-core');
  const exe = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`--chromium needs Chromium at CHROME_PATH or /usr/bin/chromium (apt-get install -y chromium)`);
  const out = await build({
    stdin: {
      contents: `import { detectArticle } from './src/article/index.ts'; import { Readability } from '@mozilla/readability';
                 globalThis.__saywhoBench = { detectArticle, Readability };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const src = out.outputFiles[0].text;
  const byPath = new Map(browserPages.map((p) => [p.path, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get((req.url ?? '').split('?')[0]);
    if (!html) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: exe,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const rows = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const p of browserPages) {
      try {
        await page.goto(`http://127.0.0.1:${port}${p.path}`, { waitUntil: 'domcontentloaded', timeout: 20000 });
      } catch {
        // a page that never finishes loading is timed as it is
      }
      await page.evaluate((code) => (0, eval)(code), src);
      const r = await page.evaluate(() => {
        const B = globalThis.__saywhoBench;
        const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const ours = [];
        const rb = [];
        let isArticle = false;
        const gc = globalThis.gc ?? (() => {});
        // Interleaved, each run after a full GC, so neither side pays for the other's garbage.
        for (let i = 0; i < 7; i++) {
          gc();
          let t = performance.now();
          isArticle = B.detectArticle(document).isArticle;
          ours.push(performance.now() - t);
          const clone = document.cloneNode(true);
          gc();
          t = performance.now();
          try {
            new B.Readability(clone).parse();
          } catch {
            // Readability may throw on odd pages; its time still counts
          }
          rb.push(performance.now() - t);
        }
        // ours[0] and rb[0] are each side's first run in a fresh page context (code not yet compiled),
        // which is what a content script pays on a page load.
        return { ours: med([...ours]), rb: med([...rb]), oursBest: Math.min(...ours), rbBest: Math.min(...rb), oursFirst: ours[0], rbFirst: rb[0], isArticle };
      });
      rows.push({ page: p.path, ...r });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
let chromeRows = null;
if (flag('--chromium')) chromeRows = await chromiumTimings();

// ---- report ----
const ours = aggregate(zyteRows.map((r) => r.ours));
const rb = aggregate(zyteRows.map((r) => r.rb));
const titled = readRows.filter((r) => r.expTitle);
const bylined = readRows.filter((r) => r.expByline);
const titleOk = titled.filter((r) => r.expTitle === r.gotTitle);
const bylineOk = bylined.filter((r) => r.expByline === r.gotByline);
const nonArticles = readRows.filter((r) => !r.readerable);
const nonOk = nonArticles.filter((r) => !r.isArticle);
const falseNeg = readRows.filter((r) => r.readerable && !r.isArticle);
const zyteNot = zyteRows.filter((r) => !r.isArticle);
const ratios = timings.map((t) => t.ours / t.rb);
const T = {
  oursMedian: median(timings.map((t) => t.ours)),
  oursP95: pct(timings.map((t) => t.ours), 0.95),
  rbMedian: median(timings.map((t) => t.rb)),
  rbP95: pct(timings.map((t) => t.rb), 0.95),
  ratioMedian: median(ratios),
  ratioP95: pct(ratios, 0.95),
  ratioOfMedians: median(timings.map((t) => t.ours)) / median(timings.map((t) => t.rb)),
};
const f3 = (x) => x.toFixed(3);
const f1 = (x) => x.toFixed(1);
console.log(`Zyte pages (${zyteRows.length}): SayWho P ${f3(ours.P)} R ${f3(ours.R)} F1 ${f3(ours.F1)} | Readability 0.6 P ${f3(rb.P)} R ${f3(rb.R)} F1 ${f3(rb.F1)}` +
  (zyteNot.length ? ` | judged not article: ${zyteNot.map((r) => r.id.slice(0, 8)).join(', ')}` : ''));
console.log(`Readability pages (${readRows.length}): title ${titleOk.length}/${titled.length} (${f1((100 * titleOk.length) / (titled.length || 1))}%), byline ${bylineOk.length}/${bylined.length} (${f1((100 * bylineOk.length) / (bylined.length || 1))}%), non-articles reported ${nonOk.length}/${nonArticles.length}` +
  (falseNeg.length ? `, articles judged not article: ${falseNeg.map((r) => r.name).join(', ')}` : ''));
console.log(`Time per page in Node/jsdom (${timings.length} pages): detectArticle median ${f1(T.oursMedian)} ms p95 ${f1(T.oursP95)} ms | Readability.parse on a clone median ${f1(T.rbMedian)} ms p95 ${f1(T.rbP95)} ms | ratio per page median ${f3(T.ratioMedian)} p95 ${f3(T.ratioP95)}`);

let C = null;
if (chromeRows) {
  const r = chromeRows.map((x) => (x.rb > 0 ? x.ours / x.rb : 0));
  C = {
    pages: chromeRows.length,
    oursMedian: median(chromeRows.map((x) => x.ours)),
    oursP95: pct(chromeRows.map((x) => x.ours), 0.95),
    rbMedian: median(chromeRows.map((x) => x.rb)),
    rbP95: pct(chromeRows.map((x) => x.rb), 0.95),
    ratioMedian: median(r),
    ratioP95: pct(r, 0.95),
    // The same with each page's best run (robust to other load on the machine).
    bestRatioMedian: median(chromeRows.map((x) => (x.rbBest > 0 ? x.oursBest / x.rbBest : 0))),
    bestRatioP95: pct(chromeRows.map((x) => (x.rbBest > 0 ? x.oursBest / x.rbBest : 0)), 0.95),
    firstRatioMedian: median(chromeRows.map((x) => (x.rbFirst > 0 ? x.oursFirst / x.rbFirst : 0))),
    firstRatioP95: pct(chromeRows.map((x) => (x.rbFirst > 0 ? x.oursFirst / x.rbFirst : 0)), 0.95),
    oursFirstMedian: median(chromeRows.map((x) => x.oursFirst)),
    rbFirstMedian: median(chromeRows.map((x) => x.rbFirst)),
    oursBestMedian: median(chromeRows.map((x) => x.oursBest)),
    rbBestMedian: median(chromeRows.map((x) => x.rbBest)),
  };
  console.log(`Time per page in Chromium (${C.pages} pages, page scripts off): detectArticle median ${C.oursMedian.toFixed(2)} ms p95 ${C.oursP95.toFixed(2)} ms | Readability.parse on a clone median ${C.rbMedian.toFixed(2)} ms p95 ${C.rbP95.toFixed(2)} ms | ratio per page median ${C.ratioMedian.toFixed(3)} p95 ${C.ratioP95.toFixed(3)} | best-of-7 per page: ${C.oursBestMedian.toFixed(2)} vs ${C.rbBestMedian.toFixed(2)} ms, ratio median ${C.bestRatioMedian.toFixed(3)} p95 ${C.bestRatioP95.toFixed(3)} | first run (cold code): ${C.oursFirstMedian.toFixed(2)} vs ${C.rbFirstMedian.toFixed(2)} ms, ratio median ${C.firstRatioMedian.toFixed(3)} p95 ${C.firstRatioP95.toFixed(3)}`);
}
if (styleRetries.length) console.log(`(jsdom could not parse the style sheets of ${styleRetries.length} page(s); parsed again with <style> emptied)`);
if (flag('--pages')) {
  const rows = [...zyteRows].sort((x, y) => {
    const fx = pageP(x.ours) + pageR(x.ours);
    const fy = pageP(y.ours) + pageR(y.ours);
    return fx - fy;
  });
  console.log('\nZyte per page (worst first): id  ours P/R  readability P/R  url');
  for (const r of rows) console.log(`${r.id.slice(0, 8)}  ${f3(pageP(r.ours))}/${f3(pageR(r.ours))}  ${f3(pageP(r.rb))}/${f3(pageR(r.rb))}  ${r.url}`);
  if (chromeRows) {
    console.log('\nChromium: highest cost ratios (page, detectArticle ms, Readability ms, ratio)');
    for (const r of [...chromeRows].sort((a, b) => b.ours / b.rb - a.ours / a.rb).slice(0, 12)) {
      console.log(`${r.page.slice(0, 14)}  ${r.ours.toFixed(2)}  ${r.rb.toFixed(2)}  ${(r.ours / r.rb).toFixed(2)}`);
    }
  }
  console.log('\nReadability pages with a mismatch:');
  for (const r of readRows) {
    if (r.expTitle && r.expTitle !== r.gotTitle) console.log(`${r.name} title: expected ${JSON.stringify(r.expTitle)} got ${JSON.stringify(r.gotTitle)}`);
    if (r.expByline && r.expByline !== r.gotByline) console.log(`${r.name} byline: expected ${JSON.stringify(r.expByline)} got ${JSON.stringify(r.gotByline)}`);
    if (r.readerable !== r.isArticle) console.log(`${r.name}: readerable ${r.readerable}, detected ${r.isArticle} ${r.reason}`);
  }
}

const result = {
  zyte: { pages: zyteRows.length, saywho: ours, readability: rb, notArticle: zyteNot.map((r) => r.id) },
  readability: {
    pages: readRows.length,
    title: { ok: titleOk.length, of: titled.length },
    byline: { ok: bylineOk.length, of: bylined.length },
    nonArticles: { reported: nonOk.length, of: nonArticles.length },
    articlesJudgedNot: falseNeg.map((r) => r.name),
  },
  timeNode: T,
  timeChromium: C,
};
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(result, null, 2));

function worst(n) {
  return [...zyteRows]
    .sort((x, y) => pageP(x.ours) + pageR(x.ours) - (pageP(y.ours) + pageR(y.ours)))
    .slice(0, n)
    .map((r) => `${new URL(r.url).hostname.replace(/^www\./, '')} (P ${f3(pageP(r.ours))}, R ${f3(pageR(r.ours))})`)
    .join(', ');
}
if (flag('--write-md') && !only) {
  const file = join(root, 'BENCHMARKS.md');
  const section = [
    '## Article detection',
    '',
    `Measured with \`npm run bench:article\` (scripts/bench-article.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, jsdom, this machine (2 cores).`,
    '',
    `**Body, Zyte pages** (\`../shared/pages/zyte-dev\`, ${zyteRows.length} pages; EVAL.md §1: 4-token shingles, per-page P/R averaged, F1 of the averages):`,
    '',
    '| extractor | P | R | F1 |',
    '|---|---|---|---|',
    `| SayWho detectArticle (body blocks, headline excluded) | ${f3(ours.P)} | ${f3(ours.R)} | **${f3(ours.F1)}** |`,
    `| Mozilla Readability 0.6 \`textContent\` (same run) | ${f3(rb.P)} | ${f3(rb.R)} | ${f3(rb.F1)} |`,
    '',
    `Target F1 ≥ 0.965. Published on all 181 pages: Readability.js 0.947, trafilatura 0.958, AutoExtract 0.970.` +
      (zyteNot.length ? ` Judged not an article: ${zyteNot.length} page(s).` : ''),
    '',
    `**Metadata, Readability pages** (\`../shared/pages/readability\`, ${readRows.length} pages; EVAL.md §2):`,
    '',
    `- title match ${titleOk.length}/${titled.length} = ${f1((100 * titleOk.length) / (titled.length || 1))}% (target ≥ 95%)`,
    `- byline match ${bylineOk.length}/${bylined.length} = ${f1((100 * bylineOk.length) / (bylined.length || 1))}% (target ≥ 90%)`,
    `- readerable:false pages reported as not articles: ${nonOk.length}/${nonArticles.length} (${nonArticles.map((r) => r.name).join(', ')})` +
      (falseNeg.length ? `; articles wrongly reported as not articles: ${falseNeg.map((r) => r.name).join(', ')}` : '; no article reported as not an article'),
    '',
    `**Cost in Node/jsdom** (all ${timings.length} pages, the faster of two runs each: detectArticle on the parsed page, Readability.parse() on a fresh clone (clone time not counted); EVAL.md §5 asks for real Chromium, measured by the e2e suite):`,
    '',
    '| | median ms | p95 ms |',
    '|---|---|---|',
    `| detectArticle | ${f1(T.oursMedian)} | ${f1(T.oursP95)} |`,
    `| Readability.parse() on a clone | ${f1(T.rbMedian)} | ${f1(T.rbP95)} |`,
    `| ratio per page | ${f3(T.ratioMedian)} | ${f3(T.ratioP95)} |`,
    '',
    ...(C
      ? [
          `**Cost in real Chromium** (\`npm run bench:article -- --chromium\`: ${C.pages} pages served from 127.0.0.1, other hosts unreachable, page scripts off; per page the median of 7 interleaved runs each, a full GC before every run, Readability.parse() on a fresh \`document.cloneNode(true)\`, clone not timed):`,
          '',
          '| | median ms | p95 ms |',
          '|---|---|---|',
          `| detectArticle | ${C.oursMedian.toFixed(2)} | ${C.oursP95.toFixed(2)} |`,
          `| Readability.parse() on a clone | ${C.rbMedian.toFixed(2)} | ${C.rbP95.toFixed(2)} |`,
          `| ratio per page | ${C.ratioMedian.toFixed(3)} | ${C.ratioP95.toFixed(3)} |`,
          `| ratio per page, best of 7 runs each | ${C.bestRatioMedian.toFixed(3)} | ${C.bestRatioP95.toFixed(3)} |`,
          `| detectArticle, first run in the page (code not yet compiled) | ${C.oursFirstMedian.toFixed(2)} | |`,
          `| Readability.parse(), first run in the page | ${C.rbFirstMedian.toFixed(2)} | |`,
          `| ratio per page, first runs | ${C.firstRatioMedian.toFixed(3)} | ${C.firstRatioP95.toFixed(3)} |`,
          '',
          `Machine load during the run (1-minute load average at the end, 2 cores): ${loadAvg()}.`,
          '',
        ]
      : []),
    'Targets (in Chromium): ratio median ≤ 0.3, p95 ≤ 0.6. The e2e suite measures the whole content-script pipeline (`saywho` performance measure) with the extension loaded.',
    '',
    `Pages that still lose most (\`npm run bench:article -- --pages\` lists every page): ${worst(5)}. Causes seen: text written directly into a container beside its paragraphs (no element of its own to be a block), lines joined by \`<br>\` only (text nodes meet without a space, so words merge), site boilerplate inside the article container (a company profile, a "support us" box) and single-language furniture ("精彩视频推荐", "ATENÇÃO: Comentários…").`,
    '',
    '',
  ].join('\n');
  const { replaceSection } = await importTs('src/eval/markdown.ts');
  const md = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  writeFileSync(file, replaceSection(md, '## Article detection', section.replace(/\n+$/, '\n')));
  console.log(`wrote the "Article detection" section of ${file}`);
}
