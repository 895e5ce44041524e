// Finding the browser binaries: a path as given, or a bare name looked up on PATH.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FIREFOX_PATHS } from './browser/firefox.ts';

/** A path as given, or a bare name looked up on PATH (`--chromium chromium`). */
export function findExecutable(name: string, pathVar: string | undefined): string | null {
  if (name.includes('/') || name.includes(path.sep)) return existsSync(name) ? name : null;
  for (const d of (pathVar ?? '').split(path.delimiter)) {
    if (d && existsSync(path.join(d, name))) return path.join(d, name);
  }
  return null;
}

/** The Firefox binary: --firefox (path or name on PATH), else /usr/bin/firefox-esr, else firefox on PATH. */
export function findFirefox(given: string | null, pathVar: string | undefined): string | null {
  if (given !== null) return findExecutable(given, pathVar);
  for (const p of DEFAULT_FIREFOX_PATHS) {
    const found = findExecutable(p, pathVar);
    if (found) return found;
  }
  return null;
}
