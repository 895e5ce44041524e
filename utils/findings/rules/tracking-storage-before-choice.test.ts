import { describe, expect, it } from 'vitest';
import { contextOf, START, Visit } from '../../../test/support/findings.ts';
import type { AuditEvent } from '../../observe/events.ts';
import { trackingStorageBeforeChoice } from './tracking-storage-before-choice.ts';

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-ABC123';
const SP = 'https://www.shop.example/js/sp.js';
const MP = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';

/** The page's report of DoubleClick's IDE cookie written from its iframe (whether the browser stored it is up to the case). */
const ideReportedByPage = (): AuditEvent => ({
  k: 'page-cookie',
  t: START + 300,
  api: 'document.cookie',
  name: 'IDE',
  value: 'AHWqTUkXz9',
  raw: 'IDE=AHWqTUkXz9; domain=.doubleclick.net',
  frameUrl: 'https://ad.doubleclick.net/f.html',
  script: 'https://ad.doubleclick.net/t.js',
});

describe('tracking-storage-before-choice', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      '_ga written by gtag.js before the choice',
      (v) => v.scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG).choice('accept', 3000),
      ['tracking-storage-before-choice:cookie:_ga@shop.example'],
    ],
    [
      'third-party cookie set by a DoubleClick response',
      (v) =>
        v.req('https://ad.doubleclick.net/ddm/activity/src=1', 300, {
          type: 'image',
          setCookie: ['IDE=AHWqTUkXz9; Domain=.doubleclick.net; Secure; SameSite=None'],
        }),
      ['tracking-storage-before-choice:cookie:IDE@doubleclick.net'],
    ],
    [
      'unknown cookie name written by a tracker script (Hotjar)',
      (v) => v.scriptCookie('hjx_probe', '1', 200, 'https://static.hotjar.com/c/hotjar-123.js'),
      ['tracking-storage-before-choice:cookie:hjx_probe@shop.example'],
    ],
    [
      'Hotjar session in localStorage',
      (v) =>
        v.storage('_hjSession_123', '{"id":"a1b2c3d4e5f6a7b8","created":1}', 250, {
          script: 'https://static.hotjar.com/c/hotjar-123.js',
        }),
      ['tracking-storage-before-choice:storage:localStorage:_hjSession_123@www.shop.example'],
    ],
    [
      'Snowplow ID cookie set at load and deleted on opt-out after the reject',
      (v) =>
        v
          .scriptCookie('_sp_id.1fff', 'a1b2c3d4-e5f6.1700000000.1.1700000000', 200, SP)
          .choice('reject', 2000)
          .removeCookie('_sp_id.1fff', 2100, SP),
      ['tracking-storage-before-choice:cookie:_sp_id.1fff@shop.example'],
    ],
    [
      'Mixpanel queue emptied on opt-out after being filled before the choice',
      (v) =>
        v
          .storage('__mpq_0123456789abcdef_ev', '[{"id":"x","payload":{}}]', 300, { script: MP })
          .choice('reject', 2000)
          .storage('__mpq_0123456789abcdef_ev', '', 2100, { script: MP }),
      ['tracking-storage-before-choice:storage:localStorage:__mpq_0123456789abcdef_ev@www.shop.example'],
    ],
    [
      'near: a deletion before any value (an SDK clearing a stale cookie) stores nothing',
      (v) => v.removeCookie('_sp_id.1fff', 200, SP).choice('reject', 2000),
      [],
    ],
    [
      'near: the consent cookie itself',
      (v) =>
        v.scriptCookie(
          'CookieConsent',
          "{stamp:'x',necessary:true,preferences:false,statistics:false,marketing:false,method:'explicit',ver:1}",
          200,
          'https://consent.cookiebot.com/uc.js',
        ),
      [],
    ],
    [
      'near: PHP session cookie',
      (v) =>
        v.req('https://www.shop.example/api', 10, {
          type: 'xmlhttprequest',
          setCookie: ['PHPSESSID=abc123; Path=/; HttpOnly'],
        }),
      [],
    ],
    [
      'near: _ga only after accept',
      (v) => v.choice('accept', 100).scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG),
      [],
    ],
    ['near: first-party cart in localStorage', (v) => v.storage('cart', '[{"sku":"A1","qty":2}]', 250), []],
    // Issue 15.3: a write only the page reported (the browser never stored it) is an attempt, not a violation.
    [
      'near: IDE reported by the page only, never confirmed by the browser',
      (v) => {
        v.events.push(ideReportedByPage());
        return v;
      },
      [],
    ],
    [
      'near: _ga written with SameSite=None and no Secure (refused by the browser)',
      (v) => {
        v.events.push({
          k: 'page-cookie',
          t: START + 300,
          api: 'document.cookie',
          name: '_ga',
          value: 'GA1.1.1.1',
          raw: '_ga=GA1.1.1.1; SameSite=None',
          frameUrl: v.pageUrl,
          script: GTAG,
        });
        return v;
      },
      [],
    ],
    [
      'the same IDE once the browser confirms it',
      (v) => {
        v.events.push(ideReportedByPage());
        return v.cookie('IDE', '.doubleclick.net', 'AHWqTUkXz9', 301);
      },
      ['tracking-storage-before-choice:cookie:IDE@doubleclick.net'],
    ],
    // IndexedDB: the database's name is its value when it is empty, its records (store|key|fields) when not.
    [
      'an empty IndexedDB database named _ga, made before the choice',
      (v) => v.storage('_ga', '_ga', 200, { api: 'indexedDB' }),
      ['tracking-storage-before-choice:storage:indexedDB:_ga@www.shop.example'],
    ],
    [
      "a worker's Amplitude database found by the listing, its record read",
      (v) => v.storage('amplitude_id_w', 'ids|deviceId|device-1', 200, { api: 'indexedDB' }),
      ['tracking-storage-before-choice:storage:indexedDB:amplitude_id_w@www.shop.example'],
    ],
    [
      'a key-value database whose record key is _ga',
      (v) => v.storage('keyval-store', 'keyval|_ga|GA1.1.1234567890.1700000000', 200, { api: 'indexedDB' }),
      ['tracking-storage-before-choice:storage:indexedDB:keyval-store@www.shop.example'],
    ],
    [
      'near: a key-value database of a site setting, before the choice',
      (v) => v.storage('keyval-store', 'keyval|theme|dark', 200, { api: 'indexedDB' }),
      [],
    ],
    [
      'near: a record named like a consent cookie beside a tracking one does not make the database essential',
      (v) => v.storage('keyval-store', 'keyval|CookieConsent|yes\nkeyval|_ga|GA1.1.1.1', 200, { api: 'indexedDB' }),
      ['tracking-storage-before-choice:storage:indexedDB:keyval-store@www.shop.example'],
    ],
    [
      'near: the _ga database made after the accept',
      (v) => v.choice('accept', 100).storage('_ga', '_ga', 200, { api: 'indexedDB' }),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    expect(trackingStorageBeforeChoice.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('judges the write when it happened and reports the removal in the evidence', () => {
    const v = new Visit()
      .scriptCookie('_sp_id.1fff', 'a1b2c3d4-e5f6.1700000000.1.1700000000', 200, SP)
      .choice('reject', 2000)
      .removeCookie('_sp_id.1fff', 2100, SP);
    const [f] = trackingStorageBeforeChoice.run(contextOf(v));
    expect(f).toMatchObject({ phase: 'before-choice', subject: { kind: 'cookie', name: '_sp_id.1fff' } });
    expect(f?.evidence.notes).toContain(
      'Stored with a value at +200 ms and removed or emptied at +2101 ms: the identifier was stored before the choice all the same.',
    );
    expect(f?.evidence.notes[0]).toContain('Snowplow domain user ID');
  });

  it('reports the cookie with its writer, value length and time, and names the classification', () => {
    const v = new Visit().scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG);
    const [f] = trackingStorageBeforeChoice.run(contextOf(v));
    expect(f?.evidence.items[0]).toMatchObject({
      kind: 'cookie',
      name: '_ga',
      domain: 'shop.example',
      valueLength: 27,
      t: 200,
      setBy: 'script',
      script: GTAG,
      purpose: 'analytics',
    });
    expect(f?.evidence.scripts).toEqual([GTAG]);
    expect(f?.evidence.notes[0]).toContain('Google Analytics client ID');
    expect(f?.explanation).toContain('Art. 5(3)');
  });
});

// Issue 15.5: a writer name the page chose is shown, never believed; a real tracker script's write still counts as its own.
describe('tracking-storage-before-choice: writer names the page chose', () => {
  const GTAG_JS = 'https://www.googletagmanager.com/gtag/js';
  const writes = (attribution: 'confident' | 'named-by-page' | 'unverified' | 'unknown'): Visit =>
    new Visit()
      .scriptCookie('shop_pref', 'a8f3c2e1b7d4f60a9e2c', 200, GTAG_JS, undefined, attribution)
      .storage('shop_state', 'b7e2c91f04a6d3e8f215', 210, { script: GTAG_JS, attribution })
      .choice('accept', 3000);

  it("an inline script named https://www.googletagmanager.com/gtag/js is not framed as Google's write: a warning, not a violation", () => {
    const found = trackingStorageBeforeChoice.run(contextOf(writes('named-by-page')));
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['tracking-storage-before-choice:cookie:shop_pref@shop.example', 'warning'],
      ['tracking-storage-before-choice:storage:localStorage:shop_state@www.shop.example', 'warning'],
    ]);
    const [cookie, storage] = found;
    expect(cookie?.title).toMatch(
      /^The cookie shop_pref \(domain shop\.example\) was written before the consent choice by code the page named after Google/,
    );
    expect(storage?.explanation).toContain(`by code named ${GTAG_JS}.`);
    expect(storage?.explanation).toContain('So this is not counted as a tracker write.');
    // The name stays on the item, marked; it is not listed among the scripts behind the finding.
    expect(storage?.evidence.items[0]).toMatchObject({
      kind: 'storage',
      script: GTAG_JS,
      attribution: 'named-by-page',
    });
    expect(storage?.evidence.scripts).toEqual([]);
    expect(storage?.evidence.notes.join(' ')).toContain(`The writer ${GTAG_JS} is a name the page gave its own code`);
  });

  it('a stack the page could shape (attribution unknown) frames no one either', () => {
    expect(trackingStorageBeforeChoice.run(contextOf(writes('unknown'))).map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  it("the real Google script's writes still count as Google's: violations, the script listed", () => {
    const found = trackingStorageBeforeChoice.run(contextOf(writes('confident')));
    expect(found.map((f) => f.severity)).toEqual(['violation', 'violation']);
    expect(found[1]?.evidence.notes[0]).toMatch(/^Classified as tracking: written by a script of Google/);
    expect(found[1]?.evidence.scripts).toEqual([GTAG_JS]);
    expect(found[1]?.evidence.items[0]).toMatchObject({ attribution: 'confident' });
  });

  it("the engine's own stack text (Firefox) is believed but says it is not verified", () => {
    const found = trackingStorageBeforeChoice.run(contextOf(writes('unverified')));
    expect(found.map((f) => f.severity)).toEqual(['violation', 'violation']);
    expect(found[1]?.evidence.notes[0]).toMatch(/as this browser's stack text names it \(not verified\)\.$/);
  });

  it('a known tracker cookie still counts by what it is, with the page-chosen writer name marked', () => {
    const v = new Visit().scriptCookie(
      '_ga',
      'GA1.1.1234567890.1700000000',
      200,
      'https://cdn.shop.example/app.js',
      undefined,
      'named-by-page',
    );
    const [f, ...rest] = trackingStorageBeforeChoice.run(contextOf(v));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'tracking-storage-before-choice:cookie:_ga@shop.example', severity: 'violation' });
    expect(f?.evidence.notes[0]).toMatch(/^Classified as tracking: analytics/);
    expect(f?.evidence.notes).toContain(
      'The writer https://cdn.shop.example/app.js is a name the page gave its own code or took from a stack the page could shape: shown, not verified, and not used to classify this write.',
    );
    expect(f?.evidence.scripts).toEqual([]);
  });
});
