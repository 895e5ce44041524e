// Chrome's worker loads @iabtcf/core from this file at its first TC string (entrypoints/background/iabtcf-lazy.ts), so
// that a wake does not load its 30 kB with the worker's own script. Firefox's background bundles it.
import { TCModelError, TCString } from '@iabtcf/core';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript({
  exclude: ['firefox'], // every build whose worker imports it (wxt.config.ts aliases it for all but Firefox)
  main() {
    (globalThis as { consentAuditorIabtcf?: unknown }).consentAuditorIabtcf = { TCString, TCModelError };
  },
});
