// `npm run demo`: builds SayWho, opens Chromium with it on the bundled sample article (and a few real
// pages from ../shared when present). With a display it stays open for you; without one it runs
// headless, saves a screenshot of each page and of its popup, and prints the statements.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, importTs } from './lib/bundle.mjs';

const b = await importTs('test/support/browser.ts');
if (!b.findChromium()) {
  console.error('SayWho demo: no Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, google-chrome).');
  console.error('Install it with:  sudo apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)');
  process.exit(1);
}

console.log('Building the extension…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
const pages = ['/fixtures/alaska-summit.html'];
for (const name of ['cnn', 'nytimes-1', 'wapo-1']) {
  if (existsSync(join(b.SHARED, 'pages/readability', name, 'source.html'))) pages.push(`/shared/readability/${name}/source.html`);
}

const server = await b.startServer();
const ext = await b.launchWithExtension({ headed });
const out = join(ROOT, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
if (!headed) mkdirSync(out, { recursive: true });

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
try {
  for (const [i, path] of pages.entries()) {
    const page = await ext.context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await b.waitForSayWho(page).catch(() => {});
    const popup = await b.openPopup(ext, page);
    await popup.waitForSelector('li.statement, .empty:not(.loading)', { timeout: 10_000 }).catch(() => {});
    const title = await popup.$eval('h1', (e) => e.textContent).catch(() => path);
    const rows = await popup.$$eval('li.statement', (items) =>
      items.map((li) => [li.getAttribute('data-statement'), li.querySelector('.kind').textContent, li.querySelector('.speaker').textContent, li.querySelector('.quote').textContent]),
    );
    console.log(`\n${path}\n  ${title}`);
    if (rows.length === 0) console.log(`  ${await popup.$eval('.empty', (e) => e.textContent).catch(() => 'no statements')}`);
    for (const [id, kind, speaker, quote] of rows) {
      console.log(`  ${id.padEnd(4)} ${kind.padEnd(14)} ${clip(speaker, 24).padEnd(24)} ${clip(quote.replace(/\s+/g, ' '), 90)}`);
    }
    if (!headed) {
      await page.bringToFront();
      const first = await page.$('saywho-mark');
      await first?.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(out, `${i + 1}-page.png`) });
      await popup.screenshot({ path: join(out, `${i + 1}-popup.png`), fullPage: true });
      await page.close();
      await popup.close();
    }
  }
  if (headed) {
    console.log('\nChromium is open with SayWho on the pages above (the popup of each is the extra tab). Press Ctrl-C to quit.');
    await new Promise((resolve) => ext.context.on('close', resolve));
  } else {
    console.log(`\nScreenshots of each page and its popup: ${relative(process.cwd(), out) || out}`);
  }
} finally {
  await ext.close().catch(() => {});
  await server.close();
}
