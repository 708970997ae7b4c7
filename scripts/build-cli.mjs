// Builds the `saywho` command (src/cli/main.ts) into dist-cli/saywho.mjs; `npm install` runs it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, bundle } from './lib/bundle.mjs';

export const buildCli = () => bundle('src/cli/main.ts', join(ROOT, 'dist-cli/saywho.mjs'));

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
