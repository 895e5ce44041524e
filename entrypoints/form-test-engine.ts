// Chrome's worker loads the form test's engine from this file when a test starts (entrypoints/background/
// form-test-engine-lazy.ts), so that a wake does not load its canary code with the worker's own script. Firefox's
// background bundles it.
import { canariesFor, fillTab, watchTab } from './background/form-test-engine.ts';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript({
  exclude: ['firefox'], // every build whose worker imports it (wxt.config.ts aliases it for all but Firefox)
  main() {
    (globalThis as { consentAuditorFormTest?: unknown }).consentAuditorFormTest = { canariesFor, fillTab, watchTab };
  },
});
