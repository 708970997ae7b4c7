// `npm run bench`: speed and size figures (no pass/fail; budgets are read off the output).
//  1. bundle: the built content script, minified and gzipped (budget: ≤ 100 KB minified);
//  2. Node: claims + speakers, ms per 1,000 words, median over the corpus documents (budget ≤ 5 ms);
//  3. Chromium with the extension, every page of ../shared/pages: the content script's own
//     performance measures (`saywho`, `saywho:article`, …) beside Readability.parse() on a clone of
//     the same document in the same page (budget: article detection median ≤ 0.3×, p95 ≤ 0.6×).
//     First runs (page load: code not yet compiled, DOM not yet touched) and second runs (the same
//     page again, as after a change) are reported apart.
// Options: --skip-browser, --pages N (first N pages only), --json FILE, --write-md (rewrites the
// "Extension: size and speed" section of BENCHMARKS.md with these figures).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, importTs } from './lib/bundle.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const results = {};
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

// 1. Bundle size ----------------------------------------------------------------------------
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(1);
const out = join(ROOT, '.output/chrome-mv3');
const content = readFileSync(join(out, 'content-scripts/content.js'));
const analysis = readFileSync(join(out, 'analysis.js'));
results.bundle = {
  contentScriptBytes: content.length,
  contentScriptGzipBytes: gzipSync(content, { level: 9 }).length,
  analysisBytes: analysis.length,
  analysisGzipBytes: gzipSync(analysis, { level: 9 }).length,
  extensionBytes: (function total(dir) {
    return readdirSync(dir).reduce((n, e) => n + (statSync(join(dir, e)).isDirectory() ? total(join(dir, e)) : statSync(join(dir, e)).size), 0);
  })(out),
};
console.log('Bundle (chrome-mv3, minified by the production build)');
console.log(`  content script   ${results.bundle.contentScriptBytes} bytes minified (${f(results.bundle.contentScriptBytes / 1024, 1)} KiB), ${results.bundle.contentScriptGzipBytes} bytes gzipped (budget ≤ 100 KB minified)`);
console.log(`  analysis.js      ${results.bundle.analysisBytes} bytes minified, ${results.bundle.analysisGzipBytes} bytes gzipped (injected into article pages only)`);
console.log(`  article page     ${results.bundle.contentScriptBytes + results.bundle.analysisBytes} bytes in all (content script + analysis.js)`);
console.log(`  whole extension  ${results.bundle.extensionBytes} bytes`);

// Where the bytes go: each script's modules bundled again by esbuild with a metafile (same
// minifier; WXT's own wrapper is the difference to the production file).
{
  const { build: esbuild } = await import('esbuild');
  const part = (path) =>
    path.includes('mark.js') ? 'mark.js' :
    path.includes('webextension-polyfill') ? 'webextension-polyfill' :
    path === 'src/claims/german.ts' ? 'src/claims/german.ts (German)' :
    path.startsWith('src/claims/') ? 'src/claims (all but german.ts)' :
    /^src\/[a-z]+\//.test(path) ? path.split('/').slice(0, 2).join('/') : 'other';
  async function byPart(entry, builtBytes) {
    const meta = await esbuild({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
      bundle: true, minify: true, write: false, metafile: true, format: 'iife', target: 'es2022', alias: { '@': ROOT },
    });
    const output = Object.values(meta.metafile.outputs)[0];
    const parts = new Map();
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) parts.set(part(path), (parts.get(part(path)) ?? 0) + bytesInOutput);
    return { parts: [...parts].sort((a, b) => b[1] - a[1]), wrapperBytes: builtBytes - output.bytes };
  }
  const scripts = {
    content: await byPart(
      "import { LivePage } from './src/pipeline/live'; import { loadAnalyser } from './src/pipeline/load'; import { listen } from './src/messaging'; " +
        "import { loadSettings } from './src/state/settings'; import browser from 'webextension-polyfill'; " +
        'console.log(LivePage, loadAnalyser, listen, loadSettings, browser);',
      results.bundle.contentScriptBytes,
    ),
    analysis: await byPart("import { createAnalyser } from './src/pipeline/analysis'; console.log(createAnalyser);", results.bundle.analysisBytes),
  };
  Object.assign(results.bundle, { parts: scripts.content.parts, wrapperBytes: scripts.content.wrapperBytes, analysisParts: scripts.analysis.parts, analysisWrapperBytes: scripts.analysis.wrapperBytes });
  for (const [name, { parts, wrapperBytes }] of Object.entries(scripts)) {
    console.log(`  ${name === 'content' ? 'content script' : 'analysis.js'} by part (esbuild, minified):`);
    for (const [p, bytes] of parts) console.log(`    ${p.padEnd(32)} ${String(bytes).padStart(7)}`);
    console.log(`    ${'WXT build − esbuild (wrapper)'.padEnd(32)} ${String(wrapperBytes).padStart(7)}`);
  }
}

// 2. Claims + speakers in Node ----------------------------------------------------------------
const SHARED = join(ROOT, '../shared');
const { extract } = await importTs('src/pipeline/extract.ts');
const docs = [];
for (const split of ['dev', 'train']) {
  const dir = join(SHARED, 'corpus/polnear', split, 'text');
  for (const name of readdirSync(dir).sort()) docs.push(readFileSync(join(dir, name), 'utf8'));
}
for (const line of readFileSync(join(SHARED, 'corpus/german-wikinews/dev.jsonl'), 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line).text);
for (const d of docs.slice(0, 50)) extract(d); // warm up
const perK = [];
let words = 0;
let total = 0;
for (const d of docs) {
  const w = (d.match(/\S+/g) ?? []).length;
  const t0 = performance.now();
  extract(d);
  const ms = performance.now() - t0;
  total += ms;
  words += w;
  if (w > 0) perK.push((ms * 1000) / w);
}
results.node = { documents: docs.length, words, msPer1000WordsMedian: median(perK), msPer1000WordsP95: quantile(perK, 0.95), totalMs: total };
console.log(`\nClaims + speakers in Node (${docs.length} documents: PolNeAR dev+train, German dev; ${words} words)`);
console.log(`  ms per 1,000 words: median ${f(results.node.msPer1000WordsMedian, 3)}, p95 ${f(results.node.msPer1000WordsP95, 3)} (budget ≤ 5)`);

// 3. In Chromium ------------------------------------------------------------------------------
const b = args.includes('--skip-browser') ? null : await importTs('test/support/browser.ts');
if (b) {
  const pages = [];
  for (const name of readdirSync(join(SHARED, 'pages/readability')).sort())
    if (statSync(join(SHARED, 'pages/readability', name)).isDirectory()) pages.push(`/shared/readability/${name}/source.html`);
  for (const id of Object.keys(JSON.parse(readFileSync(join(SHARED, 'pages/zyte-dev/ground-truth.json'), 'utf8'))).sort())
    pages.push(`/shared/zyte-dev/html/${id}.html`);
  const limit = Number(opt('--pages') ?? pages.length);
  const readability = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const server = await b.startServer();
  const ext = await b.launchWithExtension();
  const rows = [];
  try {
    const page = await ext.context.newPage();
    for (const path of pages.slice(0, limit)) {
      try {
        await page.goto(server.origin + path, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        await b.waitForSayWho(page, 15_000);
        await page.evaluate(`${readability}\nglobalThis.__Readability = Readability;`);
        const m = await page.evaluate(() => {
          const first = (name) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
          const time = (fn) => {
            const t0 = performance.now();
            fn();
            return performance.now() - t0;
          };
          const readabilityMs = time(() => new window.__Readability(document.cloneNode(true)).parse());
          const readabilityWarmMs = time(() => new window.__Readability(document.cloneNode(true)).parse());
          return { total: first('saywho'), load: first('saywho:load'), article: first('saywho:article'), claims: first('saywho:claims'), highlight: first('saywho:highlight'), readabilityMs, readabilityWarmMs };
        });
        // A second run of the pipeline on the same page (as after a page change): switch off, then on.
        const runs = await page.evaluate(() => performance.getEntriesByName('saywho').length);
        await ext.worker.evaluate(`chrome.storage.local.set({ settings: { enabled: false, showReported: true } })`);
        await page.waitForFunction((n) => performance.getEntriesByName('saywho').length > n, runs);
        await ext.worker.evaluate(`chrome.storage.local.set({ settings: { enabled: true, showReported: true } })`);
        await page.waitForFunction((n) => performance.getEntriesByName('saywho').length > n + 1, runs);
        m.articleWarm = await page.evaluate(() => performance.getEntriesByName('saywho:article').at(-1)?.duration ?? NaN);
        rows.push({ path, ...m });
      } catch (error) {
        console.error(`  ${path}: ${error.message.split('\n')[0]}`);
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const col = (k) => rows.map((r) => r[k]).filter(Number.isFinite);
  const ratio = (k) => rows.filter((r) => Number.isFinite(r[k]) && r.readabilityMs > 0).map((r) => r[k] / r.readabilityMs);
  results.browser = {
    pages: rows.length,
    readabilityMs: { median: median(col('readabilityMs')), p95: quantile(col('readabilityMs'), 0.95) },
    readabilityWarmMs: { median: median(col('readabilityWarmMs')), p95: quantile(col('readabilityWarmMs'), 0.95) },
    articleWarmMs: { median: median(col('articleWarm')), p95: quantile(col('articleWarm'), 0.95) },
    articleWarmRatio: {
      median: median(rows.filter((r) => r.readabilityWarmMs > 0).map((r) => r.articleWarm / r.readabilityWarmMs)),
      p95: quantile(rows.filter((r) => r.readabilityWarmMs > 0).map((r) => r.articleWarm / r.readabilityWarmMs), 0.95),
    },
    articleMs: { median: median(col('article')), p95: quantile(col('article'), 0.95) },
    loadMs: { median: median(col('load')), p95: quantile(col('load'), 0.95), pages: col('load').length },
    claimsMs: { median: median(col('claims')), p95: quantile(col('claims'), 0.95) },
    highlightMs: { median: median(col('highlight')), p95: quantile(col('highlight'), 0.95) },
    totalMs: { median: median(col('total')), p95: quantile(col('total'), 0.95) },
    articleRatio: { median: median(ratio('article')), p95: quantile(ratio('article'), 0.95) },
    totalRatio: { median: median(ratio('total')), p95: quantile(ratio('total'), 0.95) },
  };
  const r = results.browser;
  console.log(`\nIn Chromium with the extension (${r.pages} pages of ../shared/pages, first run per page)`);
  console.log('  measure                     median ms   p95 ms');
  for (const [label, v] of [
    ['Readability.parse (clone)', r.readabilityMs],
    ['  same, second run', r.readabilityWarmMs],
    ['saywho:article (detection)', r.articleMs],
    ['  same, second run', r.articleWarmMs],
    ['saywho:load (analysis.js)', r.loadMs],
    ['saywho:claims (+speakers)', r.claimsMs],
    ['saywho:highlight', r.highlightMs],
    ['saywho (whole pipeline)', r.totalMs],
  ])
    console.log(`  ${label.padEnd(27)} ${f(v.median).padStart(9)} ${f(v.p95).padStart(8)}`);
  console.log(`  detection / Readability, first runs:  median ${f(r.articleRatio.median)}×, p95 ${f(r.articleRatio.p95)}× (budget ≤ 0.3× / ≤ 0.6×)`);
  console.log(`  detection / Readability, second runs: median ${f(r.articleWarmRatio.median)}×, p95 ${f(r.articleWarmRatio.p95)}×`);
  console.log(`  whole pipeline / Readability: median ${f(r.totalRatio.median)}×, p95 ${f(r.totalRatio.p95)}×`);
}

if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(results, null, 2));

if (args.includes('--write-md')) {
  const { replaceSection } = await importTs('src/eval/markdown.ts');
  const heading = '## Extension: size and speed';
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB (${bytes} bytes)`;
  const lines = [
    heading,
    '',
    `Measured with \`npm run bench -- --write-md\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, Chromium \`${b?.findChromium?.() ?? 'n/a'}\`, this machine (2 cores; 1-minute load average at the end ${os.loadavg()[0].toFixed(2)}).`,
    '',
    '| figure | value | budget |',
    '|---|---|---|',
    `| content script (every http/https page), minified (production build) | ${kb(results.bundle.contentScriptBytes)} | ≤ 100 kB |`,
    `| content script, minified + gzipped | ${kb(results.bundle.contentScriptGzipBytes)} | |`,
    ...results.bundle.parts.map(([name, bytes]) => `| … of which ${name} | ${kb(bytes)} | |`),
    `| … of which WXT's content-script wrapper (the rest) | ${kb(results.bundle.wrapperBytes)} | |`,
    `| analysis.js (injected into article pages only), minified | ${kb(results.bundle.analysisBytes)} | |`,
    `| analysis.js, minified + gzipped | ${kb(results.bundle.analysisGzipBytes)} | |`,
    ...results.bundle.analysisParts.map(([name, bytes]) => `| … of which ${name} | ${kb(bytes)} | |`),
    `| … WXT's build minus esbuild's (wrapper, tree-shaking) | ${kb(results.bundle.analysisWrapperBytes)} | |`,
    `| an article page in all (content script + analysis.js) | ${kb(results.bundle.contentScriptBytes + results.bundle.analysisBytes)} | |`,
    `| whole Chrome extension | ${kb(results.bundle.extensionBytes)} | |`,
    `| claims + speakers in Node, ms per 1,000 words (median / p95 over ${results.node.documents} documents) | ${f(results.node.msPer1000WordsMedian, 3)} / ${f(results.node.msPer1000WordsP95, 3)} | ≤ 5 |`,
  ];
  const r = results.browser;
  if (r) {
    lines.push(
      '',
      `In Chromium with the built extension, ${r.pages} pages of \`../shared/pages\` served from 127.0.0.1 (page scripts off, other hosts unreachable). ` +
        'The content script times each stage with `performance.measure`; "first run" is its run when the page loads (code not yet compiled, ' +
        'DOM not yet touched by it), "second run" the same page analysed again (as after a page change). Readability.parse() runs on ' +
        '`document.cloneNode(true)` in the same page right after (clone included), twice.',
      '',
      '| measure | median ms | p95 ms |',
      '|---|---|---|',
      `| Readability.parse() on a clone, first run | ${f(r.readabilityMs.median)} | ${f(r.readabilityMs.p95)} |`,
      `| Readability.parse() on a clone, second run | ${f(r.readabilityWarmMs.median)} | ${f(r.readabilityWarmMs.p95)} |`,
      `| \`saywho:article\` (detection), first run | ${f(r.articleMs.median)} | ${f(r.articleMs.p95)} |`,
      `| \`saywho:article\` (detection), second run | ${f(r.articleWarmMs.median)} | ${f(r.articleWarmMs.p95)} |`,
      `| \`saywho:load\` (article pages: asking the background to inject analysis.js, until it has run; ${r.loadMs.pages} pages) | ${f(r.loadMs.median)} | ${f(r.loadMs.p95)} |`,
      `| \`saywho:claims\` (claims + speakers) | ${f(r.claimsMs.median)} | ${f(r.claimsMs.p95)} |`,
      `| \`saywho:highlight\` | ${f(r.highlightMs.median)} | ${f(r.highlightMs.p95)} |`,
      `| \`saywho\` (whole pipeline; on article pages the run once analysis.js is in, detection again included) | ${f(r.totalMs.median)} | ${f(r.totalMs.p95)} |`,
      '',
      `Detection ÷ Readability per page: first runs median ${f(r.articleRatio.median)}×, p95 ${f(r.articleRatio.p95)}×; ` +
        `second runs median ${f(r.articleWarmRatio.median)}×, p95 ${f(r.articleWarmRatio.p95)}× (budget median ≤ 0.3×, p95 ≤ 0.6×). ` +
        `Whole pipeline ÷ Readability: median ${f(r.totalRatio.median)}×, p95 ${f(r.totalRatio.p95)}×.`,
    );
  }
  const file = join(ROOT, 'BENCHMARKS.md');
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), heading, lines.join('\n')));
  console.log(`\nWrote the "${heading.slice(3)}" section of BENCHMARKS.md`);
}
