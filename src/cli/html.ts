import { JSDOM, VirtualConsole } from 'jsdom';

/** jsdom's console messages (CSS it cannot parse, …) are not ours to print. */
const quiet = new VirtualConsole();

/**
 * A saved page as a jsdom Document (Node only: the CLI, benchmarks and tests). jsdom 29 throws while
 * parsing some pages' style sheets (SCSS leftovers such as `calc(($a - $b) / 16)`); style sheets hold
 * no article text, so on that error the page is parsed again with its `<style>` elements emptied.
 * `retried` says whether that happened.
 */
export function parseHtml(html: string | Buffer, url: string): { dom: JSDOM; retried: boolean } {
  const options = { url, contentType: 'text/html', virtualConsole: quiet };
  try {
    return { dom: new JSDOM(html, options), retried: false };
  } catch {
    const text = typeof html === 'string' ? html : html.toString('latin1');
    return { dom: new JSDOM(text.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2'), options), retried: true };
  }
}
