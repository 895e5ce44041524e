import { describe, expect, it } from 'vitest';
import { auditability } from './auditability.ts';

describe('auditability', () => {
  const cases: Array<[unknown, boolean, RegExp?]> = [
    ['https://www.example.com/', true],
    ['http://127.0.0.1:8080/x', true],
    ['HTTPS://EXAMPLE.org', true],
    ['chrome://extensions/', false, /browser or extension page/],
    ['chrome://newtab/', false, /chrome:/],
    ['about:blank', false, /about:/],
    ['about:debugging', false, /browser/],
    ['edge://settings', false, /browser/],
    ['chrome-extension://abc/popup.html', false, /extension page/],
    ['moz-extension://abc/popup.html', false, /extension page/],
    ['view-source:https://a.example/', false, /browser/],
    ['file:///home/u/index.html', false, /Local files/],
    ['data:text/html,<p>hi', false, /data: scheme/],
    ['ftp://files.example/', false, /ftp: scheme/],
    ['https://chromewebstore.google.com/detail/abc', false, /Chrome Web Store/],
    ['https://chrome.google.com/webstore/category/extensions', false, /Chrome Web Store/],
    ['https://chrome.google.com/webstore', false, /Chrome Web Store/],
    ['https://chrome.google.com/intl/en/chrome/', true],
    ['https://chrome.google.com/webstoreX', true],
    ['https://addons.mozilla.org/en-US/firefox/', false, /Firefox protects/],
    ['https://support.mozilla.org/', false, /Firefox protects/],
    ['https://www.mozilla.org/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', false, /Edge Add-ons/],
    ['', false, /not available/],
    ['   ', false, /not available/],
    [undefined, false, /not available/],
    [42, false, /not available/],
    ['not a url', false, /not a valid URL/],
    ['http://', false, /not a valid URL/],
  ];
  it.each(cases)('%s -> ok=%s', (url, ok, reason) => {
    const a = auditability(url);
    expect(a.ok).toBe(ok);
    if (!a.ok && reason) expect(a.reason).toMatch(reason);
  });

  it.each([
    ['chrome://extensions/', 'browser-page', 'chrome'],
    ['ftp://files.example/', 'scheme', 'ftp'],
    ['file:///x', 'file', undefined],
    ['https://chromewebstore.google.com/', 'chrome-store', undefined],
    ['https://microsoftedge.microsoft.com/addons/x', 'edge-store', undefined],
    ['https://addons.mozilla.org/', 'firefox-protected', undefined],
    ['', 'no-url', undefined],
    ['not a url', 'invalid-url', undefined],
  ])('%s has the code %s for the popup to word', (url, code, scheme) => {
    const a = auditability(url);
    expect(a.ok ? null : [a.code, a.scheme]).toEqual([code, scheme]);
  });
});
