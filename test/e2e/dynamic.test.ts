// @vitest-environment node
/** Pages that change after load: late paragraphs, a "read more" expander, in-app navigation. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, startServer, waitForSayWho, type ExtensionBrowser, type StaticServer } from '../support/browser';

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The highlighted statements: for each statement id, its marks' text joined. */
function highlighted(page: Page): Promise<Record<string, string>> {
  return page.$$eval('saywho-mark', (marks) => {
    const out: Record<string, string> = {};
    for (const m of marks) {
      const id = m.getAttribute('data-saywho-statement')!;
      out[id] = (out[id] ?? '') + m.textContent;
    }
    return out;
  });
}

const texts = async (page: Page) => Object.values(await highlighted(page)).join('\n');
const nested = (page: Page) => page.$$eval('saywho-mark saywho-mark', (e) => e.length);

describe('a page that changes after load', () => {
  it('highlights paragraphs that arrive late and after "read more", without duplicates', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/late-paragraphs.html`);
    await waitForSayWho(page);
    await expect.poll(() => texts(page), { timeout: 5000 }).toContain('“We will keep a close eye on the budget,”');
    expect(await texts(page)).toContain('“This is the most important decision this council has taken in a decade,”');

    await page.click('#more');
    await expect.poll(() => texts(page), { timeout: 5000 }).toContain('“The ferry terminal will bring thousands of visitors every summer,”');
    expect(await nested(page)).toBe(0);
    // Each quote is marked once: no statement's text appears twice.
    const all = Object.values(await highlighted(page));
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((t) => t.includes('most important decision'))).toHaveLength(1);
    await page.close();
  });

  it('follows in-app navigation: the old story’s marks go, the new story’s come', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/spa-navigation.html`);
    await waitForSayWho(page);
    await expect.poll(() => texts(page), { timeout: 5000 }).toContain('Passengers have waited long enough');

    await page.click('#next');
    await expect.poll(() => texts(page), { timeout: 5000 }).toContain('“The bridge is safe today, but it will not stay safe without this work,”');
    expect(await texts(page)).not.toContain('Passengers');
    expect(await nested(page)).toBe(0);

    const popup = await openPopup(ext, page);
    await popup.waitForSelector('li.statement');
    expect(await popup.textContent('h1')).toBe('Old bridge to close for repairs this summer');
    const quotes = await popup.$$eval('li.statement .quote', (e) => e.map((q) => q.textContent).join('\n'));
    expect(quotes).toContain('The bridge is safe today');
    expect(quotes).not.toContain('Passengers');
    await popup.close();
    await page.close();
  });
});
