import { describe, expect, it } from 'vitest';
import { fromBeforeRequest } from '../../observe/browser/adapter.ts';
import { buildRecord } from '../../record/record.ts';
import { cleanPlan, cookieUrl, storedConsentNames } from './clean-plan.ts';

describe('cleanPlan', () => {
  it('clears the site and every third party of the last load', () => {
    const rec = buildRecord(1, [
      ...fromBeforeRequest({ requestId: 'm', url: 'https://www.shop.example/', type: 'main_frame', tabId: 1 }),
      ...fromBeforeRequest({ requestId: 'a', url: 'https://px.tracker.example:8443/p.gif', type: 'image', tabId: 1 }),
      ...fromBeforeRequest({ requestId: 'b', url: 'wss://live.chat.example/socket', type: 'websocket', tabId: 1 }),
      ...fromBeforeRequest({ requestId: 'c', url: 'data:image/png;base64,AAAA', type: 'image', tabId: 1 }),
    ]).record;
    expect(cleanPlan('https://www.shop.example/de/', rec)).toEqual({
      sites: ['chat.example', 'shop.example', 'tracker.example'],
      origins: ['https://live.chat.example', 'https://px.tracker.example:8443', 'https://www.shop.example'],
      hostnames: ['live.chat.example', 'px.tracker.example', 'www.shop.example'],
    });
  });
  it.each(['chrome://settings', 'about:blank', 'file:///tmp/x.html', 'not a url'])('nothing to clean on %s', (url) => {
    expect(cleanPlan(url, null)).toBeNull();
  });
});

describe('storedConsentNames', () => {
  it('names CMP and TCF cookies and storage keys, nothing else', () => {
    expect(storedConsentNames(
      [{ name: 'OptanonConsent', domain: '.shop.example' }, { name: 'euconsent-v2', domain: 'shop.example' }, { name: '_ga', domain: '.shop.example' }],
      ['uc_settings', 'cart'],
    )).toEqual(['OptanonConsent (shop.example)', 'euconsent-v2 (shop.example)', 'uc_settings (storage)']);
  });
});

describe('cookieUrl', () => {
  it.each([
    [{ domain: '.shop.example', path: '/', secure: true }, 'https://shop.example/'],
    [{ domain: 'shop.example', path: '/x', secure: false }, 'http://shop.example/x'],
  ])('%j', (c, want) => expect(cookieUrl(c)).toBe(want));
});
