/**
 * Real Chromium with the built extension loaded, and a static server on 127.0.0.1 for test pages.
 * Shared by the e2e tests, `npm run demo` and the in-browser benchmarks.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The project root: the nearest folder upwards with SayWho's package.json (also when this file is bundled). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'saywho') return dir;
    if (dirname(dir) === dir) throw new Error(`SayWho's package.json not found above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const SHARED = resolve(ROOT, '../shared');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Fails with a clear message when ../shared is missing (tests must not skip silently). */
export function requireShared(): string {
  if (!existsSync(join(SHARED, 'README.md'))) {
    throw new Error(`../shared not found at ${SHARED}: the tests read the project's shared data in place`);
  }
  return SHARED;
}

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: CHROME_PATH, Debian's chromium, or Google Chrome. Never a downloaded one. */
export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A very long article (`paragraphs` paragraphs, every fifth with an attributed quote). */
export function hugePage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(
      i % 5 === 4
        ? `<p>“Section ${i} of the report is the one that matters most to the people of this valley,” Senator Ana Ruiz said on day ${i}.</p>`
        : `<p>Paragraph ${i}: the report runs to many pages, covering water, roads, schools and the budget for the coming years in great detail.</p>`,
    );
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The longest report ever written</title><meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>The longest report ever written</h1><p class="byline">By Staff</p>${body.join('')}</article></body></html>`;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `/fixtures/…` from test/fixtures/pages and `/shared/…` from ../shared/pages (a request for
 * `x.html` is answered from `x.html.gz` when only that exists). Every saved page there is UTF-8 (a
 * few still declare their original charset in a meta tag), so HTML is served as UTF-8.
 */
export async function startServer(): Promise<StaticServer> {
  const roots: Record<string, string> = { fixtures: join(ROOT, 'test/fixtures/pages'), shared: join(SHARED, 'pages') };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/generated/huge.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hugePage(Number(url.searchParams.get('paragraphs') ?? 5000)));
      return;
    }
    const [, top, ...rest] = decodeURIComponent(url.pathname).split('/');
    const base = top ? roots[top] : undefined;
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let body: Buffer | null = null;
    if (existsSync(file) && statSync(file).isFile()) body = readFileSync(file);
    else if (existsSync(`${file}.gz`)) body = gunzipSync(readFileSync(`${file}.gz`));
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Saved pages' own scripts would only try to reach their sites (and some navigate away when they
    // cannot): they are switched off, so every run sees the page as saved. Content scripts still run.
    const csp = top === 'shared' ? { 'content-security-policy': "script-src 'none'" } : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...csp }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension (headless unless `headed`). */
export async function launchWithExtension(options: { headed?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run npm run build first`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'saywho-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Saved pages reference other hosts: make them fail fast, keep the local server reachable.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, as the extension's background recorded it from the content script. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page, timeoutMs = 10_000): Promise<number> {
  const url = page.url();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const all = (await ext.worker.evaluate('chrome.storage.session.get(null)')) as Record<string, { url: string }>;
    const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.url === url);
    if (hit) return Number(hit[0].slice(4));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the extension did not report the tab of ${url}`);
}

/** Opens the popup as a page for the tab that shows `page`. */
export async function openPopup(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Waits until the content script has finished its first run on `page` (its performance measure exists). */
export async function waitForSayWho(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('saywho').length > 0, undefined, { timeout: timeoutMs });
}

let articleBundle: string | null = null;

/**
 * src/article bundled for a page's main world: after `page.evaluate(articleScript())` (which the
 * page's CSP does not block),
 * `window.SayWhoArticle.detectArticle(document)` runs the content script's detection on the live page.
 */
export function articleScript(): string {
  articleBundle ??= buildSync({
    entryPoints: [join(ROOT, 'src/article/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'SayWhoArticle',
    footer: { js: 'globalThis.SayWhoArticle = SayWhoArticle;' },
    platform: 'browser',
    target: 'es2022',
  }).outputFiles[0]!.text;
  return articleBundle;
}

/** The real toolbar popup, reached through the DevTools protocol (Playwright does not expose it as a Page). */
export interface ToolbarPopup {
  /** Evaluates an expression in the popup and returns its value (promises are awaited). */
  evaluate<T>(expression: string): Promise<T>;
}

/** Brings `page` to front and opens the extension's toolbar popup on it, as a click on its icon does. */
export async function openToolbarPopup(ext: ExtensionBrowser, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  const opened = await ext.worker.evaluate('chrome.action.openPopup().then(() => "ok", (e) => String(e))');
  if (opened !== 'ok') throw new Error(`chrome.action.openPopup failed: ${opened}`);
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser-level DevTools session');
  const cdp = await browser.newBrowserCDPSession();
  let target: { targetId: string } | undefined;
  for (let i = 0; i < 50 && !target; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    target = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${ext.extensionId}/popup.html`));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('the toolbar popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const m = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    if (m.id !== undefined) pending.get(m.id)?.(m.result?.exceptionDetails ? new Error(m.result.exceptionDetails.text) : m.result?.result?.value);
  });
  return {
    evaluate: <T>(expression: string) =>
      new Promise<T>((resolve, reject) => {
        const id = ++next;
        pending.set(id, (v) => (v instanceof Error ? reject(v) : resolve(v as T)));
        const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } });
        cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
      }),
  };
}
