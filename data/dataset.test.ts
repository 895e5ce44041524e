import { describe, it, expect } from 'vitest';
import { COMPANIES, COOKIE_PATTERNS, COOKIE_PURPOSES, DATASET_VERSION, TRACKERS, TRACKER_CATEGORIES } from './index.ts';
import type { Tracker } from './types.ts';

const LATEST = Date.parse('2026-11-30T00:00:00Z');
const CATEGORIES = new Set<string>(TRACKER_CATEGORIES);
const PURPOSES = new Set<string>(COOKIE_PURPOSES);
const companyIds = new Set(COMPANIES.map((c) => c.id));
const trackerIds = new Set(TRACKERS.map((t) => t.id));

function isPastIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  // Round-trip rejects dates like 2026-02-31.
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s && t <= LATEST;
}

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

// Lower-case DNS labels only: no scheme, path, port, wildcard or surrounding dots.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function byName(fragment: string): Tracker | undefined {
  const f = fragment.toLowerCase();
  return TRACKERS.find((t) => t.name.toLowerCase().includes(f));
}

describe('dataset: companies', () => {
  it('has unique kebab-case ids', () => {
    const ids = COMPANIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it.each(COMPANIES.map((c) => [c.id, c] as const))('%s is well-formed', (_id, c) => {
    expect(c.name.trim().length).toBeGreaterThan(1);
    expect(c.brand.trim().length).toBeGreaterThan(0);
    expect(c.country).toMatch(/^[A-Z]{2}$/);
    if (c.parentCountry !== undefined) {
      expect(c.parentCountry).toMatch(/^[A-Z]{2}$/);
      expect(c.parentCountry).not.toBe(c.country);
    }
    expect(isHttpsUrl(c.source), c.source).toBe(true);
    expect(isPastIsoDate(c.checked), c.checked).toBe(true);
    // DPF status is not a company field any more: it comes from the cited data/dpf-evidence.ts.
    expect('dpf' in c).toBe(false);
  });

  it('records the entities named in the brief with the right seat', () => {
    const expected: Array<[string, string, string]> = [
      ['hotjar', 'Hotjar Ltd', 'MT'],
      ['contentsquare', 'Contentsquare SAS', 'FR'],
      ['criteo', 'Criteo SA', 'FR'],
      ['adform', 'Adform A/S', 'DK'],
      ['usercentrics', 'Usercentrics GmbH', 'DE'],
      ['usercentrics-as', 'Usercentrics A/S', 'DK'],
      ['didomi', 'Didomi SAS', 'FR'],
      ['sourcepoint', 'Sourcepoint Technologies, Inc.', 'US'],
      ['onetrust', 'OneTrust LLC', 'US'],
      ['quantcast', 'Quantcast Corporation', 'US'],
      ['hubspot', 'HubSpot, Inc.', 'US'],
      ['brevo', 'Sendinblue SAS', 'FR'],
      ['activecampaign', 'ActiveCampaign, LLC', 'US'],
      ['mailchimp', 'The Rocket Science Group LLC', 'US'],
      ['tiktok', 'TikTok Technology Limited', 'IE'],
      ['meta', 'Meta Platforms Ireland Limited', 'IE'],
    ];
    for (const [id, name, country] of expected) {
      const c = COMPANIES.find((x) => x.id === id);
      expect(c?.name, id).toBe(name);
      expect(c?.country, id).toBe(country);
    }
    expect(COMPANIES.find((c) => c.id === 'meta')?.parentCountry).toBe('US');
  });

  it('every company is used by at least one tracker', () => {
    const used = new Set(TRACKERS.map((t) => t.companyId));
    expect(COMPANIES.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe('dataset: trackers', () => {
  it('has at least 300 trackers with unique kebab-case ids', () => {
    expect(TRACKERS.length).toBeGreaterThanOrEqual(300);
    const ids = TRACKERS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it.each(TRACKERS.map((t) => [t.id, t] as const))('%s is well-formed', (_id, t) => {
    expect(t.name.trim().length).toBeGreaterThan(1);
    expect(companyIds.has(t.companyId), t.companyId).toBe(true);
    expect(CATEGORIES.has(t.category), t.category).toBe(true);
    expect(typeof t.needsConsent).toBe('boolean');
    expect(isHttpsUrl(t.source), t.source).toBe(true);
    expect(isPastIsoDate(t.checked), t.checked).toBe(true);
    for (const d of t.domains) expect(d, d).toMatch(DOMAIN);
    for (const p of t.paths ?? []) {
      expect(p.pathPrefix.startsWith('/'), p.pathPrefix).toBe(true);
      expect(trackerIds.has(p.trackerId), p.trackerId).toBe(true);
      expect(p.trackerId).not.toBe(t.id);
    }
    // A tracker without hosts must be self-hosted or reachable through another tracker's path override.
    if (t.domains.length === 0) {
      const viaPath = TRACKERS.some((o) => o.paths?.some((p) => p.trackerId === t.id));
      expect(t.selfHosted === true || viaPath).toBe(true);
    }
    if (t.selfHosted) expect(t.domains).toEqual([]);
  });

  it('lists no domain twice across trackers', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const t of TRACKERS) {
      for (const d of t.domains) {
        const prev = seen.get(d);
        if (prev !== undefined) dups.push(`${d}: ${prev} and ${t.id}`);
        seen.set(d, t.id);
      }
    }
    expect(dups).toEqual([]);
  });

  it('follows the category defaults for consent, with documented exceptions', () => {
    const noConsent = new Set(['consent-manager', 'payments', 'cdn', 'hosting']);
    for (const t of TRACKERS) {
      if (noConsent.has(t.category)) expect(t.needsConsent, t.id).toBe(false);
      if (
        ['advertising', 'session-replay', 'social', 'fonts', 'video', 'maps'].includes(t.category) &&
        !t.needsConsent
      ) {
        // Only an explained exception may skip consent in these categories.
        expect(t.notes ?? '', t.id).not.toBe('');
      }
    }
    expect(TRACKERS.find((t) => t.id === 'google-fonts')?.needsConsent).toBe(true);
    expect(TRACKERS.find((t) => t.id === 'google-fonts')?.notes).toMatch(/LG München/);
  });

  it('covers the common services named in the brief', () => {
    const names = [
      'Google Analytics',
      'Google Analytics 4',
      'Google Tag Manager',
      'Google Ads',
      'DoubleClick',
      'AdSense',
      'Google Fonts',
      'Google Maps',
      'YouTube',
      'reCAPTCHA',
      'Google Optimize',
      'Meta Pixel',
      'Instagram',
      'Microsoft Clarity',
      'UET',
      'LinkedIn Insight',
      'TikTok',
      'Pinterest',
      'Snap',
      'X (Twitter)',
      'Reddit',
      'Criteo',
      'Taboola',
      'Outbrain',
      'Amazon Ads',
      'Adform',
      'Xandr',
      'The Trade Desk',
      'PubMatic',
      'Magnite',
      'OpenX',
      'Index Exchange',
      'Teads',
      'Quantcast',
      'Yahoo',
      'Hotjar',
      'FullStory',
      'Mouseflow',
      'Smartlook',
      'LogRocket',
      'Contentsquare',
      'Matomo Cloud',
      'Piwik PRO',
      'etracker',
      'Adobe Analytics',
      'Adobe Target',
      'Launch',
      'Mixpanel',
      'Amplitude',
      'Heap',
      'Segment',
      'Optimizely',
      'VWO',
      'AB Tasty',
      'Kameleoon',
      'Intercom',
      'Drift',
      'Zendesk',
      'LiveChat',
      'tawk.to',
      'Userlike',
      'Crisp',
      'Sentry',
      'Bugsnag',
      'Datadog RUM',
      'New Relic',
      'Cloudflare CDN',
      'Cloudflare Web Analytics',
      'jsDelivr',
      'unpkg',
      'cdnjs',
      'Akamai',
      'Fastly',
      'Vimeo',
      'Wistia',
      'Spotify',
      'Trustpilot',
      'Trusted Shops',
      'Awin',
      'Tradedoubler',
      'Webgains',
      'CJ',
      'impact.com',
      'OneTrust',
      'Cookiebot',
      'Usercentrics',
      'Didomi',
      'consentmanager',
      'Sourcepoint',
      'Quantcast Choice',
      'TrustArc',
      'iubenda',
      'Borlabs',
      'CookieYes',
      'Osano',
      'Axeptio',
      'Klaro',
      'Complianz',
      'OneSignal',
      'CleverPush',
      'emetriq',
      'Ströer',
      'Yieldlove',
      'INFOnline',
      'AGF',
      'econda',
      'Webtrekk',
      'ADITION',
      'Sovrn',
    ];
    expect(names.filter((n) => byName(n) === undefined)).toEqual([]);
  });

  it('covers marketing automation completely', () => {
    const names = [
      'HubSpot',
      'Marketo',
      'Pardot',
      'Marketing Cloud Account Engagement',
      'Salesforce Marketing Cloud',
      'Salesforce Interaction Studio',
      'Mailchimp',
      'Brevo',
      'Sendinblue',
      'ActiveCampaign',
      'Klaviyo',
      'Customer.io',
      'Braze',
      'Iterable',
      'Eloqua',
      'Act-On',
      'SharpSpring',
      'Keap',
      'GetResponse',
      'CleverReach',
      'rapidmail',
      'Brevo Conversations',
      'Sendinblue Conversations',
      'Emarsys',
      'Mautic',
      'Acquia',
      'Autopilot',
      'Drip',
      'ConvertKit',
      'Kit',
      'MailerLite',
      'Omnisend',
      'Dotdigital',
      'Selligent',
      'Marigold',
      'Evalanche',
      'Inxmail',
      'Optimizely',
      'Leadfeeder',
      'Dealfront',
      'Albacross',
      'Lead Forensics',
      '6sense',
      'Demandbase',
      'ZoomInfo',
      'Clearbit',
      'Bombora',
      'Zoho SalesIQ',
      'Zoho PageSense',
      'Zoho Campaigns',
      'Freshmarketer',
      'Pipedrive',
      'Intercom',
    ];
    expect(names.filter((n) => byName(n) === undefined)).toEqual([]);
    const ma = TRACKERS.filter((t) => t.category === 'marketing-automation');
    expect(ma.length).toBeGreaterThanOrEqual(40);
    for (const t of ma) expect(t.needsConsent, t.id).toBe(true);
  });

  it('marks self-hosted tools without hosts', () => {
    for (const id of ['borlabs-cookie', 'klaro', 'complianz', 'matomo', 'mautic']) {
      const t = TRACKERS.find((x) => x.id === id);
      expect(t?.selfHosted, id).toBe(true);
      expect(t?.notes, id).toMatch(/self|own/i);
    }
  });
});

describe('dataset: cookie patterns', () => {
  it.each(COOKIE_PATTERNS.map((p, i) => [`${i}:${p.pattern}`, p] as const))('%s is well-formed', (_k, p) => {
    expect(p.pattern.length).toBeGreaterThan(0);
    expect(['exact', 'prefix', 'regex']).toContain(p.match);
    if (p.owner !== null) expect(trackerIds.has(p.owner), p.owner).toBe(true);
    expect(PURPOSES.has(p.purpose), p.purpose).toBe(true);
    expect(typeof p.needsConsent).toBe('boolean');
    expect(p.description.length).toBeGreaterThan(5);
    expect(p.description).not.toMatch(/\n/);
    expect(isHttpsUrl(p.source), p.source).toBe(true);
    expect(isPastIsoDate(p.checked), p.checked).toBe(true);
    if (p.match === 'regex') {
      expect(() => new RegExp(p.pattern)).not.toThrow();
      expect(p.pattern.startsWith('^') && p.pattern.endsWith('$'), p.pattern).toBe(true);
    }
    if (p.match !== 'regex') expect(p.pattern).not.toMatch(/[*\s;=,]/);
    // Consent records and strictly necessary cookies never need consent.
    if (p.purpose === 'consent' || p.purpose === 'necessary') expect(p.needsConsent).toBe(false);
  });

  it('has no duplicate exact names or prefixes', () => {
    const keys = COOKIE_PATTERNS.map((p) => `${p.match}:${p.pattern}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('owners of consent cookies are consent managers', () => {
    const cmp = new Set(TRACKERS.filter((t) => t.category === 'consent-manager').map((t) => t.id));
    for (const name of [
      'OptanonConsent',
      'CookieConsent',
      'didomi_token',
      'borlabs-cookie',
      'cookieyes-consent',
      'klaro',
    ]) {
      const p = COOKIE_PATTERNS.find((x) => x.pattern === name);
      expect(p?.purpose, name).toBe('consent');
      expect(cmp.has(p?.owner ?? ''), name).toBe(true);
    }
  });
});

describe('dataset: version', () => {
  it('is a dotted date', () => {
    expect(DATASET_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
  });
});
