// The worker's `tldts` (wxt.config.ts aliases it here for the background build): loaded on first use, not while the
// worker starts. A wake needs it only for a host not seen before the worker stopped (the store keeps the hosts' infos:
// utils/record/tab-hosts.ts). In Chrome it is a script of its own (entrypoints/tldts.ts, lazy-scripts.ts).
import type * as Tldts from 'tldts';
import { loadLazyScript } from './lazy-scripts.ts';

// Resolved by the bundler: tldts's CommonJS build, wrapped so that it is evaluated at the first require() call.
declare const require: (id: string) => typeof Tldts;

let tldts: typeof Tldts | null = null;

function loadTldts(): typeof Tldts {
  if (tldts) return tldts;
  if (import.meta.env.FIREFOX) return (tldts = require('tldts/dist/cjs/index.js'));
  return (tldts = loadLazyScript<typeof Tldts>('/tldts.js', 'consentAuditorTldts'));
}

export const parse: typeof Tldts.parse = (url, options) => loadTldts().parse(url, options);
