// Scripts Chrome's worker imports on first use, not at every wake: each is an unlisted entrypoint that puts its library
// on a global. A service worker may import after its install only what it imported during it, so the install handler
// imports them all once. Firefox's background bundles the libraries instead (no importScripts there).
declare const importScripts: (...urls: string[]) => void;

/**
 * Every lazy script of the worker: entrypoints/tldts.ts, iabtcf.ts, autoconsent-snippets.ts, form-test-engine.ts,
 * first-screen.ts.
 */
const LAZY_SCRIPTS = [
  '/tldts.js',
  '/iabtcf.js',
  '/autoconsent-snippets.js',
  '/form-test-engine.js',
  '/first-screen.js',
];

/** Registered at start (synchronously, as every listener): the install imports each script once. */
export function installLazyScripts(): void {
  if (import.meta.env.FIREFOX) return;
  self.addEventListener('install', () => importScripts(...LAZY_SCRIPTS));
}

/** The library a lazy script defines, imported now unless this worker has it already (after its install). */
export function loadLazyScript<T>(url: string, name: string): T {
  const global = globalThis as unknown as Record<string, T | undefined>;
  try {
    if (global[name] === undefined) importScripts(url);
  } catch (e) {
    throw lazyScriptError(`${url} could not be imported: ${e instanceof Error ? e.message : String(e)}`);
  }
  const loaded = global[name];
  if (loaded === undefined) throw lazyScriptError(`${url} did not define ${name}`);
  return loaded;
}

/**
 * A lazy script that failed to load is the extension's own failure, never a fact about the page: callers that classify
 * a library's errors as the input's (a TC string read as garbage) let it through by this name (utils/consent/tcf.ts),
 * and the worker's event path notes it in the record (RecordBuilder.applyOrNote).
 */
function lazyScriptError(message: string): Error {
  const e = new Error(message);
  e.name = 'LazyScriptError';
  return e;
}
