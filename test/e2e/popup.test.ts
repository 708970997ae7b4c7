// @vitest-environment node
/** The popup's states and controls, opened on real tabs: not an article, no claims, a page SayWho cannot run on, filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, openToolbarPopup, tabIdOf, requireShared, startServer, waitForSayWho, type ExtensionBrowser, type StaticServer } from '../support/browser';

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  requireShared();
  server = await startServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the popup', () => {
  it('opens from the toolbar on the active tab, and its jump links scroll that tab', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/alaska-summit.html`);
    await waitForSayWho(page);
    const popup = await openToolbarPopup(ext, page);
    await expect.poll(() => popup.evaluate<number>("document.querySelectorAll('li.statement').length"), { timeout: 5000 }).toBeGreaterThan(10);
    expect(await popup.evaluate<string>("document.querySelector('h1').textContent")).toContain('Claims Witkoff');
    // The analysis stages were injected (once) because the page is an article.
    expect(await page.evaluate(() => performance.getEntriesByName('saywho:load').length)).toBe(1);
    // The toolbar badge counts the tab's statements.
    const count = await popup.evaluate<number>("document.querySelectorAll('li.statement').length");
    const tabId = await tabIdOf(ext, page);
    expect(await ext.worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`)).toBe(String(count));
    const last = await popup.evaluate<string>("[...document.querySelectorAll('li.statement')].at(-1).dataset.statement");
    await popup.evaluate("document.querySelector('li.statement:last-child button.jump').click()");
    await expect
      .poll(
        () =>
          page.evaluate((id) => {
            const r = document.querySelector(`saywho-mark[data-saywho-statement="${id}"]`)!.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          }, last),
        { timeout: 5000 },
      )
      .toBe(true);
    await page.close();
  });

  it('says a page is not an article, and why', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/shared/readability/mozilla-2/source.html`);
    await waitForSayWho(page);
    const popup = await openPopup(ext, page);
    const empty = await popup.waitForSelector('.empty.not-article');
    expect(await empty.textContent()).toMatch(/Not an article.{10,}/);
    expect(await page.$$eval('saywho-mark', (m) => m.length)).toBe(0);
    // A page that is not an article never loads the analysis stages.
    expect(await page.evaluate(() => performance.getEntriesByName('saywho:load').length)).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says when an article has no attributed claims', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/no-claims.html`);
    await waitForSayWho(page);
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('.empty.no-claims');
    expect(await popup.textContent('h1')).toBe('Weekend weather: sun returns after a wet week');
    await Promise.all([popup.close(), page.close()]);
  });

  it('says it cannot run on the browser’s own pages', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    // The content script never runs there: find the tab as the one no content script reported.
    const tabs = (await ext.worker.evaluate('chrome.tabs.query({}).then((t) => t.map((x) => x.id))')) as number[];
    const reported = Object.keys((await ext.worker.evaluate('chrome.storage.session.get(null)')) as object).map((k) => Number(k.slice(4)));
    const candidates = tabs.filter((id) => !reported.includes(id));
    expect(candidates.length).toBeGreaterThan(0);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${candidates.at(-1)}`);
    await popup.waitForSelector('.empty.restricted');
    expect(await popup.textContent('.empty')).toContain('can’t run on this page');
    await Promise.all([popup.close(), page.close()]);
  });

  it('filters by speaker and groups by speaker', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/alaska-summit.html`);
    await waitForSayWho(page);
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('li.statement');
    const speakers = () => popup.$$eval('li.statement .speaker', (e) => [...new Set(e.map((s) => s.textContent))]);
    expect((await speakers()).length).toBe(3);

    await popup.click('button.chip[data-speaker="ursula-von-der-leyen"]');
    expect(await speakers()).toEqual(['Ursula von der Leyen']);
    await popup.click('button.chip[data-speaker="ursula-von-der-leyen"]');
    expect((await speakers()).length).toBe(3);

    await popup.click('button.order[data-order="speaker"]');
    const groups = await popup.$$eval('section.group h2', (e) => e.map((h) => h.textContent));
    expect(groups.map((g) => g!.replace(/ \(\d+\)$/, ''))).toEqual(['Steve Witkoff', 'Ursula von der Leyen', 'Volodymyr Zelenskyy']);
    await Promise.all([popup.close(), page.close()]);
  });
});
