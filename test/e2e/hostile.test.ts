// @vitest-environment node
/** Bad input gets a clear result, never a broken page: hostile text, malformed HTML, unbalanced quotes, huge pages. */
import { chromium, type Dialog, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchWithExtension, openPopup, startServer, waitForSayWho, type ExtensionBrowser, type StaticServer } from '../support/browser';

let server: StaticServer;
let ext: ExtensionBrowser;
const dialogs: Dialog[] = [];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  ext.context.on('page', (p) => p.on('dialog', (d) => dialogs.push(d)));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function statements(popup: Page) {
  await popup.waitForSelector('li.statement');
  return popup.$$eval('li.statement', (items) =>
    items.map((li) => ({ speaker: li.querySelector('.speaker')!.textContent!, quote: li.querySelector('.quote')!.textContent! })),
  );
}

describe('hostile and malformed pages', () => {
  it('shows markup inside a quote as text in the popup, and runs nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/hostile.html`);
    await waitForSayWho(page);
    const popup = await openPopup(ext, page);
    const listed = await statements(popup);
    const okafor = listed.find((s) => s.quote.includes('The page said'));
    expect(okafor?.quote).toContain(`<img src=x onerror="alert('pwned')">`);
    expect(okafor?.quote).toContain('<script>alert(2)</script>');
    expect(okafor?.speaker).toBe('Paul Okafor');
    expect(await popup.$$eval('#app img, #app script', (e) => e.length)).toBe(0);
    await popup.waitForTimeout(300);
    expect(dialogs.map((d) => d.message())).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('copes with mis-nested tags and an unclosed quote without losing the statements after them', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/hostile.html`);
    await waitForSayWho(page);
    const popup = await openPopup(ext, page);
    const listed = await statements(popup);
    expect(listed.find((s) => s.quote.includes('Nobody at the council'))?.speaker).toBe('Paul Okafor');
    expect(listed.find((s) => s.quote.includes('The dam is safe and it will stay safe'))?.speaker).toBe('Rui Costa');
    // The unclosed “We are reviewing… never swallows the text after it into one giant quote.
    for (const s of listed) expect(s.quote.length).toBeLessThan(1000);

    const withExtension = await page.evaluate(() => document.body.innerText);
    const plain = await chromium.launch({ executablePath: findChromium()!, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    try {
      const p = await plain.newPage({ viewport: { width: 1280, height: 900 } });
      await p.goto(`${server.origin}/fixtures/hostile.html`);
      expect(withExtension).toBe(await p.evaluate(() => document.body.innerText));
    } finally {
      await plain.close();
    }
    await popup.close();
    await page.close();
  });

  it('handles a very long page (about 1.2 MB of text) and lists its statements', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/generated/huge.html?paragraphs=10000`);
    await waitForSayWho(page, 30_000);
    const size = await page.evaluate(() => document.body.textContent!.length);
    expect(size).toBeGreaterThan(1_000_000);
    const popup = await openPopup(ext, page);
    const listed = await statements(popup);
    expect(listed).toHaveLength(2000);
    expect(new Set(listed.map((s) => s.speaker))).toEqual(new Set(['Ana Ruiz']));
    expect(await page.$$eval('saywho-mark', (m) => new Set(m.map((e) => e.getAttribute('data-saywho-statement'))).size)).toBe(2000);
    await popup.close();
    await page.close();
  });
});
