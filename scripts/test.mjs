// `npm test`: typecheck, lint, both builds, then every Vitest test (unit and real-Chromium e2e).
// Ends with the plain line CI reads, `N passed, N failed`, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/bundle.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['build (chrome)', 'npx', ['wxt', 'build']],
  ['build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--warnings-as-errors']],
  ['build (cli)', 'node', ['scripts/build-cli.mjs']],
];

let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed (exit ${r.status})`);
  }
}

const report = join(ROOT, 'node_modules/.cache/saywho/vitest.json');
mkdirSync(join(ROOT, 'node_modules/.cache/saywho'), { recursive: true });
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no tests to count: count the file.
  for (const file of json.testResults ?? []) if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++;
  if (json.numTotalTests === 0) {
    console.error('✗ vitest ran no test');
    failed++;
  }
} else {
  console.error(`✗ vitest wrote no report (exit ${vitest.status})`);
  failed++;
}
if (vitest.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
