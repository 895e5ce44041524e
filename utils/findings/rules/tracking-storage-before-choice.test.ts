import { describe, expect, it } from 'vitest';
import { contextOf, START, Visit } from '../../../test/support/findings.ts';
import { trackingStorageBeforeChoice } from './tracking-storage-before-choice.ts';

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-ABC123';
const SP = 'https://www.shop.example/js/sp.js';
const MP = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';

describe('tracking-storage-before-choice', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    ['_ga written by gtag.js before the choice', (v) => v.scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG).choice('accept', 3000),
      ['tracking-storage-before-choice:cookie:_ga@shop.example']],
    ['third-party cookie set by a DoubleClick response', (v) => v.req('https://ad.doubleclick.net/ddm/activity/src=1', 300, { type: 'image', setCookie: ['IDE=AHWqTUkXz9; Domain=.doubleclick.net; Secure; SameSite=None'] }),
      ['tracking-storage-before-choice:cookie:IDE@doubleclick.net']],
    ['unknown cookie name written by a tracker script (Hotjar)', (v) => v.scriptCookie('hjx_probe', '1', 200, 'https://static.hotjar.com/c/hotjar-123.js'),
      ['tracking-storage-before-choice:cookie:hjx_probe@shop.example']],
    ['Hotjar session in localStorage', (v) => v.storage('_hjSession_123', '{"id":"a1b2c3d4e5f6a7b8","created":1}', 250, { script: 'https://static.hotjar.com/c/hotjar-123.js' }),
      ['tracking-storage-before-choice:storage:localStorage:_hjSession_123@www.shop.example']],
    ['Snowplow ID cookie set at load and deleted on opt-out after the reject', (v) => v.scriptCookie('_sp_id.1fff', 'a1b2c3d4-e5f6.1700000000.1.1700000000', 200, SP)
      .choice('reject', 2000).removeCookie('_sp_id.1fff', 2100, SP), ['tracking-storage-before-choice:cookie:_sp_id.1fff@shop.example']],
    ['Mixpanel queue emptied on opt-out after being filled before the choice', (v) => v.storage('__mpq_0123456789abcdef_ev', '[{"id":"x","payload":{}}]', 300, { script: MP })
      .choice('reject', 2000).storage('__mpq_0123456789abcdef_ev', '', 2100, { script: MP }),
    ['tracking-storage-before-choice:storage:localStorage:__mpq_0123456789abcdef_ev@www.shop.example']],
    ['near: a deletion before any value (an SDK clearing a stale cookie) stores nothing', (v) => v.removeCookie('_sp_id.1fff', 200, SP).choice('reject', 2000), []],
    ['near: the consent cookie itself', (v) => v.scriptCookie('CookieConsent', "{stamp:'x',necessary:true,preferences:false,statistics:false,marketing:false,method:'explicit',ver:1}", 200, 'https://consent.cookiebot.com/uc.js'), []],
    ['near: PHP session cookie', (v) => v.req('https://www.shop.example/api', 10, { type: 'xmlhttprequest', setCookie: ['PHPSESSID=abc123; Path=/; HttpOnly'] }), []],
    ['near: _ga only after accept', (v) => v.choice('accept', 100).scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG), []],
    ['near: first-party cart in localStorage', (v) => v.storage('cart', '[{"sku":"A1","qty":2}]', 250), []],
    // Issue 15.3: a write only the page reported (the browser never stored it) is an attempt, not a violation.
    ['near: IDE reported by the page only, never confirmed by the browser', (v) => {
      v.events.push({ k: 'page-cookie', t: START + 300, api: 'document.cookie', name: 'IDE', value: 'AHWqTUkXz9', raw: 'IDE=AHWqTUkXz9; domain=.doubleclick.net', frameUrl: 'https://ad.doubleclick.net/f.html', script: 'https://ad.doubleclick.net/t.js' });
      return v;
    }, []],
    ['near: _ga written with SameSite=None and no Secure (refused by the browser)', (v) => {
      v.events.push({ k: 'page-cookie', t: START + 300, api: 'document.cookie', name: '_ga', value: 'GA1.1.1.1', raw: '_ga=GA1.1.1.1; SameSite=None', frameUrl: v.pageUrl, script: GTAG });
      return v;
    }, []],
    ['the same IDE once the browser confirms it', (v) => {
      v.events.push({ k: 'page-cookie', t: START + 300, api: 'document.cookie', name: 'IDE', value: 'AHWqTUkXz9', raw: 'IDE=AHWqTUkXz9; domain=.doubleclick.net', frameUrl: 'https://ad.doubleclick.net/f.html', script: 'https://ad.doubleclick.net/t.js' });
      return v.cookie('IDE', '.doubleclick.net', 'AHWqTUkXz9', 301);
    }, ['tracking-storage-before-choice:cookie:IDE@doubleclick.net']],
  ])('%s', (_name, build, ids) => {
    expect(trackingStorageBeforeChoice.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('judges the write when it happened and reports the removal in the evidence', () => {
    const v = new Visit().scriptCookie('_sp_id.1fff', 'a1b2c3d4-e5f6.1700000000.1.1700000000', 200, SP).choice('reject', 2000).removeCookie('_sp_id.1fff', 2100, SP);
    const [f] = trackingStorageBeforeChoice.run(contextOf(v));
    expect(f).toMatchObject({ phase: 'before-choice', subject: { kind: 'cookie', name: '_sp_id.1fff' } });
    expect(f?.evidence.notes).toContain('Stored with a value at +200 ms and removed or emptied at +2101 ms: the identifier was stored before the choice all the same.');
    expect(f?.evidence.notes[0]).toContain('Snowplow domain user ID');
  });

  it('reports the cookie with its writer, value length and time, and names the classification', () => {
    const v = new Visit().scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG);
    const [f] = trackingStorageBeforeChoice.run(contextOf(v));
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'cookie', name: '_ga', domain: 'shop.example', valueLength: 27, t: 200, setBy: 'script', script: GTAG, purpose: 'analytics' });
    expect(f?.evidence.scripts).toEqual([GTAG]);
    expect(f?.evidence.notes[0]).toContain('Google Analytics client ID');
    expect(f?.explanation).toContain('Art. 5(3)');
  });
});
