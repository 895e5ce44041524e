// Chrome's worker loads the popup's first-screen code from this file at the popup's first connect
// (entrypoints/background/first-screen-lazy.ts), so that a wake does not load it with the worker's own script.
// Firefox's background bundles it.
import { FirstScreenCache } from './background/first-screen-cache.ts';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript({
  exclude: ['firefox'], // every build whose worker imports it (wxt.config.ts aliases it for all but Firefox)
  main() {
    (globalThis as { consentAuditorFirstScreen?: unknown }).consentAuditorFirstScreen = { FirstScreenCache };
  },
});
