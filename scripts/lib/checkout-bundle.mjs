// The in-process A/B benches' loader: the product's own modules of one checkout, bundled by esbuild from an entry that
// re-exports them (resolved inside that checkout) into .bench/, and imported, so that two checkouts run side by side
// in one process.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * `entry` (TypeScript re-exports) bundled from checkout `dir` into `.bench/<file>.mjs` and imported. `sourcefile` names
 * the entry in esbuild's messages; `logLevel` is esbuild's; `fresh` imports past Node's module cache (a rebuilt file of
 * the same name).
 */
export async function loadCheckout(dir, file, entry, { sourcefile, logLevel = 'error', fresh = false } = {}) {
  mkdirSync('.bench', { recursive: true });
  const outfile = resolve(`.bench/${file}.mjs`);
  await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'ts', ...(sourcefile ? { sourcefile } : {}) },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel,
  });
  return import(fresh ? `${outfile}?${Date.now()}` : outfile);
}
