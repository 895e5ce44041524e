import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, InlineConfig } from 'vite';
import { resolve } from 'node:path';

// `npm run bench` alone sets this (wake: wake-time figures in the ping reply; floor: listeners that do nothing) and builds
// into .bench/; the release build gets '' and bundles neither (test/e2e/release-build.test.ts greps for them).
const BENCH = process.env.CONSENT_AUDITOR_BENCH ?? '';
if (!['', 'wake', 'floor'].includes(BENCH))
  throw new Error(`CONSENT_AUDITOR_BENCH must be wake or floor, not ${BENCH}`);

/**
 * Builds that use the browser's own promise-based `browser`/`chrome` (Chrome MV3 and Firefox have it for every API they
 * call; the worker answers messages through sendResponse): they neither ship nor evaluate the webextension polyfill at
 * every worker wake, nor the recorder at every page's and frame's document_start (it only sends, and its replies are
 * read as the polyfill read them: withPolyfillReplies). Every other build keeps it (their listeners return promises).
 */
const NATIVE_BROWSER = new Set(['background', 'recorder']);
const POLYFILL_ALIAS = { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' };
/** The worker's tldts is evaluated on first use, not at every wake (entrypoints/background/tldts-lazy.ts). */
const LAZY_TLDTS_ALIAS = { find: /^tldts$/, replacement: resolve('entrypoints/background/tldts-lazy.ts') };
/** Chrome's worker loads @iabtcf/core at its first TC string (entrypoints/background/iabtcf-lazy.ts); Firefox bundles it. */
const LAZY_IABTCF_ALIAS = { find: /^@iabtcf\/core$/, replacement: resolve('entrypoints/background/iabtcf-lazy.ts') };
/** And autoconsent's main-world snippets at the first one a rule runs (entrypoints/background/autoconsent-lazy.ts). */
const LAZY_AUTOCONSENT_ALIAS = {
  find: /^@duckduckgo\/autoconsent$/,
  replacement: resolve('entrypoints/background/autoconsent-lazy.ts'),
};
/** And the form test's engine when a test starts (entrypoints/background/form-test-engine-lazy.ts). */
const LAZY_FORM_TEST_ALIAS = {
  find: /^\.\/form-test-engine\.ts$/,
  replacement: resolve('entrypoints/background/form-test-engine-lazy.ts'),
};
/** And the popup's first screen at the popup's first connect (entrypoints/background/first-screen-lazy.ts). */
const LAZY_FIRST_SCREEN_ALIAS = {
  find: /^\.\/first-screen-cache\.ts$/,
  replacement: resolve('entrypoints/background/first-screen-lazy.ts'),
};
/** Profiling only (scripts/probe-popup-profile.mjs): a build with readable function names, into .bench/ext-names/. */
const NAMES = process.env.CONSENT_AUDITOR_NAMES === '1';
let targetBrowser = '';
function withAlias(config: InlineConfig, first: Alias): void {
  const alias = config.resolve?.alias ?? [];
  const list = Array.isArray(alias)
    ? (alias as Alias[])
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = { ...config.resolve, alias: [first, ...list] };
}
const withPolyfill = (config: InlineConfig): void => withAlias(config, POLYFILL_ALIAS);

// Every permission here is justified in README.md ("Permissions") and pinned by test/manifest.test.ts.
export default defineConfig({
  imports: false,
  hooks: {
    // `imports: false` still runs WXT's unimport plugin with its presets: a method named `storage(` (form-watch.ts) got
    // `import { storage } from 'wxt/utils/storage'` injected, and the worker evaluated @wxt-dev/storage at every wake.
    'config:resolved': (wxt) => {
      targetBrowser = wxt.config.browser;
      wxt.config.imports = { ...wxt.config.imports, presets: [], imports: [] };
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // The first screen's script runs in the worker, which has @iabtcf/core from its own script: not a second copy.
      if (entrypoints.some((e) => e.name === 'first-screen')) withAlias(config, LAZY_IABTCF_ALIAS);
      if (!entrypoints.every((e) => NATIVE_BROWSER.has(e.name))) withPolyfill(config);
      else if (entrypoints.some((e) => e.name === 'background')) {
        withAlias(config, LAZY_TLDTS_ALIAS);
        if (targetBrowser !== 'firefox') {
          withAlias(config, LAZY_IABTCF_ALIAS);
          withAlias(config, LAZY_AUTOCONSENT_ALIAS);
          withAlias(config, LAZY_FORM_TEST_ALIAS);
          withAlias(config, LAZY_FIRST_SCREEN_ALIAS);
        }
      }
    },
    // `wxt` (dev) serves the pages from one server; the worker is built as above.
    'vite:devServer:extendConfig': withPolyfill,
  },
  ...(BENCH ? { outDir: `.bench/ext-${BENCH}` } : NAMES ? { outDir: '.bench/ext-names' } : {}),
  vite: () => ({
    ...(NAMES ? { build: { minify: false } } : {}),
    plugins: [preact()],
    define: { 'import.meta.env.BENCH': JSON.stringify(BENCH) },
  }),
  manifest: ({ browser }) => ({
    // Name, description and the toolbar title come from public/_locales/{en,de}/messages.json (the browser's language picks).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // dns (Firefox only; Chrome has no such API): the popup resolves first-party hosts to see CNAME cloaking.
    // webNavigation (Chrome only; Firefox does not prerender): when a prerendered page is shown (README Permissions).
    permissions: [
      'webRequest',
      'cookies',
      'storage',
      'tabs',
      'unlimitedStorage',
      'browsingData',
      'scripting',
      ...(browser === 'firefox' ? ['dns'] : ['webNavigation']),
    ],
    host_permissions: ['<all_urls>'],
    // Extension pages load only their own code and may not connect anywhere but the extension itself.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or transmitted: the audit stays in the browser until the user exports it.
            gecko: {
              id: '{ee693e97-ce3d-4169-95f1-89254a690add}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (web-ext lint warns otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
