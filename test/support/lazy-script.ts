// Chrome's worker loads its lazy scripts with importScripts, and each script defines one global
// (entrypoints/background/lazy-scripts.ts). The unit tests' stand-in for that: importing `url` defines `name` as
// `value`; both globals are removed after the file's tests.
import { afterAll, vi } from 'vitest';

export function standInScript(url: string, name: string, value: unknown) {
  const g = globalThis as Record<string, unknown>;
  const importScripts = vi.fn((u: string) => {
    if (u === url) g[name] = value;
  });
  g.importScripts = importScripts;
  afterAll(() => {
    delete g.importScripts;
    delete g[name];
  });
  return importScripts;
}
