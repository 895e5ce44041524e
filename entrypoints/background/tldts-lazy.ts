// The worker's `tldts` (wxt.config.ts aliases it here for the background build): evaluated on first use, not while the
// worker starts. Its suffix table takes a few milliseconds to build; a wake needs it only for a host not seen before
// the worker stopped (the store keeps the hosts' infos: utils/record/tab-hosts.ts).
import type * as Tldts from 'tldts';

// Resolved by the bundler: tldts's CommonJS build, wrapped so that it is evaluated at the first require() call.
declare const require: (id: string) => typeof Tldts;

let tldts: typeof Tldts | null = null;

export function loadTldts(): typeof Tldts {
  return (tldts ??= require('tldts/dist/cjs/index.js'));
}

export const parse: typeof Tldts.parse = (url, options) => loadTldts().parse(url, options);
