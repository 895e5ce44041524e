import { describe, it, expect } from 'vitest';
import { createTrackerMatcher, defaultTrackerMatcher, matchPath, normalizeHost } from './tracker-match.ts';
import type { Company, Tracker } from '../../data/types.ts';

const CHECKED = '2026-11-29';
const company = (id: string, country = 'US'): Company => ({
  id,
  name: `${id} Inc.`,
  brand: id,
  country,
  source: 'https://example.com/privacy',
  checked: CHECKED,
});
const tracker = (id: string, companyId: string, domains: string[], paths?: Tracker['paths']): Tracker => ({
  id,
  name: id,
  companyId,
  category: 'analytics',
  needsConsent: true,
  domains,
  ...(paths ? { paths } : {}),
  source: 'https://example.com/privacy',
  checked: CHECKED,
});

describe('createTrackerMatcher (small fixture)', () => {
  const companies = [company('acme'), company('euco', 'DE')];
  const trackers = [
    tracker(
      'generic',
      'acme',
      ['acme.com'],
      [
        { pathPrefix: '/captcha', trackerId: 'captcha' },
        { pathPrefix: '/captcha/v3', trackerId: 'maps' },
      ],
    ),
    tracker('maps', 'acme', ['maps.acme.com']),
    tracker('captcha', 'acme', ['captcha.net']),
    tracker('eu', 'euco', ['eu-analytics.de']),
    tracker('orphan', 'missing', ['orphan.com']),
    tracker('dup', 'acme', ['acme.com']),
  ];
  const m = createTrackerMatcher(trackers, companies);

  it.each([
    ['acme.com', undefined, 'generic', 'acme.com'],
    ['www.acme.com', undefined, 'generic', 'acme.com'],
    ['a.b.c.acme.com', undefined, 'generic', 'acme.com'],
    ['maps.acme.com', undefined, 'maps', 'maps.acme.com'],
    ['tiles.maps.acme.com', undefined, 'maps', 'maps.acme.com'],
    ['ACME.COM', undefined, 'generic', 'acme.com'],
    ['Maps.Acme.Com.', undefined, 'maps', 'maps.acme.com'],
    ['acme.com:8443', undefined, 'generic', 'acme.com'],
    ['  acme.com  ', undefined, 'generic', 'acme.com'],
    ['.acme.com', undefined, 'generic', 'acme.com'],
    ['www.acme.com', '/captcha/api.js', 'captcha', 'acme.com'],
    ['www.acme.com', '/captcha/v3/x', 'maps', 'acme.com'],
    ['www.acme.com', 'captcha/api.js', 'captcha', 'acme.com'],
    ['www.acme.com', '/other', 'generic', 'acme.com'],
    ['www.acme.com', '/CAPTCHA', 'generic', 'acme.com'],
    ['www.acme.com', '', 'generic', 'acme.com'],
    ['maps.acme.com', '/captcha', 'maps', 'maps.acme.com'],
    ['x.eu-analytics.de', undefined, 'eu', 'eu-analytics.de'],
  ])('%s %s -> %s', (host, path, id, domain) => {
    const r = m.match(host, path);
    expect(r?.tracker.id).toBe(id);
    expect(r?.domain).toBe(domain);
    expect(r?.company.id).toBe(r?.tracker.companyId);
  });

  it.each([
    ['notacme.com'],
    ['acme.com.evil.net'],
    ['acme.co'],
    ['com'],
    ['orphan.com'],
    ['localhost'],
    ['192.168.0.1'],
    ['[2001:db8::1]'],
    ['2001:db8::1'],
  ])('%s -> null', (host) => {
    expect(m.match(host)).toBeNull();
  });

  it('reports entries it could not index', () => {
    expect(m.problems.some((p) => p.includes('orphan'))).toBe(true);
    expect(m.problems.some((p) => p.includes('dup') && p.includes('acme.com'))).toBe(true);
    expect(m.size).toBe(4);
  });

  it('never throws on garbage input', () => {
    const garbage: unknown[] = [
      '',
      ' ',
      '.',
      '..',
      ':',
      '::',
      'a..b',
      'http://acme.com/x',
      'acme.com/path',
      'ac me.com',
      'ácme.com',
      '\u0000',
      'x'.repeat(10_000),
      `${'a.'.repeat(200)}acme.com`,
      null,
      undefined,
      42,
      {},
      [],
      Symbol('s'),
      () => 1,
    ];
    for (const g of garbage) {
      // Untyped callers (e.g. messages from content scripts) may pass anything.
      expect(() => Reflect.apply(m.match, undefined, [g, g])).not.toThrow();
      expect(() => Reflect.apply(m.matchUrl, undefined, [g])).not.toThrow();
    }
    expect(m.match('http://acme.com/x')).toBeNull();
    expect(m.match('x'.repeat(10_000))).toBeNull();
  });

  it('returns stable objects for repeated lookups', () => {
    expect(m.match('www.acme.com')).toBe(m.match('www.acme.com'));
    expect(m.match('www.acme.com')).toBe(m.match('cdn.acme.com'));
  });

  it('keeps working past its cache bound', () => {
    const small = createTrackerMatcher(trackers, companies, { cacheSize: 2 });
    for (let i = 0; i < 50; i++) expect(small.match(`h${i}.acme.com`)?.tracker.id).toBe('generic');
    expect(small.match('maps.acme.com')?.tracker.id).toBe('maps');
    expect(small.match('h0.acme.com')?.tracker.id).toBe('generic');
    expect(small.cachedHosts).toBeLessThanOrEqual(2);
  });

  it('keeps a sane cache bound whatever size it is given', () => {
    for (const cacheSize of [0, -1, 3, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const t = createTrackerMatcher(trackers, companies, { cacheSize });
      let most = 0;
      for (let i = 0; i < 12_000; i++) {
        t.match(`h${i}.example.org`);
        most = Math.max(most, t.cachedHosts);
      }
      expect(most, String(cacheSize)).toBeLessThanOrEqual(Number.isFinite(cacheSize) ? Math.max(2, cacheSize) : 10_000);
      expect(t.match('maps.acme.com')?.tracker.id).toBe('maps');
    }
  });

  it("answers a host's rules with its path as match(host, path) does, object for object", () => {
    const hosts = ['acme.com', 'www.acme.com', 'ACME.COM', 'maps.acme.com', 'x.eu-analytics.de', 'notacme.com', ''];
    hosts.push('orphan.com', 'captcha.net', 'x'.repeat(300), '.acme.com', 'acme.com:8443');
    const paths = [undefined, '', '/', '/captcha', '/captcha/api.js', 'captcha/api.js', '/captcha/v3/x', '/CAPTCHA'];
    let overridden = 0;
    for (const host of hosts) {
      const rules = m.rules(host);
      expect(rules?.result ?? null).toBe(m.match(host));
      for (const path of paths) {
        const want = m.match(host, path);
        expect(rules === null ? null : matchPath(rules, path)).toBe(want);
        if (want !== null && want !== m.match(host)) overridden++;
      }
    }
    expect(overridden).toBeGreaterThan(5);
  });

  it('matches whole URLs', () => {
    expect(m.matchUrl('https://www.acme.com/captcha/api.js?render=x')?.tracker.id).toBe('captcha');
    expect(m.matchUrl('https://maps.acme.com:443/')?.tracker.id).toBe('maps');
    expect(m.matchUrl('not a url')).toBeNull();
    expect(m.matchUrl('data:text/plain,hi')).toBeNull();
  });
});

describe('normalizeHost', () => {
  it.each([
    ['WWW.Example.COM.', 'www.example.com'],
    ['example.com:80', 'example.com'],
    ['.example.com', 'example.com'],
    ['example.com..', 'example.com'],
    ['', null],
    ['exa mple.com', null],
    ['::1', null],
  ])('%s -> %s', (raw, out) => {
    expect(normalizeHost(raw)).toBe(out);
  });
});

describe('defaultTrackerMatcher (bundled dataset)', () => {
  const m = defaultTrackerMatcher();

  it('builds once, without problems', () => {
    expect(defaultTrackerMatcher()).toBe(m);
    expect(m.problems).toEqual([]);
    expect(m.size).toBeGreaterThan(600);
  });

  it.each([
    ['www.google-analytics.com', '/analytics.js', 'google-analytics', 'google-ireland'],
    ['www.google-analytics.com', '/g/collect?v=2', 'google-analytics-4', 'google-ireland'],
    ['region1.google-analytics.com', '/g/collect', 'google-analytics-4', 'google-ireland'],
    ['www.googletagmanager.com', '/gtm.js?id=GTM-X', 'google-tag-manager', 'google-ireland'],
    ['www.googletagmanager.com', '/gtag/js?id=G-X', 'google-tag', 'google-ireland'],
    ['maps.googleapis.com', '/maps/api/js', 'google-maps', 'google'],
    ['fonts.googleapis.com', '/css2?family=Roboto', 'google-fonts', 'google'],
    ['fonts.gstatic.com', '/s/roboto/v1.woff2', 'google-fonts', 'google'],
    ['ajax.googleapis.com', '/ajax/libs/jquery/3.7.1/jquery.min.js', 'google-hosted-libraries', 'google'],
    ['storage.googleapis.com', '/bucket/x', 'google-cloud-storage', 'google'],
    ['foo.googleapis.com', '/', 'google-apis', 'google'],
    ['www.google.com', '/recaptcha/api.js', 'google-recaptcha', 'google'],
    ['www.google.com', '/maps/embed?pb=1', 'google-maps', 'google'],
    ['www.google.de', '/ads/ga-audiences', 'google-ads', 'google-ireland'],
    ['www.google.com', '/search?q=x', 'google-other', 'google-ireland'],
    ['www.gstatic.com', '/recaptcha/releases/abc/recaptcha__en.js', 'google-recaptcha', 'google'],
    ['www.gstatic.com', '/images/x.png', 'google-static', 'google'],
    ['googleads.g.doubleclick.net', '/pagead/viewthroughconversion/1', 'google-ads', 'google-ireland'],
    ['securepubads.g.doubleclick.net', '/tag/js/gpt.js', 'google-ad-manager', 'google-ireland'],
    ['stats.g.doubleclick.net', '/g/collect', 'google-doubleclick', 'google-ireland'],
    ['i.ytimg.com', '/vi/x/hq.jpg', 'youtube', 'google-ireland'],
    ['www.youtube-nocookie.com', '/embed/x', 'youtube-nocookie', 'google-ireland'],
    ['connect.facebook.net', '/en_US/fbevents.js', 'facebook-pixel', 'meta'],
    ['www.facebook.com', '/tr?id=1&ev=PageView', 'facebook-pixel', 'meta'],
    ['www.facebook.com', '/plugins/like.php', 'facebook', 'meta'],
    ['www.clarity.ms', '/tag/abc', 'microsoft-clarity', 'microsoft'],
    ['bat.bing.com', '/bat.js', 'bing-uet', 'microsoft-ireland'],
    ['px.ads.linkedin.com', '/collect', 'linkedin-insight', 'linkedin'],
    ['analytics.tiktok.com', '/i18n/pixel/events.js', 'tiktok-pixel', 'tiktok'],
    ['s.pinimg.com', '/ct/core.js', 'pinterest-tag', 'pinterest'],
    ['static.hotjar.com', '/c/hotjar-1.js', 'hotjar', 'hotjar'],
    ['js.hs-scripts.com', '/123.js', 'hubspot', 'hubspot'],
    ['js.hs-banner.com', '/123.js', 'hubspot-cookie-banner', 'hubspot'],
    ['munchkin.marketo.net', '/munchkin.js', 'marketo', 'adobe'],
    ['mktdplp102cdn.azureedge.net', '/x', 'azure', 'microsoft'],
    ['tt.omtrdc.net', '/m2/x', 'adobe-target', 'adobe'],
    ['x.sc.omtrdc.net', '/b/ss', 'adobe-analytics', 'adobe'],
    ['cdn.cookielaw.org', '/scripttemplates/otSDKStub.js', 'onetrust', 'onetrust'],
    ['consent.cookiebot.com', '/uc.js', 'cookiebot', 'usercentrics-as'],
    ['sdk.privacy-center.org', '/loader.js', 'didomi', 'didomi'],
    ['challenges.cloudflare.com', '/turnstile/v0/api.js', 'cloudflare-turnstile', 'cloudflare'],
    ['cdnjs.cloudflare.com', '/ajax/libs/x.js', 'cdnjs', 'cloudflare'],
    ['static.cloudflareinsights.com', '/beacon.min.js', 'cloudflare-web-analytics', 'cloudflare'],
    ['cdn.jsdelivr.net', '/npm/x', 'jsdelivr', 'prospect-one'],
    ['script.ioam.de', '/iam.js', 'infonline', 'infonline'],
    ['userlike-cdn-widgets.s3-eu-west-1.amazonaws.com', '/x.js', 'userlike', 'userlike'],
    ['bucket.s3.amazonaws.com', '/x.js', 'aws', 'aws'],
    ['js.stripe.com', '/v3/', 'stripe', 'stripe'],
  ])('%s%s -> %s (%s)', (host, path, id, companyId) => {
    const r = m.match(host, path);
    expect(r?.tracker.id).toBe(id);
    expect(r?.company.id).toBe(companyId);
  });

  it.each([['example.com'], ['www.bund.de'], ['googleapis.com.example.org'], ['mygoogle.com'], ['notfacebook.com']])(
    '%s -> null',
    (host) => {
      expect(m.match(host)).toBeNull();
    },
  );

  // Speed is measured by the core bench (bench/core.bench-run.ts), not asserted here: this machine is shared and noisy.
  it('answers repeated (cached) lookups with the same result every time', () => {
    const hosts = [
      'www.google-analytics.com',
      'connect.facebook.net',
      'cdn.example.org',
      'static.hotjar.com',
      'www.google.com',
    ];
    for (const h of hosts) m.match(h, '/x');
    const n = 20_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (m.match(hosts[i % hosts.length] ?? '', '/recaptcha/api.js') !== null) hits++;
    expect(hits).toBe((n / hosts.length) * 4);
  });
});
