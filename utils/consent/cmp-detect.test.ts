import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CMPS, cmpById } from '../../data/cmps.ts';
import type { CmpSignature } from '../../data/cmps.ts';
import { detectCmps, readCmpChoice, readDetectedChoices, tcfCmpIdsOf } from './cmp-detect.ts';
import type { CmpEvidenceInput } from './cmp-detect.ts';
import { encodeTc as tcString } from '../../test/support/findings.ts';

function cmp(id: string): CmpSignature {
  const c = cmpById(id);
  if (!c) throw new Error(`no CMP ${id}`);
  return c;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const enc = encodeURIComponent;

const EMPTY: CmpEvidenceInput = { scriptUrls: [], cookies: [], storage: [], globals: [] };

describe('detectCmps', () => {
  it.each([
    ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js', 'onetrust'],
    ['https://consent.cookiebot.com/uc.js?cbid=abc', 'cookiebot'],
    ['https://web.cmp.usercentrics.eu/ui/loader.js', 'usercentrics'],
    ['https://app.usercentrics.eu/browser-ui/latest/loader.js', 'usercentrics'],
    ['https://sdk.privacy-center.org/abc/loader.js?target=example.com', 'didomi'],
    ['/wp-content/plugins/borlabs-cookie/assets/javascript/borlabs-cookie.min.js', 'borlabs'],
    ['https://example.com/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js', 'complianz'],
    ['https://cdn-cookieyes.com/client_data/abc/script.js', 'cookieyes'],
    ['https://cdn.consentmanager.net/delivery/autoblocking/abc.js', 'consentmanager'],
    ['https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js', 'sourcepoint'],
    ['https://cmp.inmobi.com/choice/abc/example.com/choice.js', 'quantcast'],
    ['https://consent.trustarc.com/notice?domain=example.com', 'trustarc'],
    ['https://cdn.iubenda.com/cs/iubenda_cs.js', 'iubenda'],
    ['https://cmp.osano.com/abc/def/osano.js', 'osano'],
    ['https://static.axept.io/sdk.js', 'axeptio'],
    ['https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js', 'civic'],
    ['https://consent.cookiefirst.com/sites/example.com-abc/consent.js', 'cookiefirst'],
    ['https://js.hs-banner.com/123.js', 'hubspot'],
  ])('script %s -> %s (high)', (url, id) => {
    const d = detectCmps({ ...EMPTY, scriptUrls: [url] });
    expect(d.map((x) => x.cmpId)).toEqual([id]);
    expect(d[0]?.confidence).toBe('high');
    expect(d[0]?.evidence).toEqual([{ kind: 'script', detail: url }]);
  });

  it('cookies only give medium confidence, globals give high', () => {
    const d = detectCmps({
      ...EMPTY,
      cookies: [
        { name: 'cmplz_marketing', value: 'deny' },
        { name: 'cmplz_banner-status', value: 'dismissed' },
      ],
    });
    expect(d).toEqual([
      {
        cmpId: 'complianz',
        name: 'Complianz',
        confidence: 'medium',
        evidence: [
          { kind: 'cookie', detail: 'cmplz_marketing' },
          { kind: 'cookie', detail: 'cmplz_banner-status' },
        ],
      },
    ]);
    expect(detectCmps({ ...EMPTY, globals: ['Didomi'] })[0]).toMatchObject({ cmpId: 'didomi', confidence: 'high' });
    expect(detectCmps({ ...EMPTY, storage: [{ key: 'uc_settings', value: '{}' }] })[0]).toMatchObject({
      cmpId: 'usercentrics',
      confidence: 'medium',
    });
  });

  it('several CMPs at once, strongest first', () => {
    const d = detectCmps({
      ...EMPTY,
      scriptUrls: ['https://cdn.cookielaw.org/x.js'],
      cookies: [{ name: '_tracking_consent', value: '{}' }],
      globals: ['OneTrust'],
    });
    expect(d.map((x) => [x.cmpId, x.confidence])).toEqual([
      ['onetrust', 'high'],
      ['shopify', 'medium'],
    ]);
  });

  it.each([
    ['https://evilcookielaw.org/x.js'],
    ['https://cdn.cookielaw.org.evil.example/x.js'],
    ['https://example.com/cookielaw/otSDKStub.js'],
    ['not a url at all ::'],
  ])('no false positive for %s', (url) => {
    expect(detectCmps({ ...EMPTY, scriptUrls: [url] })).toEqual([]);
  });

  it('generic TCF signals alone do not name a CMP', () => {
    expect(
      detectCmps({
        ...EMPTY,
        cookies: [
          { name: 'euconsent-v2', value: 'CP...' },
          { name: 'addtl_consent', value: '1~' },
        ],
        globals: ['__tcfapi'],
      }),
    ).toEqual([]);
  });

  it("the CMP id the page's TCF API reports names a registered CMP; unknown or odd ids name none", () => {
    expect(detectCmps({ ...EMPTY, tcfCmpIds: [10] })).toEqual([
      {
        cmpId: 'quantcast',
        name: 'Quantcast Choice / InMobi CMP',
        confidence: 'high',
        evidence: [{ kind: 'tcf', detail: 'TCF CMP id 10' }],
      },
    ]);
    expect(detectCmps({ ...EMPTY, tcfCmpIds: [99999] })).toEqual([]);
    expect(tcfCmpIdsOf([{ cmpId: 10 }, { cmpId: 10 }, {}, { cmpId: -1 }, { cmpId: 1.5 }, { cmpId: 28 }])).toEqual([
      10, 28,
    ]);
  });

  it('ill-typed evidence is ignored without throwing', () => {
    // Deliberately wrong shape, as untrusted page data could arrive (JSON.parse returns an untyped value).
    const bad = JSON.parse(
      '{"scriptUrls":[1,null,{}],"cookies":[null,{"name":5},"x"],"storage":"nope","globals":[{}]}',
    );
    expect(detectCmps(bad)).toEqual([]);
    expect(readCmpChoice(cmp('onetrust'), bad.cookies, bad.storage).state).toBe('none');
  });
});

const DIDOMI_DOC_TOKEN =
  'eyJ1c2VyX2lkIjoiMTc4NDExNGMtZjhiMy02NTkwLWE2ZGYtYjlmYjI0MGJkZWE1IiwiY3JlYXRlZCI6IjIwMjEtMDMtMTdUMTY6NDY6MzIuMzQ0WiIsInVwZGF0ZWQiOiIyMDIxLTAzLTE3VDE2OjQ2OjMyLjM0NFoiLCJ2ZW5kb3JzIjp7ImVuYWJsZWQiOlsiYW1hem9uIiwiZ29vZ2xlIiwiYzpyZXNlYXV4c28tVkZlcEtyTFIiLCJjOnBhcnRlbmFpcmUtWDlTRFdrZzIiLCJjOnBlcnNvbm5hbGktWDNWY3h6UkQiLCJjOmdvb2dsZWFuYS1oN0tjM2U3WSIsImM6cHVibGljaXRlLXRGUkY0ZDM5Il19LCJwdXJwb3NlcyI6eyJlbmFibGVkIjpbInA0ZW05YThtIiwicGFydGVuYWlyZS1jQXNEZThqQyIsIkNMLVQxUmdtNyIsIk05TlJISmUzRyIsInE0emxKcWRjRCJdfSwidmVuZG9yc19saSI6eyJlbmFibGVkIjpbImdvb2dsZSJdfSwidmVyc2lvbiI6Mn0=';

interface ChoiceCase {
  name: string;
  cmp: string;
  cookies?: [string, string][];
  storage?: [string, string][];
  state: string;
  categories?: Record<string, boolean>;
  answered?: boolean | null;
}

const CHOICES: ChoiceCase[] = [
  {
    name: 'OneTrust reject',
    cmp: 'onetrust',
    state: 'rejected',
    answered: true,
    cookies: [
      [
        'OptanonConsent',
        'isGpcEnabled=0&datestamp=Sun+Nov+29+2026+10%3A00%3A00+GMT%2B0100&version=202409.1.0&isIABGlobal=false&hosts=&consentId=abc&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A0%2CC0004%3A0&AwaitingReconsent=false',
      ],
      ['OptanonAlertBoxClosed', '2026-11-29T09:00:00.000Z'],
    ],
    categories: { C0001: true, C0002: false, C0003: false, C0004: false },
  },
  {
    name: 'OneTrust defaults granted before any answer',
    cmp: 'onetrust',
    state: 'accepted',
    answered: false,
    cookies: [
      [
        'OptanonConsent',
        'interactionCount=0&landingPath=https%3A%2F%2Fexample.com%2F&groups=C0001%3A1%2CC0002%3A1%2CC0004%3A1',
      ],
    ],
  },
  {
    name: 'Cookiebot partial (URI-encoded object literal)',
    cmp: 'cookiebot',
    state: 'partial',
    cookies: [
      [
        'CookieConsent',
        '{stamp:%27abc%2Fdef==%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1732800000000%2Cregion:%27de%27}',
      ],
    ],
    categories: { necessary: true, preferences: false, statistics: true, marketing: false },
  },
  { name: 'Cookiebot no consent required (-1)', cmp: 'cookiebot', state: 'none', cookies: [['CookieConsent', '-1']] },
  {
    name: 'Usercentrics uc_settings',
    cmp: 'usercentrics',
    state: 'partial',
    answered: true,
    storage: [
      [
        'uc_settings',
        JSON.stringify({
          controllerId: 'c',
          id: 's',
          language: 'de',
          services: [
            { history: [], id: 'HkocEodjb7', processorId: 'p', status: false },
            { id: 'BJ59EidsWQ', status: true },
          ],
          version: '1',
        }),
      ],
      ['uc_user_interaction', 'true'],
    ],
    categories: { HkocEodjb7: false, BJ59EidsWQ: true },
  },
  {
    name: 'Didomi token from Didomi docs (all enabled)',
    cmp: 'didomi',
    state: 'accepted',
    cookies: [['didomi_token', DIDOMI_DOC_TOKEN]],
  },
  {
    name: 'Didomi reject (base64url, URI-encoded padding)',
    cmp: 'didomi',
    state: 'rejected',
    cookies: [
      [
        'didomi_token',
        enc(
          b64(
            JSON.stringify({
              user_id: 'u',
              purposes: { disabled: ['cookies', 'select_basic_ads', 'measure_content'] },
              version: 2,
            }),
          ),
        ),
      ],
    ],
    categories: { cookies: false, select_basic_ads: false, measure_content: false },
  },
  {
    name: 'Borlabs essential only',
    cmp: 'borlabs',
    state: 'rejected',
    cookies: [
      [
        'borlabs-cookie',
        enc(
          JSON.stringify({
            consents: { essential: ['borlabs-cookie'] },
            domainPath: 'example.com/',
            expires: 'Mon, 29 Nov 2027',
            uid: 'abc',
            version: '3',
          }),
        ),
      ],
    ],
    categories: { statistics: false, marketing: false, essential: true },
  },
  {
    name: 'Borlabs accept all',
    cmp: 'borlabs',
    state: 'accepted',
    cookies: [
      [
        'borlabs-cookie',
        JSON.stringify({
          consents: {
            essential: ['borlabs-cookie'],
            statistics: ['google-analytics'],
            marketing: ['facebook-pixel'],
            'external-media': ['youtube'],
          },
        }),
      ],
    ],
  },
  {
    name: 'Complianz deny',
    cmp: 'complianz',
    state: 'rejected',
    answered: true,
    cookies: [
      ['cmplz_functional', 'allow'],
      ['cmplz_preferences', 'deny'],
      ['cmplz_statistics', 'deny'],
      ['cmplz_marketing', 'deny'],
      ['cmplz_banner-status', 'dismissed'],
    ],
  },
  {
    name: 'CookieYes reject',
    cmp: 'cookieyes',
    state: 'rejected',
    cookies: [
      [
        'cookieyes-consent',
        'consentid:NXB6ZkdwNnFtR0x6,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no',
      ],
    ],
    categories: {
      necessary: true,
      functional: false,
      analytics: false,
      performance: false,
      advertisement: false,
      other: false,
    },
  },
  {
    name: 'CookieLawInfo legacy checkboxes',
    cmp: 'cookieyes',
    state: 'partial',
    cookies: [
      ['cookielawinfo-checkbox-analytics', 'yes'],
      ['cookielawinfo-checkbox-advertisement', 'no'],
    ],
  },
  {
    name: 'Klaro (URI-encoded JSON)',
    cmp: 'klaro',
    state: 'partial',
    cookies: [['klaro', enc('{"google-analytics":true,"matomo":false}')]],
  },
  { name: 'TrustArc all', cmp: 'trustarc', state: 'accepted', cookies: [['notice_gdpr_prefs', '0,1,2:']] },
  {
    name: 'TrustArc required only',
    cmp: 'trustarc',
    state: 'rejected',
    cookies: [['notice_gdpr_prefs', '0:']],
    categories: { '0': true, '1': false, '2': false },
  },
  {
    name: 'iubenda reject',
    cmp: 'iubenda',
    state: 'rejected',
    cookies: [
      [
        '_iub_cs-12345',
        enc(
          '{"timestamp":"2026-11-29T10:00:00.000Z","version":"1.60.0","purposes":{"1":true,"2":false,"3":false,"4":false,"5":false},"id":12345,"cons":{"rand":"abc"}}',
        ),
      ],
    ],
  },
  {
    name: 'Real Cookie Banner: presence only',
    cmp: 'real-cookie-banner',
    state: 'unknown',
    answered: true,
    cookies: [['real_cookie_banner-v:3_blog:1_path:abc', 'x:y:{"1":[2]}']],
  },
  {
    name: 'Osano partial',
    cmp: 'osano',
    state: 'partial',
    cookies: [
      [
        'osano_consentmanager',
        b64('{"ESSENTIAL":"ACCEPT","ANALYTICS":"ACCEPT","MARKETING":"DENY","PERSONALIZATION":"DENY"}'),
      ],
    ],
  },
  {
    name: 'Axeptio accept',
    cmp: 'axeptio',
    state: 'accepted',
    cookies: [
      [
        'axeptio_cookies',
        enc(
          '{"$$token":"t","$$date":"2026-11-29T10:00:00.000Z","$$cookiesVersion":{"name":"v"},"google_analytics":true,"facebook_pixel":true,"$$completed":true}',
        ),
      ],
    ],
    categories: { google_analytics: true, facebook_pixel: true },
  },
  {
    name: 'Ketch',
    cmp: 'ketch',
    state: 'partial',
    cookies: [['_ketch_consent_v1_', b64('{"analytics":{"status":"granted"},"advertising":{"status":"denied"}}')]],
  },
  {
    name: 'Civic Cookie Control',
    cmp: 'civic',
    state: 'partial',
    cookies: [
      [
        'CookieControl',
        '{"necessaryCookies":[],"optionalCookies":{"analytics":"accepted","marketing":"revoked"},"statement":{},"consentDate":1732800000000,"consentExpiry":90,"interactedWith":true,"user":"x"}',
      ],
    ],
  },
  {
    name: 'Cookie Information necessary only',
    cmp: 'cookie-information',
    state: 'rejected',
    cookies: [
      [
        'CookieInformationConsent',
        enc(
          '{"website_uuid":"x","consents_approved":["cookie_cat_necessary"],"consents_denied":["cookie_cat_functional","cookie_cat_statistic","cookie_cat_marketing","cookie_cat_unclassified"]}',
        ),
      ],
    ],
  },
  {
    name: 'CookieFirst',
    cmp: 'cookiefirst',
    state: 'accepted',
    cookies: [
      [
        'cookiefirst-consent',
        enc('{"necessary":true,"performance":true,"functional":true,"advertising":true,"timestamp":1732800000}'),
      ],
    ],
  },
  {
    name: 'Piwik PRO (-1 undecided is skipped)',
    cmp: 'piwik-pro',
    state: 'partial',
    cookies: [
      [
        'ppms_privacy_abc-123',
        '{"visitorId":"v","consents":{"analytics":{"status":1},"remarketing":{"status":0},"ab_testing_and_personalization":{"status":-1}}}',
      ],
    ],
    categories: { analytics: true, remarketing: false },
  },
  {
    name: 'Shopify reject',
    cmp: 'shopify',
    state: 'rejected',
    cookies: [
      [
        '_tracking_consent',
        enc('{"con":{"CMP":{"a":"0","m":"0","p":"0","s":""}},"v":"2.1","region":"DEBY","reg":"GDPR"}'),
      ],
    ],
  },
  {
    name: 'HubSpot categories',
    cmp: 'hubspot',
    state: 'accepted',
    cookies: [['__hs_cookie_cat_pref', '1:true,2:true,3:true']],
  },
  { name: 'HubSpot opt-out', cmp: 'hubspot', state: 'rejected', cookies: [['__hs_opt_out', 'yes']] },
  {
    name: 'Cookie Notice declined',
    cmp: 'cookie-notice',
    state: 'rejected',
    cookies: [['cookie_notice_accepted', 'false']],
  },
  {
    name: 'Quantcast via TC string: reject all',
    cmp: 'quantcast',
    state: 'rejected',
    cookies: [['euconsent-v2', tcString([])]],
  },
  {
    name: 'Sourcepoint via TC string: accept all',
    cmp: 'sourcepoint',
    state: 'accepted',
    cookies: [['euconsent-v2', tcString([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]],
  },
  {
    name: 'consentmanager via TC string: partial',
    cmp: 'consentmanager',
    state: 'partial',
    cookies: [['euconsent-v2', tcString([1])]],
  },
  { name: 'nothing stored', cmp: 'onetrust', state: 'none', answered: false },
];

describe('readCmpChoice', () => {
  it.each(CHOICES)('$name', (c) => {
    const r = readCmpChoice(
      cmp(c.cmp),
      (c.cookies ?? []).map(([name, value]) => ({ name, value })),
      (c.storage ?? []).map(([key, value]) => ({ key, value })),
    );
    expect(r.state).toBe(c.state);
    if (c.categories) expect(r.categories).toEqual(c.categories);
    if (c.answered !== undefined) expect(r.answered).toBe(c.answered);
    if (c.state !== 'none' && c.state !== 'unknown') {
      expect(r.error).toBeUndefined();
      expect(r.evidence).toContain(c.cookies?.[0]?.[0] ?? c.storage?.[0]?.[0] ?? '');
    }
  });

  it('prefers the CMP cookie over the TC string', () => {
    const r = readCmpChoice(
      cmp('onetrust'),
      [
        { name: 'euconsent-v2', value: tcString([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) },
        { name: 'OptanonConsent', value: 'groups=C0001%3A1%2CC0002%3A0' },
      ],
      [],
    );
    expect(r.state).toBe('rejected');
    expect(r.evidence).toMatch(/^cookie OptanonConsent=/);
  });

  it.each([
    ['onetrust', 'OptanonConsent', 'groups'],
    ['onetrust', 'OptanonConsent', 'no-groups-here=1'],
    ['cookiebot', 'CookieConsent', '{{{'],
    ['didomi', 'didomi_token', '!!!not-base64!!!'],
    ['didomi', 'didomi_token', b64('not json')],
    ['borlabs', 'borlabs-cookie', '%E0%A4%A'],
    ['klaro', 'klaro', '[1,2'],
    ['iubenda', '_iub_cs-1', '{"purposes":"all"}'],
    ['quantcast', 'euconsent-v2', 'garbage'],
    ['quantcast', 'euconsent-v2', 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA'],
    ['cookieyes', 'cookieyes-consent', ''],
    ['civic', 'CookieControl', '{"optionalCookies":[1]}'],
  ])('%s: garbage %s=%j -> unknown with an error', (id, name, value) => {
    const r = readCmpChoice(cmp(id), [{ name, value }], []);
    expect(r.state).toBe('unknown');
    expect(r.error).toBeTruthy();
  });

  it('huge values are refused, not parsed', () => {
    const r = readCmpChoice(cmp('klaro'), [{ name: 'klaro', value: `{"a":true,"b":"${'x'.repeat(70_000)}"}` }], []);
    expect(r.state).toBe('unknown');
    expect(r.error).toMatch(/longer than/);
  });

  // Object.prototype's members as stored values: Cookiebot's `specialValues` table was read with `[value]`, so
  // CookieConsent=toString returned Object.prototype.toString as the state (and `constructor`, `valueOf`, `__proto__`
  // likewise). fast-check's strings produce these names now and then (about 8 in 10,000 strings), which is how the
  // property below failed once in a full unit run without a kept counterexample: 1 in a few thousand runs.
  it.each(['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', ' toString ', 'to%53tring'])(
    'a stored value naming an Object.prototype member (%j) is no special value of any CMP',
    (value) => {
      for (const c of CMPS)
        for (const d of c.decoders) {
          const name = (d.source.cookie ?? d.source.storage ?? 'x').replace(/\*$/, 'abc');
          const r = readCmpChoice(c, [{ name, value }], [{ key: name, value }]);
          expect(['none', 'accepted', 'rejected', 'partial', 'unknown'], `${c.id} ${name}`).toContain(r.state);
        }
    },
  );

  it('a category named like an Object.prototype member is read as any other', () => {
    const r = readCmpChoice(cmp('klaro'), [{ name: 'klaro', value: '{"toString":false,"constructor":false}' }], []);
    expect(r.categories).toEqual({ toString: false, constructor: false });
    expect(r.state).toBe('rejected');
  });

  it('never throws on arbitrary values for any CMP', () => {
    const names = CMPS.flatMap((c) =>
      c.decoders.map((d) => (d.source.cookie ?? d.source.storage ?? 'x').replace(/\*$/, 'abc')),
    );
    // The prototype's member names are drawn half the time (not left to fast-check's rare bias); the cases above pin them.
    const protoNames = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(
        fc.constantFrom(...CMPS),
        fc.constantFrom(...names),
        fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom(...protoNames)),
        (c, name, value) => {
          const r = readCmpChoice(c, [{ name, value }], [{ key: name, value }]);
          expect(['none', 'accepted', 'rejected', 'partial', 'unknown']).toContain(r.state);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('readDetectedChoices', () => {
  it('detects and reads in one go', () => {
    const r = readDetectedChoices({
      scriptUrls: ['https://consent.cookiebot.com/uc.js'],
      globals: [],
      storage: [],
      cookies: [
        {
          name: 'CookieConsent',
          value: "{stamp:'x',necessary:true,preferences:true,statistics:true,marketing:true,method:'explicit',ver:1}",
        },
      ],
    });
    expect(r).toHaveLength(1);
    expect(r[0]?.detection.cmpId).toBe('cookiebot');
    expect(r[0]?.choice.state).toBe('accepted');
  });
});
