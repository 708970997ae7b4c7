// @vitest-environment node
/**
 * Every real page in ../shared/pages, in Chromium with the built extension: no error, the page's text
 * unchanged by the highlights, highlights only inside the article, nothing on non-articles, and on
 * the Zyte pages every quotation of four or more words in the human-checked article body highlighted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type * as ArticleModule from '../../src/article';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleScript, launchWithExtension, requireShared, startServer, tabIdOf, type ExtensionBrowser, type StaticServer } from '../support/browser';

const SHARED = requireShared();
const readability = readdirSync(join(SHARED, 'pages/readability'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    path: `/shared/readability/${d.name}/source.html`,
    readerable: JSON.parse(readFileSync(join(SHARED, 'pages/readability', d.name, 'expected-metadata.json'), 'utf8')).readerable !== false,
  }));
const gold = JSON.parse(readFileSync(join(SHARED, 'pages/zyte-dev/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
const zyte = Object.keys(gold).map((id) => ({ name: id.slice(0, 12), id, path: `/shared/zyte-dev/html/${id}.html` }));

/** Quotations of four or more words in a text: “…” and "…" pairs within one paragraph. */
export function quotations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^“”\n]+)”|"([^"\n]+)"/g)) {
    const inner = (m[1] ?? m[2]!).trim();
    if ((inner.match(/\w+/g) ?? []).length >= 4) out.push(inner);
  }
  return out;
}

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[“”"]/g, '"').trim();

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  page = await ext.context.newPage();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Visit {
  status: string;
  /** The detected article's text (empty when not an article). */
  articleText: string;
  marks: { statement: string; text: string; outside: boolean }[];
  byStatement: Map<string, string>;
}

async function setEnabled(enabled: boolean): Promise<void> {
  await ext.worker.evaluate(`chrome.storage.local.set({ settings: { enabled: ${enabled}, showReported: true } })`);
}

/** Loads a page, waits for SayWho's verdict, checks the text with and without highlights. */
async function visit(path: string): Promise<Visit> {
  await page.goto(server.origin + path, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  const tabId = await tabIdOf(ext, page, 15_000);
  let status = 'pending';
  for (let i = 0; i < 100 && status === 'pending'; i++) {
    const all = (await ext.worker.evaluate(`chrome.storage.session.get('tab:${tabId}')`)) as Record<string, { status: string; url: string }>;
    const s = all[`tab:${tabId}`];
    if (s && s.url === page.url()) status = s.status;
    if (status === 'pending') await page.waitForTimeout(100);
  }
  // The content script's own detection, run again in the page, tells where the article is.
  await page.evaluate(articleScript());
  const { marks, articleText } = await page.evaluate(() => {
    const detection = (window as unknown as { SayWhoArticle: typeof ArticleModule }).SayWhoArticle.detectArticle(document);
    const blocks = detection.isArticle ? detection.blocks.map((b) => b.el) : [];
    /** Site chrome that is never article body, whatever the detection says. */
    const chrome = (m: Element) => {
      for (let e = m.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
        if (/^(NAV|FOOTER|ASIDE|FIGCAPTION)$/.test(e.tagName) || /^(navigation|contentinfo|complementary)$/.test(e.getAttribute('role') ?? '')) return true;
        if (/(^|[\s_-])comments?([\s_-]|$)/i.test(`${e.id} ${typeof e.className === 'string' ? e.className : ''}`)) return true;
      }
      return false;
    };
    return {
      articleText: detection.isArticle ? detection.text : '',
      marks: [...document.querySelectorAll('saywho-mark')].map((m) => ({
        statement: m.getAttribute('data-saywho-statement')!,
        text: m.textContent ?? '',
        outside: !blocks.some((b) => b.contains(m)) || chrome(m),
      })),
    };
  });
  const byStatement = new Map<string, string>();
  for (const m of marks) byStatement.set(m.statement, (byStatement.get(m.statement) ?? '') + m.text);
  const withMarks = await page.evaluate(() => document.body?.innerText ?? '');
  await setEnabled(false);
  await page.waitForFunction(() => !document.querySelector('saywho-mark'), undefined, { timeout: 5000 });
  const without = await page.evaluate(() => document.body?.innerText ?? '');
  await setEnabled(true);
  expect(withMarks, 'document.body.innerText with and without highlights').toBe(without);
  return { status, articleText, marks, byStatement };
}

describe('Readability test pages', () => {
  it.each(readability)('$name', async ({ path, readerable }) => {
    const v = await visit(path);
    expect(v.status).not.toBe('error');
    if (!readerable) {
      expect(v.status).toBe('not-article');
      expect(v.marks).toHaveLength(0);
    }
    expect(v.marks.filter((m) => m.outside).map((m) => m.text)).toEqual([]);
  });
});

/**
 * Quotations the extension does not highlight yet, per page, each with the reason found when it was
 * recorded (`UPDATE_KNOWN_MISSES=1` rewrites the file). The list only ratchets: a new miss fails the
 * test, and so does a known miss that is now highlighted (so the list never keeps fixed entries).
 */
const KNOWN_MISSES_FILE = join(import.meta.dirname, 'zyte-known-misses.json');
const knownMisses = JSON.parse(readFileSync(KNOWN_MISSES_FILE, 'utf8')) as Record<string, Record<string, string>>;
const recorded: Record<string, Record<string, string>> = {};
let quotationCount = 0;
let highlightedCount = 0;

describe('Zyte benchmark pages', () => {
  afterAll(() => {
    console.log(`Zyte pages: ${highlightedCount} of ${quotationCount} quotations of 4+ words highlighted`);
    if (process.env.UPDATE_KNOWN_MISSES) writeFileSync(KNOWN_MISSES_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
  });

  it.each(zyte)('$name', async ({ id, path }) => {
    const v = await visit(path);
    expect(v.status).toBe('article');
    expect(v.marks.filter((m) => m.outside).map((m) => m.text)).toEqual([]);
    const highlighted = [...v.byStatement.values()].map(squash);
    const all = quotations(gold[id]!.articleBody);
    const missed = all.filter((q) => !highlighted.some((h) => h.includes(squash(q))));
    quotationCount += all.length;
    highlightedCount += all.length - missed.length;
    const body = squash(v.articleText);
    if (missed.length) {
      recorded[id] = Object.fromEntries(missed.map((q) => [q, body.includes(squash(q)) ? 'in the detected body, not found as a claim' : 'not in the detected body']));
    }
    expect([...new Set(missed)], 'quotations of 4+ words not highlighted, beside the known misses').toEqual(Object.keys(knownMisses[id] ?? {}));
  });
});
