// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';

const BIN = join(ROOT, 'bin/saywho.mjs');
const FIXTURE = join(ROOT, 'test/fixtures/pages/alaska-summit.html');

function saywho(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '' });
  return { code: r.status, out: r.stdout.toString(), err: r.stderr.toString() };
}

interface Out {
  article: { title: string | null; headline?: string | null; byline: string | null; published: string | null; lang: string | null; text: string };
  statements: { id: string; kind: string; quote: { text: string; spans: { start: number; end: number }[] }; cue: { start: number; end: number; text: string } | null; speaker: { id: string; name: string; mention: { start: number; end: number; text: string } | null } | null }[];
  speakers: { id: string; name: string; aliases: string[] }[];
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'saywho-cli-'));
  // Builds dist-cli on first use when it is missing.
  expect(saywho(['--help']).code).toBe(0);
});

describe('saywho CLI errors', () => {
  const oneLine = (s: string) => expect(s.trim().split('\n')).toHaveLength(1);
  it('rejects a missing file', () => {
    const r = saywho(['page', join(tmp, 'nope.html')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^saywho: no such file: /);
    oneLine(r.err);
    expect(r.out).toBe('');
  });
  it('rejects empty input', () => {
    for (const input of ['', '  \n\n ']) {
      const r = saywho(['extract'], input);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/^saywho: empty input/);
      oneLine(r.err);
    }
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '');
    expect(saywho(['page', empty]).err).toMatch(/^saywho: empty file/);
  });
  it('rejects input that is not UTF-8', () => {
    const r = saywho(['extract'], Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x20, 0xc3, 0x28]));
    expect(r.code).not.toBe(0);
    expect(r.err).toBe('saywho: standard input is not valid UTF-8\n');
  });
  it('rejects unknown commands and options with usage', () => {
    expect(saywho(['frobnicate']).code).not.toBe(0);
    expect(saywho(['page', FIXTURE, '--bogus']).err).toMatch(/unknown option: --bogus/);
  });
});

describe('saywho extract', () => {
  it('prints statements and speakers whose offsets point into the input', () => {
    const text = '“We covered almost everything,” Witkoff said.\n\n“We began to see some moderation,” he added.';
    const r = saywho(['extract'], text);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Omit<Out, 'article'>;
    expect(out.statements.length).toBeGreaterThan(0);
    for (const s of out.statements) {
      expect(['direct', 'mixed', 'indirect']).toContain(s.kind);
      for (const span of s.quote.spans) expect(s.quote.text).toContain(text.slice(span.start, span.end));
      if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      if (s.speaker?.mention) expect(text.slice(s.speaker.mention.start, s.speaker.mention.end)).toBe(s.speaker.mention.text);
    }
  });
});

describe('saywho page', () => {
  it('reads a page whose style sheet jsdom cannot parse (SCSS left in a <style>)', () => {
    const file = join(tmp, 'scss.html');
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of a story about the budget, long enough to count as text of an article body here.</p>`);
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Budget story</title><meta property="og:type" content="article"><style>.a{width:calc(($a - $b) / 16)}</style></head><body><article><h1>Budget story</h1>${paragraphs.join('')}<p>“We will balance the budget this year,” Finance Minister Ana Lima said on Tuesday.</p></article></body></html>`,
    );
    const r = saywho(['page', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Out;
    expect(out.article.title).toBe('Budget story');
    expect(out.statements.map((s) => s.speaker?.name)).toContain('Ana Lima');
  });

  it('prints the headline as the page shows it beside the declared title (what the popup shows)', () => {
    const file = join(tmp, 'headline.html');
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of a story about the budget, long enough to count as text of an article body here.</p>`);
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Daily News - Latest News &amp; Headlines</title><meta property="og:type" content="article"></head><body><article><h1>Budget   passes\n   after a long night</h1>${paragraphs.join('')}</article></body></html>`,
    );
    const out = JSON.parse(saywho(['page', file]).out) as Out;
    expect(out.article.title).toBe('Daily News - Latest News & Headlines');
    expect(out.article.headline).toBe('Budget passes after a long night');
  });

  it('detects the article of a saved page and extracts from its body text', () => {
    const r = saywho(['page', FIXTURE, '--url', 'https://ledger.example/world/alaska']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Out;
    expect(out.article.title).toBe('Putin Agreed To ‘Robust’ US Security Guarantees For Ukraine In Meeting With Trump, Claims Witkoff');
    expect(out.article.lang).toBe('en');
    expect(out.article.text).toContain('“We covered almost all the other issues necessary for a peace deal,” Witkoff said, without elaborating.');
    for (const chrome of ['Read More', 'view comments', 'Related stories', 'Alaska meeting: Trump-Putin hold discussions', 'World Briefing', 'Privacy policy'])
      expect(out.article.text).not.toContain(chrome);
    for (const s of out.statements)
      for (const span of s.quote.spans) expect(s.quote.text).toContain(out.article.text.slice(span.start, span.end));
  });
});
