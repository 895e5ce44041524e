// Scripts Chrome's worker imports on first use, not at every wake: each is an unlisted entrypoint that puts its library
// on a global. A service worker may import after its install only what it imported during it, so the install handler
// imports them all once. Firefox's background bundles the libraries instead (no importScripts there).
declare const importScripts: (...urls: string[]) => void;

/** Every lazy script of the worker: entrypoints/tldts.ts, iabtcf.ts and autoconsent-snippets.ts. */
const LAZY_SCRIPTS = ['/tldts.js', '/iabtcf.js', '/autoconsent-snippets.js'];

/** Registered at start (synchronously, as every listener): the install imports each script once. */
export function installLazyScripts(): void {
  if (import.meta.env.FIREFOX) return;
  self.addEventListener('install', () => importScripts(...LAZY_SCRIPTS));
}

/** The library a lazy script defines, imported now unless this worker has it already (after its install). */
export function loadLazyScript<T>(url: string, name: string): T {
  const global = globalThis as unknown as Record<string, T | undefined>;
  if (global[name] === undefined) importScripts(url);
  const loaded = global[name];
  if (loaded === undefined) throw new Error(`${url} did not define ${name}`);
  return loaded;
}
