// Chrome's worker loads tldts from this file on first use (entrypoints/background/tldts-lazy.ts), so that a wake does
// not load its 132 kB with the worker's own script. Firefox's background bundles it (no importScripts there).
import type * as Tldts from 'tldts';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// Resolved by the bundler: tldts's CommonJS build keeps one copy of its label string (the ES build's is inlined 3x).
declare const require: (id: string) => typeof Tldts;

export default defineUnlistedScript({
  exclude: ['firefox'], // every build whose worker imports it (lazy-scripts.ts: all but Firefox)
  main() {
    (globalThis as { consentAuditorTldts?: typeof Tldts }).consentAuditorTldts = require('tldts/dist/cjs/index.js');
  },
});
