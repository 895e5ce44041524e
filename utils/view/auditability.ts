// Can the extension audit a tab? Decided from its URL alone, with the reason worded for the popup.
import { parseUrl } from '../url/url.ts';

/** Why a tab cannot be audited; the popup words it in the UI language, `reason` is the English text. */
export type CannotAuditCode =
  'no-url' | 'invalid-url' | 'file' | 'browser-page' | 'scheme' | 'chrome-store' | 'edge-store' | 'firefox-protected';

export type Auditability = { ok: true } | { ok: false; reason: string; code: CannotAuditCode; scheme?: string };

// Stores and account pages that browsers shield from every extension's webRequest and content scripts.
const CHROME_PROTECTED =
  'The Chrome Web Store is protected by the browser: no extension can observe it, so it cannot be audited.';
const EDGE_PROTECTED =
  'The Edge Add-ons store is protected by the browser: no extension can observe it, so it cannot be audited.';
const FIREFOX_PROTECTED =
  "Firefox protects Mozilla's add-on and account sites from all extensions, so this page cannot be audited.";
// Firefox's default extensions.webextensions.restrictedDomains.
const FIREFOX_RESTRICTED: ReadonlySet<string> = new Set([
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);
const BROWSER_SCHEMES: ReadonlySet<string> = new Set([
  'chrome',
  'edge',
  'brave',
  'opera',
  'vivaldi',
  'about',
  'chrome-search',
  'chrome-untrusted',
  'devtools',
  'resource',
  'moz-extension',
  'chrome-extension',
  'extension',
  'view-source',
]);

/** Can the extension record this tab's page? Decided from the URL alone. */
export function auditability(url: unknown): Auditability {
  if (typeof url !== 'string' || url.trim() === '') {
    return { ok: false, code: 'no-url', reason: 'The address of this tab is not available, so it cannot be audited.' };
  }
  const p = parseUrl(url.trim());
  if (!p)
    return {
      ok: false,
      code: 'invalid-url',
      reason: 'The address of this tab is not a valid URL, so it cannot be audited.',
    };
  if (p.scheme !== 'http' && p.scheme !== 'https') {
    if (p.scheme === 'file') {
      return {
        ok: false,
        code: 'file',
        reason: 'Local files (file://) are not websites: only http and https pages can be audited.',
      };
    }
    if (BROWSER_SCHEMES.has(p.scheme)) {
      return {
        ok: false,
        code: 'browser-page',
        scheme: p.scheme,
        reason: `This is a browser or extension page (${p.scheme}:): extensions cannot observe it. Open a website to audit it.`,
      };
    }
    return {
      ok: false,
      code: 'scheme',
      scheme: p.scheme,
      reason: `Pages with the ${p.scheme}: scheme cannot be audited: only http and https pages can.`,
    };
  }
  if (p.host === 'chromewebstore.google.com') return { ok: false, code: 'chrome-store', reason: CHROME_PROTECTED };
  if (p.host === 'chrome.google.com' && (p.path === '/webstore' || p.path.startsWith('/webstore/'))) {
    return { ok: false, code: 'chrome-store', reason: CHROME_PROTECTED };
  }
  if (p.host === 'microsoftedge.microsoft.com' && (p.path === '/addons' || p.path.startsWith('/addons/'))) {
    return { ok: false, code: 'edge-store', reason: EDGE_PROTECTED };
  }
  if (FIREFOX_RESTRICTED.has(p.host)) return { ok: false, code: 'firefox-protected', reason: FIREFOX_PROTECTED };
  return { ok: true };
}
