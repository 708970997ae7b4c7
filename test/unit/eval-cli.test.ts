// Command-line options of `npm run eval` and the BENCHMARKS.md section replacement.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/eval/cli';
import { replaceSection, SECTION_HEADING } from '../../src/eval';

describe('parseArgs', () => {
  it('defaults to the dev split of both corpora, with cost', () => {
    expect(parseArgs([], '/s')).toEqual({ splits: ['dev'], corpora: ['polnear', 'german'], json: null, errors: 0, cost: true, writeMd: false, only: null, sharedDir: '/s' });
  });
  it('reads every option, in both --flag value and --flag=value forms', () => {
    const o = parseArgs(['--split', 'all', '--corpus=german', '--json', 'x.json', '--errors', '4', '--no-cost', '--write-md', '--only', 'nyt_', '--shared', '/t'], '/s');
    expect(o).toEqual({ splits: ['dev', 'train'], corpora: ['german'], json: 'x.json', errors: 4, cost: false, writeMd: true, only: 'nyt_', sharedDir: '/t' });
    expect(parseArgs(['--split=train'], '/s').splits).toEqual(['train']);
  });
  it('rejects unknown options and bad values with the usage', () => {
    expect(() => parseArgs(['--split', 'test'], '/s')).toThrow(/dev, train or all[\s\S]*usage/);
    expect(() => parseArgs(['--errors', '-1'], '/s')).toThrow(/whole number/);
    expect(() => parseArgs(['--json'], '/s')).toThrow(/needs a value/);
    expect(() => parseArgs(['--frobnicate'], '/s')).toThrow(/unknown option/);
  });
});

describe('replaceSection', () => {
  const section = `${SECTION_HEADING}\n\nnew numbers\n`;
  it('replaces only its own section', () => {
    const md = `# Benchmarks\n\n## Article detection\n\nA\n\n${SECTION_HEADING}\n\nold numbers\n\n## Highlighting\n\nH\n`;
    expect(replaceSection(md, SECTION_HEADING, section)).toBe(`# Benchmarks\n\n## Article detection\n\nA\n\n${SECTION_HEADING}\n\nnew numbers\n\n## Highlighting\n\nH\n`);
  });
  it('replaces a last section to the end of the file', () => {
    const md = `# Benchmarks\n\n${SECTION_HEADING}\n\nold\n`;
    expect(replaceSection(md, SECTION_HEADING, section)).toBe(`# Benchmarks\n\n${section}`);
  });
  it('appends the section when it is missing', () => {
    expect(replaceSection('# Benchmarks\n\n## Article detection\n\nA\n', SECTION_HEADING, section)).toBe(`# Benchmarks\n\n## Article detection\n\nA\n\n${section}`);
  });
});
