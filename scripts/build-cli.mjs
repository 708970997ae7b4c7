// Builds the `saywho` command (src/cli/main.ts) into dist-cli/saywho.mjs; `npm install` runs it.
import { join } from 'node:path';
import { ROOT, bundle } from './lib/bundle.mjs';

await bundle('src/cli/main.ts', join(ROOT, 'dist-cli/saywho.mjs'));
