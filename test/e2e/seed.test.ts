// @vitest-environment node
/**
 * Issue 2's acceptance, in real Chromium with the built extension: the seed article's statements,
 * speakers, colours, popup and jump links, and the page's own text left as it was.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  findChromium,
  launchWithExtension,
  openPopup,
  requireShared,
  startServer,
  waitForSayWho,
  type ExtensionBrowser,
  type StaticServer,
} from '../support/browser';
import { SEED_TABLE } from '../support/seed';


interface Listed {
  id: string;
  speaker: string;
  kind: string;
  quote: string;
}

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;
let popup: Page;
let listed: Listed[];
const requests: string[] = [];
const PAGE = '/fixtures/alaska-summit.html';

beforeAll(async () => {
  requireShared();
  server = await startServer();
  ext = await launchWithExtension();
  ext.context.on('request', (r) => requests.push(r.url()));
  page = await ext.context.newPage();
  await page.goto(server.origin + PAGE);
  await waitForSayWho(page);
  popup = await openPopup(ext, page);
  await popup.waitForSelector('li.statement');
  listed = await popup.$$eval('li.statement', (items) =>
    items.map((li) => ({
      id: li.getAttribute('data-statement')!,
      speaker: li.querySelector('.speaker')!.textContent!,
      kind: li.querySelector('.kind')!.textContent!,
      quote: li.querySelector('.quote')!.textContent!,
    })),
  );
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const quoted = () => listed.filter((s) => s.kind !== 'Reported');

describe('the seed page in Chromium with SayWho', () => {
  it('is the seed article, text for text', () => {
    const seed = readFileSync(join(requireShared(), 'seed/alaska-summit-article.txt'), 'utf8').split('\n');
    const html = readFileSync(join(ROOT, 'test/fixtures/pages/alaska-summit.html'), 'utf8');
    const paragraphs = [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(paragraphs.slice(0, 12)).toEqual(seed.slice(3, 15));
    for (const line of [seed[1], seed[2], seed[15], seed[16], seed[17], seed[18]]) expect(html).toContain(`>${line}<`);
  });

  it('lists the quoted statements of the issue table, in order, with their speakers', () => {
    expect(quoted().map((s) => [s.quote, s.speaker])).toHaveLength(SEED_TABLE.length);
    quoted().forEach((s, i) => {
      const [piece, speaker] = SEED_TABLE[i]!;
      expect(s.quote, `statement ${i + 1}`).toContain(piece);
      expect(s.speaker, `speaker of statement ${i + 1}`).toBe(speaker);
    });
  });

  it('names exactly three speakers, never the addressee, the outlet or the TV show', async () => {
    expect(new Set(listed.map((s) => s.speaker))).toEqual(new Set(['Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy']));
    const chips = await popup.$$eval('button.chip .name', (els) => els.map((e) => e.textContent));
    expect(chips.sort()).toEqual(['Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy']);
    for (const s of listed) expect(s.quote).not.toMatch(/^“State of the Union/);
  });

  it('highlights every listed statement with the stable attributes, one colour per speaker', async () => {
    const marks = await page.$$eval('saywho-mark', (els) =>
      els.map((m) => ({
        statement: m.getAttribute('data-saywho-statement'),
        speaker: m.getAttribute('data-saywho-speaker'),
        colour: (m as HTMLElement).style.getPropertyValue('--saywho-c'),
        background: getComputedStyle(m).backgroundColor,
        title: (m as HTMLElement).title,
      })),
    );
    expect(new Set(marks.map((m) => m.statement))).toEqual(new Set(listed.map((s) => s.id)));
    const colourOf = new Map<string, Set<string>>();
    for (const m of marks) colourOf.set(m.speaker!, (colourOf.get(m.speaker!) ?? new Set()).add(m.colour));
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    expect(new Set([...colourOf.values()].map((c) => [...c][0])).size).toBe(colourOf.size);
    for (const m of marks) expect(m.background).not.toBe('rgba(0, 0, 0, 0)');
    const witkoff = marks.find((m) => m.title.startsWith('Steve Witkoff'));
    expect(witkoff?.title).toMatch(/^Steve Witkoff · /);
  });

  it('draws reported speech visibly lighter than quotes of the same speaker', async () => {
    const alpha = (kind: string) =>
      page.$eval(`saywho-mark[data-saywho-speaker="steve-witkoff"][data-saywho-kind="${kind}"]`, (m) => {
        const c = getComputedStyle(m).backgroundColor.match(/[\d.]+/g)!.map(Number);
        return c.length === 4 ? c[3]! : 1;
      });
    const quoted = await alpha('direct');
    const reported = await alpha('indirect');
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBeLessThan(quoted / 2);
  });

  it('highlights nothing outside the article body and headline', async () => {
    const outside = await page.$$eval('saywho-mark', (els) =>
      els.filter((m) => !m.closest('h1.headline, .article-body')).map((m) => m.textContent),
    );
    expect(outside).toEqual([]);
    const inChrome = await page.$$eval('.video-teaser saywho-mark, .related saywho-mark, .newsletter saywho-mark, .article-footer saywho-mark, nav saywho-mark', (e) => e.length);
    expect(inChrome).toBe(0);
  });

  it('leaves the page text exactly as it is without the extension', async () => {
    const withExtension = await page.evaluate(() => document.body.innerText);
    const plain = await chromium.launch({ executablePath: findChromium()!, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    try {
      const p = await plain.newPage({ viewport: { width: 1280, height: 900 } });
      await p.goto(server.origin + PAGE);
      expect(withExtension).toBe(await p.evaluate(() => document.body.innerText));
    } finally {
      await plain.close();
    }
  });

  it('keeps the page’s layout: every block has the same box with and without highlights', async () => {
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('h1, p, li, figure, aside, footer')].map((e) => {
          const r = e.getBoundingClientRect();
          return [Math.round(r.x * 10), Math.round(r.y * 10), Math.round(r.width * 10), Math.round(r.height * 10)].join(',');
        }),
      );
    const withMarks = await boxes();
    expect(await page.$$eval('saywho-mark', (m) => m.length)).toBeGreaterThan(0);
    await ext.worker.evaluate('chrome.storage.local.set({ settings: { enabled: false, showReported: true } })');
    await page.waitForFunction(() => !document.querySelector('saywho-mark'));
    const without = await boxes();
    await ext.worker.evaluate('chrome.storage.local.set({ settings: { enabled: true, showReported: true } })');
    await page.waitForFunction(() => document.querySelector('saywho-mark'));
    expect(withMarks).toEqual(without);
  });

  it('records its cost as the saywho performance measure', async () => {
    const ms = await page.evaluate(() => performance.getEntriesByName('saywho').map((e) => e.duration));
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.every((d) => d >= 0)).toBe(true);
  });

  it('scrolls to a highlight from the popup and flashes it', async () => {
    const last = quoted().at(-1)!;
    const inView = () =>
      page.evaluate((id) => {
        const r = document.querySelector(`saywho-mark[data-saywho-statement="${id}"]`)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }, last.id);
    expect(await inView()).toBe(false);
    await popup.click(`li[data-statement="${last.id}"] button.jump`);
    await page.bringToFront();
    await page.waitForFunction(
      (id) => document.querySelector(`saywho-mark[data-saywho-statement="${id}"]`)!.hasAttribute('data-saywho-flash'),
      last.id,
    );
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
  });

  it('makes no network request of its own: only the page and the extension’s files are fetched', () => {
    const foreign = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`chrome-extension://${ext.extensionId}/`));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.startsWith(`chrome-extension://${ext.extensionId}/popup.html`))).toBe(true);
  });

  it('gives the same statements and speakers as `npx saywho extract` on the seed text', () => {
    const seed = readFileSync(join(requireShared(), 'seed/alaska-summit-article.txt'));
    const out = JSON.parse(execFileSync('npx', ['saywho', 'extract'], { cwd: ROOT, input: seed }).toString()) as {
      statements: { quote: { text: string }; speaker: { name: string } | null; kind: string }[];
    };
    const cli = out.statements.map((s) => [s.quote.text, s.speaker?.name ?? 'Unattributed']);
    expect(cli).toEqual(listed.map((s) => [s.quote, s.speaker]));
  });
});
