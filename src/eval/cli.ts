/**
 * `npm run eval`: claim and speaker quality (EVAL.md §3, §4) and cost (§5, Node) on the annotated
 * corpora in ../shared. scripts/eval.mjs bundles this file and calls `main`.
 *
 *   npm run eval                              PolNeAR dev + German dev
 *   npm run eval -- --split train|dev|all     which split(s) (all: each reported separately)
 *   npm run eval -- --corpus polnear|german|all
 *   npm run eval -- --errors 5                5 example misses / false positives per class
 *   npm run eval -- --json out.json           every number as JSON
 *   npm run eval -- --no-cost                 skip the timing passes
 *   npm run eval -- --only TEXT               only the documents whose id contains TEXT
 *   npm run eval -- --split all --write-md    replace the "Claims and speakers" section of BENCHMARKS.md
 *   npm run eval -- --shared DIR              another copy of ../shared (or SAYWHO_SHARED)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGerman, loadPolnear, type LoadedCorpus, type Split } from './corpus';
import { engine } from './engine';
import { sampleErrors } from './errors';
import { claimsSection, replaceSection, SECTION_HEADING } from './markdown';
import { formatCost, formatErrorCounts, formatErrors, formatNotes, formatRules, formatScores, TARGETS } from './report';
import { evaluateCorpus, measureCost, type Cost, type CorpusResult } from './run';

export interface CliOptions {
  splits: Split[];
  corpora: ('polnear' | 'german')[];
  json: string | null;
  errors: number;
  cost: boolean;
  writeMd: boolean;
  /** Only documents whose id contains this (for debugging one article). */
  only: string | null;
  sharedDir: string;
}

const USAGE = 'usage: npm run eval -- [--split dev|train|all] [--corpus polnear|german|all] [--errors N] [--json FILE] [--no-cost] [--only TEXT] [--write-md] [--shared DIR]';

/** Parses the command line; throws with the usage on anything unknown. */
export function parseArgs(argv: readonly string[], defaultShared: string): CliOptions {
  const o: CliOptions = { splits: ['dev'], corpora: ['polnear', 'german'], json: null, errors: 0, cost: true, writeMd: false, only: null, sharedDir: defaultShared };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--split': {
        const v = value();
        if (v === 'all') o.splits = ['dev', 'train'];
        else if (v === 'dev' || v === 'train') o.splits = [v];
        else throw new Error(`--split must be dev, train or all, not ${v}\n${USAGE}`);
        break;
      }
      case '--corpus': {
        const v = value();
        if (v === 'all') o.corpora = ['polnear', 'german'];
        else if (v === 'polnear' || v === 'german') o.corpora = [v];
        else throw new Error(`--corpus must be polnear, german or all, not ${v}\n${USAGE}`);
        break;
      }
      case '--json':
        o.json = value();
        break;
      case '--errors': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new Error(`--errors needs a whole number, not ${v}\n${USAGE}`);
        o.errors = n;
        break;
      }
      case '--no-cost':
        o.cost = false;
        break;
      case '--only':
        o.only = value();
        break;
      case '--write-md':
        o.writeMd = true;
        break;
      case '--shared':
        o.sharedDir = value();
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  return o;
}

/** Runs the evaluation and prints the report; returns the process exit code. */
export async function main(
  argv: readonly string[],
  defaultShared: string,
  { log = console.log, projectRoot = process.cwd() }: { log?: (line: string) => void; projectRoot?: string } = {},
): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv, defaultShared);
  } catch (e) {
    log((e as Error).message);
    return 2;
  }
  const started = performance.now();
  const results: { result: CorpusResult; cost: Cost | null }[] = [];
  let failed = false;
  for (const corpus of o.corpora) {
    for (const split of o.splits) {
      let loaded: LoadedCorpus;
      try {
        loaded = corpus === 'polnear' ? loadPolnear(o.sharedDir, split) : loadGerman(o.sharedDir, split);
      } catch (e) {
        log(`eval: ${(e as Error).message}`);
        return 2;
      }
      if (o.only !== null) {
        const only = o.only;
        loaded = { ...loaded, documents: loaded.documents.filter((d) => d.id.includes(only)) };
      }
      const result = evaluateCorpus(loaded, engine);
      if (result.failures.length) failed = true;
      const cost = o.cost ? measureCost(loaded.documents, engine.extract) : null;
      results.push({ result, cost });
      log('');
      log(formatScores(result));
      if (result.failures.length) {
        const first = result.failures[0] as { docId: string; message: string };
        log(`  ENGINE FAILED on ${result.failures.length} document(s), scored as finding nothing; first: ${first.docId}:\n${first.message}`);
      }
      const notes = formatNotes(result);
      if (notes) log(notes);
      if (cost) log(formatCost('§5 claims + speakers', cost));
      log(formatErrorCounts(result));
      log('');
      log(formatRules(result));
      if (o.errors > 0) {
        log('');
        log(formatErrors(result, o.errors));
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  log('');
  log(`eval done in ${seconds.toFixed(1)} s (Node ${process.version}).`);
  if (o.json) {
    const data = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      options: { splits: o.splits, corpora: o.corpora, errors: o.errors, cost: o.cost },
      targets: TARGETS,
      results: results.map(({ result, cost }) => ({
        corpus: result.corpus,
        split: result.split,
        scores: result.scores,
        cost,
        notes: result.notes,
        failures: result.failures,
        errorCounts: Object.fromEntries(sampleErrors(result.errors, 0).map((x) => [x.cls, { total: x.total, reasons: x.reasons }])),
        errors: o.errors > 0 ? sampleErrors(result.errors, o.errors) : undefined,
      })),
      seconds,
    };
    writeFileSync(o.json, JSON.stringify(data, null, 2) + '\n');
    log(`wrote ${o.json}`);
  }
  if (o.writeMd && o.only !== null) {
    log('not writing BENCHMARKS.md for a --only subset');
  } else if (o.writeMd) {
    const file = join(projectRoot, 'BENCHMARKS.md');
    const md = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
    const split = o.splits.length > 1 ? 'all' : o.splits[0];
    const corpus = o.corpora.length > 1 ? 'all' : o.corpora[0];
    const command = `npm run eval -- --split ${split} --corpus ${corpus}${o.cost ? '' : ' --no-cost'} --write-md`;
    writeFileSync(file, replaceSection(md, SECTION_HEADING, claimsSection(results, { date: new Date().toISOString().slice(0, 10), node: process.version, command })));
    log(`wrote the "${SECTION_HEADING.slice(3)}" section of ${file}`);
  }
  return failed ? 1 : 0;
}
