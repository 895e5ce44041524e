// Test fixtures (imported by *.test.ts only): visits that together make every rule, note, reason and mismatch text appear.
import type { PageRecord } from '../../utils/record/record.ts';
import type { AnalyzeOptions } from '../../utils/findings/context.ts';
import { encodeTc, START, Visit } from './findings.ts';
import type { FormCheckbox } from '../../utils/findings/types.ts';

export interface RichFixture {
  name: string;
  record: PageRecord;
  options?: AnalyzeOptions;
}

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-ABC123';
const HIT =
  'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1234567890.1700000000&gcs=G111&en=page_view';
const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';
const HOTJAR = 'https://static.hotjar.com/c/hotjar-1.js';
const COOKIEBOT = 'https://consent.cookiebot.com/uc.js';
const GRANTED = {
  ad_storage: 'granted',
  analytics_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
};
const IE_IP6 = '2a00:1450:4001:82b::200e';
// Registry countries verified in utils/ip-country.test.ts.
const US_IP = '8.8.8.8';
const BR_IP = '200.160.2.3';
const DE_IP = '81.169.145.1';
const VISITOR_ID = '7f3a9c2e1b8d4f60a5e7';
const cookiebot = (all: boolean): string =>
  `{stamp:'x',necessary:true,preferences:${all},statistics:${all},marketing:${all},method:'explicit',ver:1}`;

const box = (label: string, name: string, formAction?: string): FormCheckbox => ({
  t: START + 900,
  label,
  checkedByDefault: true,
  frameUrl: 'https://www.shop.example/checkout',
  name,
  ...(formAction ? { formAction } : {}),
});

function rejectWithoutVia(): Visit {
  const v = new Visit();
  v.events.push({ k: 'choice', t: START + 1000, action: 'reject', source: 'automation', via: '' });
  return v;
}

/** Fresh records on every call: the reducer's output is not shared between tests. */
export function richFixtures(): RichFixture[] {
  return [
    {
      name: 'Cookiebot shop: trackers and fonts before the choice, reject, Google hit says granted, Snap after reject',
      record: new Visit()
        .req(COOKIEBOT, 20, { ip: US_IP })
        .req('https://fonts.googleapis.com/css2?family=Roboto', 30, { type: 'stylesheet', ip: IE_IP6 })
        .req(GTAG, 40, { ip: IE_IP6 })
        .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG)
        .req('https://www.shop.example/cart', 210, {
          type: 'xmlhttprequest',
          setCookie: ['PHPSESSID=abc123; Path=/; HttpOnly'],
        })
        .choice('reject', 2000)
        .scriptCookie('CookieConsent', cookiebot(false), 2005, COOKIEBOT)
        .req(HIT, 2400, { type: 'ping', ip: IE_IP6 })
        .req(HIT, 5000, { type: 'ping', ip: IE_IP6 })
        .req('https://tr.snapchat.com/p', 5100, { type: 'ping', ip: US_IP })
        .record(),
    },
    {
      name: 'trackers without any consent manager; a video and a map embed; an unknown widget on a Brazilian server',
      record: new Visit()
        .req('https://www.google-analytics.com/analytics.js', 100, { ip: IE_IP6 })
        .req(PIXEL, 120, { ip: US_IP })
        .req(HOTJAR, 130, { ip: US_IP })
        .req('https://www.youtube.com/embed/abc', 140, { type: 'sub_frame', ip: IE_IP6 })
        .req('https://maps.googleapis.com/maps/api/js?key=x', 150, { ip: IE_IP6 })
        .req('https://cdn.unknown-widget.example/w.js', 160, { ip: BR_IP })
        .req('https://static.partner-unknown.example/p.js', 170, { ip: '10.1.2.3' })
        .cookie('_fbp', '.shop.example', 'fb.1.1700000000000.1234567890', 300)
        .storage('_hjSessionUser_1', '{"id":"x"}', 310, { script: HOTJAR })
        .storage('hj-custom', 'x1', 320, { script: HOTJAR })
        .storage('mystery', 'y1', 330, { origin: 'https://static.hotjar.com' })
        .req('https://www.googletagmanager.com/gtm.js?id=GTM-1', 340, { ip: IE_IP6, setCookie: ['gtm_x=1; Path=/'] })
        .cookie('idsync', '.doubleclick.net', 'abc', 350)
        // A cookie on a CDN host, set by a response from a path that belongs to a tracker.
        .req('https://www.gstatic.com/recaptcha/releases/x/recaptcha__en.js', 360, {
          ip: IE_IP6,
          setCookie: ['rcx=abc; Path=/'],
        })
        // An EEA company with a parent in a third country, not DPF-certified.
        .req('https://analytics.tiktok.com/i18n/pixel/events.js', 370, { ip: US_IP })
        // A US company without DPF certification, no server IP recorded.
        .req('https://tr.snapchat.com/p', 380, { type: 'ping' })
        .record(),
    },
    {
      name: 'clean start: TC string granting purposes before the visitor acted, Consent Mode defaults granted (one not applied)',
      record: new Visit()
        .clean()
        .gtag(['consent', 'default', { ...GRANTED, region: ['DE', 'AT'] }], 50)
        .gtag(['consent', 'update', { ad_storage: 'denied' }], 60)
        .gtag(['consent', 'default', { ad_storage: 'granted' }], 70)
        .tcf(encodeTc([1, 2, 3], [755]), 'tcloaded', 400)
        .choice('accept', 3000)
        .record(),
    },
    {
      name: 'clean start, TC string and Consent Mode granted, no choice at all',
      record: new Visit()
        .clean()
        .gtag(['consent', 'default', GRANTED], 50)
        .tcf(encodeTc([1, 2]), 'tcloaded', 400)
        .record(),
    },
    {
      name: 'the visitor accepted, then the CMP stored a rejection; tracking continued',
      record: new Visit()
        .req(COOKIEBOT, 20)
        .choice('accept', 1500)
        .scriptCookie('CookieConsent', cookiebot(false), 3000, COOKIEBOT)
        .req(PIXEL, 6000)
        .record(),
    },
    {
      name: 'no recorded choice, the CMP stored a rejection; tracking continued',
      record: new Visit()
        .req(COOKIEBOT, 20)
        .scriptCookie('CookieConsent', cookiebot(false), 3000, COOKIEBOT)
        .req(PIXEL, 6000)
        .req(`${PIXEL}?v=2`, 6100)
        .record(),
    },
    {
      name: 'reject, but the TC string (API and cookie) still grants purposes; trackers, cookie and storage after the reject; accepted later',
      record: new Visit()
        .req(HOTJAR, 100)
        .scriptCookie('_fbp', 'fb.1.1700000000000.1234567890', 500, PIXEL)
        .choice('reject', 2000)
        .tcf(encodeTc([1, 2, 3, 4], [1, 2]), 'useractioncomplete', 2100)
        .scriptCookie('euconsent-v2', encodeTc([1, 7]), 2200, COOKIEBOT)
        .req(HIT, 2300, { type: 'ping' })
        .req(HIT, 3500, { type: 'ping' })
        .req(PIXEL, 4000)
        .scriptCookie('_fbp', 'fb.1.1700000000000.9876543210', 6000, PIXEL)
        .storage('_hjSessionUser_1', '{"id":"y"}', 6100, { script: HOTJAR })
        .choice('accept', 20_000, 'user')
        .record(),
    },
    {
      name: 'a consent stored by an earlier visit (CMP cookie rewritten at load)',
      record: new Visit().scriptCookie('CookieConsent', cookiebot(true), 200, COOKIEBOT).req(PIXEL, 300).record(),
    },
    {
      name: 'a TC string with purposes loaded without a banner',
      record: new Visit().tcf(encodeTc([1, 2]), 'tcloaded', 300).record(),
    },
    {
      name: 'unlisted third parties: echoed ids, a pixel, a beacon, a random and a named third-party cookie',
      record: new Visit()
        .scriptCookie('vid', VISITOR_ID, 100, 'https://www.shop.example/app.js')
        .storage('uid', 'a8f3c2e1b7d4f60a9e2c', 110)
        .req(`https://api.metricsly.example/v1/e?site=shop&visitor=${VISITOR_ID}`, 300, { type: 'xmlhttprequest' })
        .req('https://api.metricsly.example/v1/u/a8f3c2e1b7d4f60a9e2c/hit', 310, { type: 'xmlhttprequest' })
        .req('https://api.metricsly.example/v1/collect?cid=3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', 315, {
          type: 'xmlhttprequest',
        })
        .req('https://px.adnet-unknown.example/pixel.gif?uid=b7e2c91f04a6d3e8f215&e=view', 320, { type: 'image' })
        // Ids in POST bodies (body-ids.ts): an echo and a named id; bodies not read in full are said as such.
        .req('https://api.metricsly.example/v1/data', 330, {
          type: 'xmlhttprequest',
          method: 'POST',
          body: `{"v":"${VISITOR_ID}","user":{"uid":"u-8c1e9a4d"}}`,
        })
        .req('https://collect.beaconly.example/p', 820, { type: 'ping', method: 'POST', body: '\u0000\u0001bin' })
        .req('https://collect.beaconly.example/q', 830, {
          type: 'ping',
          method: 'POST',
          body: { error: 'Unknown error.' },
        })
        .req('https://collect.beaconly.example/r', 835, {
          type: 'ping',
          method: 'POST',
          body: { error: 'Unknown error.' },
        })
        .blobBody('https://collect.beaconly.example/r', 835, '{"client_id":"c41d9e7b20fa6d3e8b15"}')
        .req('https://px.adnet-unknown.example/batch', 840, {
          type: 'xmlhttprequest',
          method: 'POST',
          body: 'x'.repeat(70_000),
        })
        .beacon(
          'https://collect.beaconly.example/b?sid=9d8c7b6a5f4e3d2c1b0a99&ev=leave',
          800,
          'https://cdn.beaconly.example/b.js',
        )
        .req('https://sync.idfarm.example/match', 900, {
          type: 'image',
          setCookie: ['xid=Zk3pQ9wR2tY7uI1oP5aS8dF4; Domain=.idfarm.example; Secure; SameSite=None'],
        })
        // A short letters-only id: no random look, but the parameter and the cookie name it a visitor id.
        .req('https://px.shortid.example/p.gif?uid=pre-laokds', 950, {
          type: 'image',
          setCookie: ['sh_uid=pre-laokds; Domain=.shortid.example; Secure; SameSite=None'],
        })
        .record(),
    },
    {
      name: 'pre-ticked consent checkboxes, one with a form action',
      record: new Visit().record(),
      options: {
        forms: [
          box('Yes, send me the newsletter with offers', 'newsletter', 'https://www.shop.example/subscribe'),
          box('Ich willige in Werbung ein', 'ads'),
        ],
      },
    },
    {
      name: 'a reject with no consent manager detected (the recorded choice is the reference), a Google hit granting one signal',
      record: new Visit()
        .choice('reject', 1000)
        .req(HIT.replace('G111', 'G101'), 4000, { type: 'ping', ip: IE_IP6 })
        .req(PIXEL, 4100, { ip: DE_IP })
        .record(),
    },
    {
      name: 'first-party collectors (Snowplow, Matomo) before and after a reject; a LinkedIn pixel in flight at the reject sets its cookie; Snowplow deletes its ID cookie after the reject',
      record: new Visit()
        .req('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 300, { type: 'xmlhttprequest', ip: DE_IP })
        .scriptCookie('_sp_id.1fff', 'a1b2c3d4-e5f6.1700000000.1.1700000000', 310, 'https://www.shop.example/js/sp.js')
        .removeCookie('_sp_id.1fff', 2200, 'https://www.shop.example/js/sp.js')
        .slowReq('https://px.ads.linkedin.com/collect?pid=1&fmt=gif', 1950, 2400, {
          setCookie: ['li_sugr=abc123; Domain=.linkedin.com; Path=/; Secure'],
        })
        .choice('reject', 2000)
        .req('https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef', 2050, {
          type: 'image',
          ip: DE_IP,
        })
        .record(),
    },
    {
      // Issue 15.5: a writer name the page chose (//# sourceURL=) is shown, never believed; the engine's stack text is believed, marked.
      name: "writes by code the page named after trackers, one by a tracker named only in the engine's stack text",
      record: new Visit()
        .storage('ui_state', 'a8f3c2e1b7d4f60a9e2c', 200, { script: GTAG, attribution: 'named-by-page' })
        .storage('hj-probe', 'x1', 210, { script: HOTJAR, attribution: 'unverified' })
        .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 220, GTAG, undefined, 'named-by-page')
        .choice('reject', 1000)
        .storage('ui_state', 'b7e2c91f04a6d3e8f215', 1500, { script: GTAG, attribution: 'named-by-page' })
        .record(),
    },
    {
      name: 'a reject that names no source, one tracker request after it',
      record: rejectWithoutVia().req(PIXEL, 4100).record(),
    },
  ];
}
