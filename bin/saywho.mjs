#!/usr/bin/env node
// The `saywho` command. Its code is src/cli/main.ts, bundled by `npm run build:cli` (run on install).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist-cli/saywho.mjs', import.meta.url));
if (!existsSync(built)) await import('../scripts/build-cli.mjs');
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
