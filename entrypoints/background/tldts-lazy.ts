// The worker's `tldts` (wxt.config.ts aliases it here for the background build): loaded on first use, not while the
// worker starts. A wake needs it only for a host not seen before the worker stopped (the store keeps the hosts' infos:
// utils/record/tab-hosts.ts). In Chrome it is a script of its own (entrypoints/tldts.ts), imported by the install
// handler, which puts it among the worker's installed scripts, then again at the first use after each wake; a
// service worker may import after its install only what it imported during it.
import type * as Tldts from 'tldts';

// Resolved by the bundler: tldts's CommonJS build, wrapped so that it is evaluated at the first require() call.
declare const require: (id: string) => typeof Tldts;
declare const importScripts: (...urls: string[]) => void;

const SCRIPT = '/tldts.js';

let tldts: typeof Tldts | null = null;

function loadTldts(): typeof Tldts {
  if (tldts) return tldts;
  if (import.meta.env.FIREFOX) return (tldts = require('tldts/dist/cjs/index.js'));
  importScripts(SCRIPT);
  const loaded = (globalThis as { consentAuditorTldts?: typeof Tldts }).consentAuditorTldts;
  if (!loaded) throw new Error(`${SCRIPT} did not define tldts`);
  return (tldts = loaded);
}

/** Registered at start (synchronously, as every listener): the install imports the script once. */
export function installTldts(): void {
  if (import.meta.env.FIREFOX) return;
  self.addEventListener('install', () => importScripts(SCRIPT));
}

export const parse: typeof Tldts.parse = (url, options) => loadTldts().parse(url, options);
