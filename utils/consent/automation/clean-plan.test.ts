import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromResponseStarted } from '../../observe/browser/adapter.ts';
import { buildRecord } from '../../record/record.ts';
import { navigation } from '../../../test/support/raw-events.ts';
import { cleanPlan, cookieUrl, storedConsentNames } from './clean-plan.ts';

describe('cleanPlan', () => {
  it('clears the site and the hosts that set cookies or storage on the last load, not hosts merely loaded (issue 15.9)', () => {
    const rec = buildRecord(1, [
      ...navigation('https://www.shop.example/', 1, 1000, 'm'),
      ...fromBeforeRequest({ requestId: 'a', url: 'https://px.tracker.example:8443/p.gif', type: 'image', tabId: 1 }),
      fromResponseStarted({
        requestId: 'a',
        url: 'https://px.tracker.example:8443/p.gif',
        statusCode: 200,
        tabId: 1,
        responseHeaders: [{ name: 'set-cookie', value: 'uid=1; Domain=tracker.example; Secure; SameSite=None' }],
      }),
      ...fromBeforeRequest({ requestId: 'b', url: 'wss://live.chat.example/socket', type: 'websocket', tabId: 1 }),
      ...fromBeforeRequest({ requestId: 'w', url: 'https://mail.webmail.example/logo.png', type: 'image', tabId: 1 }),
      ...fromBeforeRequest({ requestId: 'c', url: 'data:image/png;base64,AAAA', type: 'image', tabId: 1 }),
      {
        k: 'page-storage',
        t: 2000,
        api: 'localStorage',
        origin: 'https://widget.embed.example',
        key: 'w',
        value: '1',
        valueLength: 1,
        frameUrl: 'https://widget.embed.example/f.html',
      },
      // A write the browser refuses names a site it must not wipe.
      {
        k: 'page-cookie',
        t: 2100,
        api: 'document.cookie',
        name: 'x',
        value: '1',
        raw: 'x=1; Domain=webmail.example',
        frameUrl: 'https://www.shop.example/',
      },
    ]).record;
    expect(cleanPlan('https://www.shop.example/de/', rec)).toEqual({
      sites: ['embed.example', 'shop.example', 'tracker.example'],
      origins: ['https://px.tracker.example:8443', 'https://widget.embed.example', 'https://www.shop.example'],
      hostnames: ['px.tracker.example', 'widget.embed.example', 'www.shop.example'],
    });
  });
  it.each(['chrome://settings', 'about:blank', 'file:///tmp/x.html', 'not a url'])('nothing to clean on %s', (url) => {
    expect(cleanPlan(url, null)).toBeNull();
  });
});

describe('storedConsentNames', () => {
  it('names CMP and TCF cookies and storage keys, nothing else', () => {
    expect(
      storedConsentNames(
        [
          { name: 'OptanonConsent', domain: '.shop.example' },
          { name: 'euconsent-v2', domain: 'shop.example' },
          { name: '_ga', domain: '.shop.example' },
        ],
        ['uc_settings', 'cart'],
      ),
    ).toEqual(['OptanonConsent (shop.example)', 'euconsent-v2 (shop.example)', 'uc_settings (storage)']);
  });
});

describe('cookieUrl', () => {
  it.each([
    [{ domain: '.shop.example', path: '/', secure: true }, 'https://shop.example/'],
    [{ domain: 'shop.example', path: '/x', secure: false }, 'http://shop.example/x'],
  ])('%j', (c, want) => expect(cookieUrl(c)).toBe(want));
});
