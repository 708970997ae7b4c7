#!/usr/bin/env node
// Claim and speaker quality on the annotated corpora (EVAL.md §3, §4) and cost in Node (§5).
//
//   npm run eval                              PolNeAR dev + German dev, with per-rule table and cost
//   npm run eval -- --split train|dev|all     which split(s); `all` reports each split separately
//   npm run eval -- --corpus polnear|german|all
//   npm run eval -- --errors N                N example misses / false positives per class
//   npm run eval -- --json FILE               every number as JSON
//   npm run eval -- --no-cost                 skip the timing passes
//   npm run eval -- --only TEXT               only the documents whose id contains TEXT
//   npm run eval -- --split all --write-md    replace the "Claims and speakers" section of BENCHMARKS.md
//
// Reads ../shared in place (or $SAYWHO_SHARED, or --shared DIR); fails clearly when it is missing.
// The logic lives in src/eval (typed, unit-tested); this script bundles it with esbuild and runs it.
import { resolve } from 'node:path';
import { ROOT, importTs } from './lib/bundle.mjs';

const shared = process.env.SAYWHO_SHARED ? resolve(process.env.SAYWHO_SHARED) : resolve(ROOT, '..', 'shared');
const { main } = await importTs('src/eval/cli.ts');
process.exitCode = await main(process.argv.slice(2), shared, { projectRoot: ROOT });
