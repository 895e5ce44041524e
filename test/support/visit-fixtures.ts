// Records for component tests built through the real adapter and reducer: an EU (Google Ireland) and a US (Mixpanel) tracker.
import { Visit } from './findings.ts';
import type { PageRecord } from '../../utils/record/record.ts';

export const SHOP_URL = 'https://www.shop.example/';
export const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-ABC123';
export const GA_HIT = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2';
export const MIXPANEL_JS = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
export const MIXPANEL_TRACK = 'https://api-js.mixpanel.com/track/?data=x';
// Registry countries in the real IP table: IE for this Google block, US for this one, DE for the CMP's host.
export const IE_IP = '2a00:1450:4001:82b::200e';
export const US_IP = '35.190.25.25';
export const DE_IP = '81.169.145.1';

/**
 * Cookiebot shop: Google (IE company, IE servers) and Mixpanel (US company, US servers) load before the banner;
 * the extension rejects at +2 s and Mixpanel keeps sending at +4.5 s.
 */
export function euUsShop(): PageRecord {
  const v = new Visit(SHOP_URL)
    .req('https://consent.cookiebot.com/uc.js', 20, { ip: DE_IP })
    .req(GTAG, 40, { ip: IE_IP })
    .req(MIXPANEL_JS, 50, { ip: US_IP })
    .req(GA_HIT, 300, { ip: IE_IP, type: 'ping' })
    .req('https://www.shop.example/app.js', 60, { ip: DE_IP })
    .scriptCookie('_ga', 'GA1.1.123.456', 200, GTAG)
    .scriptCookie('mp_0123456789abcdef_mixpanel', '{"distinct_id":"x"}', 210, MIXPANEL_JS)
    .cookie('PHPSESSID', 'www.shop.example', 'abc', 100)
    .storage('_hjSession', '{"id":"x"}', 300)
    .storage('cart', '[]', 320)
    .choice('reject', 2000)
    .req(MIXPANEL_TRACK, 4500, { ip: US_IP, type: 'xmlhttprequest' });
  return v.record();
}

// Hosts only third-party-web names: Feedbackify (company InsideMetrics, no seat researched) and Doofinder (seat ES in
// data/entities.ts); the third host nobody names.
export const TPW_ONLY_JS = 'https://www.feedbackify.com/f/fb.js';
export const TPW_ENTITY_JS = 'https://cdn.doofinder.com/livelayer/1/js/loader.min.js';
export const NOBODY_JS = 'https://cdn.nobody-knows.example/w.js';

/** A shop loading two widgets only third-party-web knows and one nobody knows, before any choice. */
export function namedOnlyShop(): PageRecord {
  return new Visit(SHOP_URL)
    .req(TPW_ONLY_JS, 30, { ip: US_IP })
    .req(TPW_ENTITY_JS, 40, { ip: DE_IP })
    .req(NOBODY_JS, 50, { ip: DE_IP })
    .record();
}
