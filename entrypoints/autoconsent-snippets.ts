// Chrome's worker loads autoconsent's main-world snippets from this file at the first one a rule asks for
// (entrypoints/background/autoconsent-lazy.ts), so that a wake does not load them with the worker's own script.
// Firefox's background bundles them.
import { evalSnippets } from '@duckduckgo/autoconsent';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript({
  exclude: ['firefox'], // every build whose worker imports it (wxt.config.ts aliases it for all but Firefox)
  main() {
    (globalThis as { consentAuditorEvalSnippets?: unknown }).consentAuditorEvalSnippets = evalSnippets;
  },
});
