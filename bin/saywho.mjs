#!/usr/bin/env node
// The `saywho` command. Its code is src/cli/main.ts, bundled into dist-cli/ by `npm run build:cli`
// (run on install); rebuilt here first when it is missing or older than a file of src/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist-cli/saywho.mjs', import.meta.url));
const src = fileURLToPath(new URL('../src', import.meta.url));

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(built) || (existsSync(src) && newest(src) > statSync(built).mtimeMs)) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
