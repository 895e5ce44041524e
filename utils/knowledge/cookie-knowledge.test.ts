import { describe, it, expect } from 'vitest';
import { createCookieKnowledge, defaultCookieKnowledge } from './cookie-knowledge.ts';
import type { CookiePattern } from '../../data/types.ts';

const CHECKED = '2026-11-29';
const pat = (pattern: string, match: CookiePattern['match'], owner: string | null = null): CookiePattern => ({
  pattern,
  match,
  owner,
  purpose: 'analytics',
  needsConsent: true,
  description: `${match} ${pattern}`,
  source: 'https://example.com/c',
  checked: CHECKED,
});

describe('createCookieKnowledge (small fixture)', () => {
  const k = createCookieKnowledge([
    pat('_x', 'exact', 'a'),
    pat('_x', 'prefix', 'b'),
    pat('_xy_', 'prefix', 'c'),
    pat('^_x\\d+$', 'regex', 'd'),
    pat('^sess[0-9a-f]{4}$', 'regex', 'e'),
    pat('_x', 'exact', 'dup'),
    pat('', 'prefix', 'empty'),
    pat('([', 'regex', 'broken'),
  ]);

  it.each([
    ['_x', 'exact', 'a'],
    ['_xa', 'prefix', 'b'],
    ['_xy_1', 'prefix', 'c'],
    ['_x1', 'prefix', 'b'],
    ['sess00ff', 'regex', 'e'],
    [' _x ', 'exact', 'a'],
  ])('%s -> %s %s', (name, match, owner) => {
    const p = k.lookup(name);
    expect(p?.match).toBe(match);
    expect(p?.owner).toBe(owner);
  });

  it.each([['y'], ['_X'], ['sess00fg'], ['SESS00ff'], ['']])('%s -> null', (name) => {
    expect(k.lookup(name)).toBeNull();
  });

  it('reports skipped patterns', () => {
    expect(k.problems).toHaveLength(3);
    expect(k.size).toBe(5);
  });

  it('never throws on garbage input', () => {
    for (const g of [null, undefined, 42, {}, [], 'x'.repeat(100_000), '\u0000', '=;', Symbol('s')]) {
      expect(() => Reflect.apply(k.lookup, undefined, [g])).not.toThrow();
    }
    expect(k.lookup('_x'.repeat(5_000))).toBeNull();
  });

  it('keeps working past its cache bound', () => {
    const small = createCookieKnowledge([pat('_x', 'prefix', 'b')], { cacheSize: 1 });
    for (let i = 0; i < 20; i++) expect(small.lookup(`_x${i}`)?.owner).toBe('b');
    expect(small.lookup('zz')).toBeNull();
  });
});

describe('defaultCookieKnowledge (bundled patterns)', () => {
  const k = defaultCookieKnowledge();

  it('builds once, without problems', () => {
    expect(defaultCookieKnowledge()).toBe(k);
    expect(k.problems).toEqual([]);
  });

  it.each([
    ['_ga', 'google-analytics-4', 'analytics', true],
    ['_ga_ABC123XYZ', 'google-analytics-4', 'analytics', true],
    ['_gid', 'google-analytics-4', 'analytics', true],
    ['_gat_UA-1234-1', 'google-analytics-4', 'analytics', true],
    ['_gcl_au', 'google-ads', 'advertising', true],
    ['__utmz', 'google-analytics', 'analytics', true],
    ['IDE', 'google-doubleclick', 'advertising', true],
    ['test_cookie', 'google-doubleclick', 'advertising', true],
    ['NID', 'google-other', 'advertising', true],
    ['_fbp', 'facebook-pixel', 'advertising', true],
    ['fr', 'facebook', 'advertising', true],
    ['__hstc', 'hubspot', 'marketing-automation', true],
    ['hubspotutk', 'hubspot', 'marketing-automation', true],
    ['_hjSessionUser_123456', 'hotjar', 'session-replay', true],
    ['_hjSession_123456', 'hotjar', 'session-replay', true],
    ['_hjid', 'hotjar', 'session-replay', true],
    ['_hjTLDTest', 'hotjar', 'session-replay', true],
    ['_uetvid', 'bing-uet', 'advertising', true],
    ['MUID', 'bing-uet', 'advertising', true],
    ['_clck', 'microsoft-clarity', 'session-replay', true],
    ['li_fat_id', 'linkedin-insight', 'advertising', true],
    ['bcookie', 'linkedin', 'social', true],
    ['_pin_unauth', 'pinterest-tag', 'advertising', true],
    ['_ttp', 'tiktok-pixel', 'advertising', true],
    ['_pk_id.1.1fff', 'matomo', 'analytics', true],
    ['_pk_ses.1.1fff', 'matomo', 'analytics', true],
    ['mf_a1b2c3', 'mouseflow', 'session-replay', true],
    ['ajs_anonymous_id', 'segment', 'analytics', true],
    ['amplitude_id_abcdefexample.com', 'amplitude', 'analytics', true],
    ['mp_0123abcd_mixpanel', 'mixpanel', 'analytics', true],
    ['optimizelyEndUserId', 'optimizely', 'analytics', true],
    ['_vwo_uuid_v2', 'vwo', 'analytics', true],
    ['intercom-id-abc123', 'intercom', 'marketing-automation', true],
    ['visitor_id123456', 'pardot', 'marketing-automation', true],
    ['visitor_id123456-hash', 'pardot', 'marketing-automation', true],
    ['__cf_bm', 'cloudflare', 'security', false],
    ['cf_clearance', 'cloudflare-turnstile', 'security', false],
    ['__cfruid', 'cloudflare', 'security', false],
    ['OptanonConsent', 'onetrust', 'consent', false],
    ['OptanonAlertBoxClosed', 'onetrust', 'consent', false],
    ['CookieConsent', 'cookiebot', 'consent', false],
    ['euconsent-v2', null, 'consent', false],
    ['didomi_token', 'didomi', 'consent', false],
    ['borlabs-cookie', 'borlabs-cookie', 'consent', false],
    ['cmplz_marketing', 'complianz', 'consent', false],
    ['cookieyes-consent', 'cookieyes', 'consent', false],
    ['klaro', 'klaro', 'consent', false],
    ['__cmpcccx123', 'consentmanager', 'consent', false],
    ['PHPSESSID', null, 'necessary', false],
    ['JSESSIONID', null, 'necessary', false],
    ['ASP.NET_SessionId', null, 'necessary', false],
    ['csrftoken', null, 'necessary', false],
    ['XSRF-TOKEN', null, 'necessary', false],
    ['laravel_session', null, 'necessary', false],
    ['wordpress_logged_in_0123456789abcdef', null, 'necessary', false],
    ['wp-settings-1', null, 'necessary', false],
    ['woocommerce_cart_hash', null, 'necessary', false],
    ['SESS0123456789abcdef0123456789abcdef', null, 'necessary', false],
    ['SSESS0123456789abcdef0123456789abcdef', null, 'necessary', false],
  ])('%s -> %s (%s)', (name, owner, purpose, needsConsent) => {
    const p = k.lookup(name);
    expect(p?.owner).toBe(owner);
    expect(p?.purpose).toBe(purpose);
    expect(p?.needsConsent).toBe(needsConsent);
  });

  it.each([['session'], ['my_app_pref'], ['SESSION'], ['SESSxyz'], ['ga'], ['_g']])('%s is unknown', (name) => {
    expect(k.lookup(name)).toBeNull();
  });

  // Names as the SDKs write them (Snowplow browser tracker, its collector, mixpanel-browser), each against its nearest collision.
  it.each<[string, string | null, string, boolean, string]>([
    ['_sp_id.1fff', null, 'analytics', true, 'Snowplow domain user ID'],
    ['_sp_ses.4209', null, 'analytics', true, 'Snowplow session cookie'],
    ['sp', null, 'analytics', true, 'Snowplow collector'],
    ['snowplowOutQueue_sp_post2', null, 'analytics', true, 'Snowplow tracker event queue'],
    ['snowplowOutQueue_snowplow_cf_get', null, 'analytics', true, 'Snowplow tracker event queue'],
    ['__mpq_0123456789abcdef0123456789abcdef_ev', 'mixpanel', 'analytics', true, 'Mixpanel batch queue'],
    ['mp_0123456789abcdef0123456789abcdef_mixpanel', 'mixpanel', 'analytics', true, 'Mixpanel distinct ID'],
    // Nearest collisions: Sourcepoint's consent state keeps its own names; Mixpanel's opt-out flag stays consent.
    ['_sp_v1_data', 'sourcepoint', 'consent', false, 'Sourcepoint'],
    ['_sp_v1_consent', 'sourcepoint', 'consent', false, 'Sourcepoint'],
    ['_sp_su', 'sourcepoint', 'consent', false, 'Sourcepoint'],
    ['mp_optout', 'mixpanel', 'consent', false, 'opt-out'],
  ])('SDK name %s -> %s (%s)', (name, owner, purpose, needsConsent, description) => {
    const p = k.lookup(name);
    expect(p?.owner).toBe(owner);
    expect(p?.purpose).toBe(purpose);
    expect(p?.needsConsent).toBe(needsConsent);
    expect(p?.description).toContain(description);
  });

  it.each([['_sp_'], ['_sp_idx'], ['_sp_id'], ['spx'], ['_sp'], ['SP'], ['__mpq'], ['snowplowOutQueue'], ['mp_tab']])(
    'near name %s is not a Snowplow or Mixpanel identifier',
    (name) => {
      const p = k.lookup(name);
      expect(p === null || !/Snowplow|Mixpanel/.test(p.description)).toBe(true);
    },
  );

  it('prefers the most specific prefix', () => {
    expect(k.lookup('_hjSessionUser_1')?.pattern).toBe('_hjSessionUser_');
    expect(k.lookup('_pk_ref.1.ab')?.pattern).toBe('_pk_ref');
    expect(k.lookup('AMP_MKTG_abc')?.pattern).toBe('AMP_MKTG_');
  });
});
