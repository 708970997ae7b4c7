import { readFileSync } from 'node:fs';
import { analysePage } from '../pipeline/page';
import { shownHeadline } from '../article';
import { extract } from '../pipeline/extract';

const USAGE = `usage:
  saywho extract < article.txt          statements and speakers of a plain-text article, as JSON
  saywho page FILE.html [--url URL]     detect the article in a saved page, then the same, as JSON`;

class CliError extends Error {}

/** Decodes input that must be UTF-8 (a BOM is allowed), or fails with a clear message. */
function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${what} is not valid UTF-8`);
  }
}

function readInput(path: string | null): Buffer {
  try {
    return readFileSync(path ?? 0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new CliError(`is a directory: ${path}`);
    throw new CliError(`cannot read ${path ?? 'standard input'}: ${(error as Error).message}`);
  }
}

/** Plain text from stdin → JSON. Paragraphs may be separated by blank lines or single newlines. */
function runExtract(): unknown {
  const text = decodeUtf8(readInput(null), 'standard input');
  if (text.trim() === '') throw new CliError('empty input: pipe an article in, e.g. saywho extract < article.txt');
  return extract(text);
}

async function runPage(args: string[]): Promise<unknown> {
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') {
      url = args[++i];
      if (!url) throw new CliError('--url needs a value');
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('-')) throw new CliError(`unknown option: ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new CliError('saywho page takes one HTML file');
  const bytes = readInput(files[0]!);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new CliError(`empty file: ${files[0]}`);
  const { parseHtml } = await import('./html');
  // Saved pages are usually re-encoded as UTF-8 while keeping their original <meta charset>: bytes
  // that are valid UTF-8 are read as such; others are left to jsdom's sniffing (BOM, <meta charset>).
  let html: string | Buffer = bytes;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: sniff
  }
  const { dom } = parseHtml(html, url ?? 'https://example.invalid/');
  try {
    const { detection, extraction } = analysePage(dom.window.document);
    const article = detection.isArticle
      ? { title: detection.title, headline: shownHeadline(detection), byline: detection.byline, published: detection.published, lang: detection.lang, text: detection.text }
      : { title: detection.meta.title, byline: detection.meta.byline, published: detection.meta.published, lang: detection.meta.lang, text: '', notArticle: detection.reason };
    return { article, ...extraction };
  } finally {
    dom.window.close();
  }
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    let result: unknown;
    if (command === 'extract' && rest.length === 0) result = runExtract();
    else if (command === 'page') result = await runPage(rest);
    else if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else throw new CliError(command ? `unknown command: ${[command, ...rest].join(' ')}\n${USAGE}` : USAGE);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`saywho: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`saywho: internal error: ${(error as Error).message}\n`);
    return 1;
  }
}
