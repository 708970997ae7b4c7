// Bundles a TypeScript entry of src/ into one ES module that Node can import, with esbuild
// (which WXT already brings). Used by the CLI build, the evaluations and the benchmarks.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles `entry` (a path relative to the project root) to `outfile` (default: a file in
 * node_modules/.cache/saywho/) and returns the output's absolute path. Node built-ins and the
 * project's runtime dependencies stay external.
 */
export async function bundle(entry, outfile = join(ROOT, 'node_modules/.cache/saywho', entry.replace(/[/\\]/g, '_').replace(/\.ts$/, '.mjs'))) {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['jsdom', '@mozilla/readability', 'playwright-core', 'esbuild'],
    alias: { '@': ROOT },
  });
  return outfile;
}

/** Bundles `entry` and imports it. */
export async function importTs(entry) {
  const file = await bundle(entry);
  return import(`${pathToFileURL(file).href}?t=${Date.now()}`);
}
