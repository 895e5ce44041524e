import { describe, expect, it } from 'vitest';
import { COLLECTORS } from '../../data/collectors.ts';
import { createCollectorMatcher, defaultCollectorMatcher } from './collector-match.ts';

const m = defaultCollectorMatcher();
const id = (url: string, method = 'GET'): string | null => m.matchUrl(url, method)?.id ?? null;

describe('first-party collector signatures', () => {
  it.each<[string, string, string, string | null]>([
    [
      'Snowplow POST on sp.<site>',
      'https://sp.shop.example/com.snowplowanalytics.snowplow/tp2',
      'POST',
      'snowplow-tp2',
    ],
    [
      'near: Snowplow-named path that is not the endpoint',
      'https://www.shop.example/com.snowplowanalytics.snowplow/tp2/docs',
      'GET',
      null,
    ],
    [
      'Snowplow GET /i page view',
      'https://sp.shop.example/i?e=pv&url=x&tv=js-3.24.0&p=web&aid=shop&duid=abc',
      'GET',
      'snowplow-get',
    ],
    ['near: an image endpoint /i with other parameters', 'https://img.shop.example/i?w=300&h=200&e=jpg', 'GET', null],
    ['near: /i with e=pv but no tracker version', 'https://www.shop.example/i?e=pv&p=web', 'GET', null],
    [
      'self-hosted Matomo',
      'https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef',
      'GET',
      'matomo',
    ],
    [
      'Matomo under a folder, old name piwik.php',
      'https://www.shop.example/analytics/piwik.php?idsite=3&rec=1',
      'GET',
      'matomo',
    ],
    ['near: the Matomo script, not the tracker', 'https://stats.shop.example/matomo.js', 'GET', null],
    [
      'near: matomo.php without rec=1 (a reporting call)',
      'https://stats.shop.example/matomo.php?module=API&idsite=1',
      'GET',
      null,
    ],
    [
      'GA4 through server-side tagging on a subdomain',
      'https://sgtm.shop.example/g/collect?v=2&tid=G-ABC123XYZ&cid=123.456&en=page_view',
      'POST',
      'ga4',
    ],
    [
      'near: /g/collect of Universal Analytics ids',
      'https://sgtm.shop.example/g/collect?v=1&tid=UA-12345-1',
      'GET',
      null,
    ],
    ['near: a site route /g/collect without GA parameters', 'https://www.shop.example/g/collect?item=42', 'GET', null],
    [
      'Adobe Analytics on a CNAME tracking server',
      'https://metrics.shop.example/b/ss/shopprod/1/JS-2.22.0/s12345678?AQB=1&mid=1&AQE=1',
      'GET',
      'adobe-analytics',
    ],
    ['near: /b/ss without report suite and hit source', 'https://www.shop.example/b/ss/', 'GET', null],
    [
      'Meta Pixel through a first-party proxy',
      'https://www.shop.example/tr?id=1234567890&ev=PageView&fbp=fb.1.1.2',
      'GET',
      'meta-pixel',
    ],
    ['near: /tr as a Turkish locale page', 'https://www.shop.example/tr/?id=home', 'GET', null],
    ['Plausible POST /api/event (cookieless)', 'https://www.shop.example/api/event', 'POST', 'plausible'],
    ['near: GET /api/event of a site API', 'https://www.shop.example/api/event', 'GET', null],
  ])('%s', (_n, url, method, expected) => {
    expect(id(url, method)).toBe(expected);
    // As the analysis asks: the recorded URL and its path, the query cut from the URL only when a signature could fit.
    expect(m.matchIn(url, new URL(url).pathname, method)?.id ?? null).toBe(expected);
  });

  it('says which collector and why, and whether it needs consent', () => {
    const sp = m.matchUrl('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 'POST');
    expect(sp).toMatchObject({ name: 'Snowplow', needsConsent: true });
    expect(sp?.evidence).toContain("path /com.snowplowanalytics.snowplow/tp2 is Snowplow's collector protocol");
    expect(m.matchUrl('https://www.shop.example/api/event', 'POST')?.needsConsent).toBe(false);
  });

  it('every signature is anchored, cited, compiles, and the bundled set has no problems', () => {
    expect(m.problems).toEqual([]);
    for (const s of COLLECTORS) {
      expect(s.path.startsWith('^'), s.id).toBe(true);
      expect(s.source, s.id).toMatch(/^https:\/\//);
      expect(s.checked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(COLLECTORS.map((s) => s.id)).size).toBe(COLLECTORS.length);
    expect(createCollectorMatcher([{ ...COLLECTORS[0]!, path: '/unanchored' }]).problems).toHaveLength(1);
  });

  it('bad input gives no match instead of a crash', () => {
    expect(m.matchUrl('not a url')).toBeNull();
    expect(m.match('', '')).toBeNull();
    expect(m.match('/'.repeat(5000), '')).toBeNull();
    expect(m.match('/g/collect', '%E0%A4%A&v=2&tid=G-ABC123')).toMatchObject({ id: 'ga4' });
    expect(m.match('/g/collect', `v=2&tid=G-${'A'.repeat(300)}`)).toBeNull();
    expect(m.match('/matomo.php', 'idsite=1&rec=1', 42 as unknown as string)?.id).toBe('matomo');
    expect(m.matchIn('https://sgtm.shop.example/g/collect?v=2&tid=G-ABC123#x', '/g/collect')?.id).toBe('ga4');
    expect(m.matchIn('https://sgtm.shop.example/g/collect?v=1#v=2&tid=G-ABC123', '/g/collect')).toBeNull();
    expect(m.matchIn('https://sgtm.shop.example/g/collect', '/g/collect')).toBeNull();
    // A '?' in the fragment starts no query (the URL parser agrees: matchUrl reads no parameters either).
    expect(m.matchIn('https://sgtm.shop.example/g/collect#?v=2&tid=G-ABC123', '/g/collect')).toBeNull();
    expect(m.matchUrl('https://sgtm.shop.example/g/collect#?v=2&tid=G-ABC123')).toBeNull();
    expect(
      m.matchIn(`https://sgtm.shop.example/g/collect?v=2&tid=G-ABC123&x=${'a'.repeat(9000)}`, '/g/collect'),
    ).toBeNull();
    expect(m.matchIn(42 as unknown as string, '/g/collect')).toBeNull();
  });
});
