// CMP signatures and choice decoders as data, interpreted generically by utils/consent/cmp-detect.ts.
// Formats were taken from the vendors' public documentation where it describes them, otherwise from
// the stored values the CMPs write; `confidence` says which. No third-party tracker database was used.

/** A name to match: exact, or a prefix when it ends with '*'. */
export type NamePattern = string;

/** Where a stored choice lives. */
export interface ChoiceSource {
  cookie?: NamePattern;
  storage?: NamePattern;
}

/** How the parsed value becomes categories. */
export type CategoryShape =
  /** Object of category -> value (value judged with `values`). */
  | { kind: 'boolean-map'; onlyKeys?: string[]; ignoreKeys?: string[]; ignoreKeyPrefixes?: string[] }
  /** Object with lists of granted and denied category ids. */
  | { kind: 'enabled-disabled'; enabledPath: string[]; disabledPath: string[] }
  /** Object keys or array items present = granted; `knownCategories` absent = denied. */
  | { kind: 'keys-present'; knownCategories: string[] }
  /** Array of objects (id in `keyField`) or object of objects; value at `valuePath` inside each. */
  | { kind: 'entries'; keyField?: string; valuePath: string[] };

/** The small, generic set of value formats. */
export type DecoderFormat =
  /** URL query string; `field` holds a list like 'C0001:1,C0002:0'. */
  | { format: 'urlencoded-field'; field: string; listSep: string; pairSep: string }
  /** 'key:value,key:value' straight in the value. */
  | { format: 'pair-list'; listSep: string; pairSep: string }
  /** JSON (URI-decoded if needed), then `path`. */
  | { format: 'json-path'; path: string[]; jsonFromFirstBrace?: boolean }
  /** Base64 or base64url JSON, then `path`. */
  | { format: 'base64-json'; path: string[] }
  /** JS object literal with unquoted keys and single-quoted strings ({a:true,b:'x'}), then `path`. */
  | { format: 'js-object-literal'; path: string[] }
  /** The whole value is the state of one category. */
  | { format: 'plain-value'; category: string }
  /** A list of granted ids, e.g. '0,1,2:' (chars in `trim` stripped from the ends). */
  | { format: 'id-list'; listSep: string; trim?: string }
  /** An IAB TCF v2 TC string; categories become 'purpose1'..'purpose11'. */
  | { format: 'tcf' };

export interface ValueCoding {
  granted: string[];
  denied: string[];
}

export type CmpDecoder = DecoderFormat & {
  source: ChoiceSource;
  /** Omitted for 'plain-value', 'id-list' (keys-present implied) and 'tcf'. */
  shape?: CategoryShape;
  /** Compared case-insensitively with String(value); default DEFAULT_VALUES. */
  values?: ValueCoding;
  /** Categories always on; ignored when judging accepted/rejected. */
  necessary?: string[];
  /** Whole raw values with a fixed meaning (e.g. Cookiebot '-1' = no consent needed in this region). */
  specialValues?: Record<string, 'none' | 'accepted' | 'rejected'>;
  labels?: Record<string, string>;
  confidence: 'high' | 'medium' | 'low';
};

export interface CmpSignature {
  id: string;
  name: string;
  company: string;
  /** IAB TCF CMP ids, only where certain. */
  tcfCmpIds?: number[];
  /** Hostname or parent domain of scripts/iframes. */
  scriptHosts: string[];
  /** Path fragments for self-hosted scripts (WordPress plugins). */
  scriptPaths?: string[];
  cookies: NamePattern[];
  storageKeys: NamePattern[];
  globals: string[];
  /** Cookies/keys whose presence means the visitor answered the banner. */
  answeredMarkers?: ChoiceSource[];
  decoders: CmpDecoder[];
  source: string;
  checked: string;
  note?: string;
}

export const DEFAULT_VALUES: ValueCoding = {
  granted: ['true', '1', 'yes', 'allow', 'allowed', 'granted', 'accept', 'accepted', 'on'],
  denied: ['false', '0', 'no', 'deny', 'denied', 'reject', 'rejected', 'revoked', 'off'],
};

const CHECKED = '2026-11-29';
const TCF_COOKIE: CmpDecoder = { source: { cookie: 'euconsent-v2' }, format: 'tcf', confidence: 'high' };

export const CMPS: readonly CmpSignature[] = [
  {
    id: 'onetrust', name: 'OneTrust', company: 'OneTrust LLC', tcfCmpIds: [28],
    scriptHosts: ['cdn.cookielaw.org', 'optanon.blob.core.windows.net', 'cookie-cdn.cookiepro.com', 'cdn.cookiepro.com', 'geolocation.onetrust.com'],
    cookies: ['OptanonConsent', 'OptanonAlertBoxClosed'], storageKeys: [], globals: ['OneTrust', 'Optanon', 'OnetrustActiveGroups', 'OptanonActiveGroups'],
    answeredMarkers: [{ cookie: 'OptanonAlertBoxClosed' }],
    decoders: [
      {
        source: { cookie: 'OptanonConsent' }, format: 'urlencoded-field', field: 'groups', listSep: ',', pairSep: ':',
        shape: { kind: 'boolean-map' }, necessary: ['C0001'], confidence: 'high',
        labels: { C0001: 'Strictly necessary', C0002: 'Performance', C0003: 'Functional', C0004: 'Targeting', C0005: 'Social media' },
      },
      TCF_COOKIE,
    ],
    source: 'https://my.onetrust.com/articles/en_US/Knowledge/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0', checked: CHECKED,
  },
  {
    id: 'cookiebot', name: 'Cookiebot', company: 'Cybot A/S (Usercentrics)', tcfCmpIds: [134],
    scriptHosts: ['consent.cookiebot.com', 'consentcdn.cookiebot.com', 'consent.cookiebot.eu', 'consentcdn.cookiebot.eu'],
    cookies: ['CookieConsent', 'CookieConsentBulkSetting-*'], storageKeys: [], globals: ['Cookiebot', 'CookieDeclaration'],
    answeredMarkers: [{ cookie: 'CookieConsent' }],
    decoders: [
      {
        source: { cookie: 'CookieConsent' }, format: 'js-object-literal', path: [],
        shape: { kind: 'boolean-map', onlyKeys: ['necessary', 'preferences', 'statistics', 'marketing'] },
        necessary: ['necessary'], specialValues: { '-1': 'none' }, confidence: 'high',
      },
      TCF_COOKIE,
    ],
    source: 'https://www.cookiebot.com/en/developer/', checked: CHECKED,
    note: "CookieConsent = -1 means the visitor's region needs no consent.",
  },
  {
    id: 'usercentrics', name: 'Usercentrics', company: 'Usercentrics GmbH', tcfCmpIds: [5],
    scriptHosts: ['app.usercentrics.eu', 'web.cmp.usercentrics.eu', 'privacy-proxy.usercentrics.eu', 'api.usercentrics.eu', 'graphql.usercentrics.eu', 'aggregator.service.usercentrics.eu'],
    cookies: ['uc_user_interaction', 'uc_settings'], storageKeys: ['uc_settings', 'uc_user_interaction', 'uc_ui_version', 'ucData', 'ucString'],
    globals: ['UC_UI', 'usercentrics', '__ucCmp', 'UC_UI_IS_RENDERED'],
    answeredMarkers: [{ storage: 'uc_user_interaction' }, { cookie: 'uc_user_interaction' }],
    decoders: [
      { source: { storage: 'uc_settings' }, format: 'json-path', path: ['services'], shape: { kind: 'entries', keyField: 'id', valuePath: ['status'] }, confidence: 'medium' },
      { source: { storage: 'ucData' }, format: 'json-path', path: ['consent', 'services'], shape: { kind: 'entries', valuePath: ['consent'] }, confidence: 'low' },
      TCF_COOKIE,
    ],
    source: 'https://docs.usercentrics.com/', checked: CHECKED,
    note: 'Usercentrics stores per-service consent, not categories; categories are service ids.',
  },
  {
    id: 'didomi', name: 'Didomi', company: 'Didomi SAS', tcfCmpIds: [7],
    scriptHosts: ['sdk.privacy-center.org', 'api.privacy-center.org'],
    cookies: ['didomi_token'], storageKeys: ['didomi_token'], globals: ['Didomi', 'didomiOnReady', 'didomiConfig'],
    answeredMarkers: [{ cookie: 'didomi_token' }],
    decoders: [
      {
        source: { cookie: 'didomi_token' }, format: 'base64-json', path: [],
        shape: { kind: 'enabled-disabled', enabledPath: ['purposes', 'enabled'], disabledPath: ['purposes', 'disabled'] }, confidence: 'high',
      },
      { source: { storage: 'didomi_token' }, format: 'base64-json', path: [], shape: { kind: 'enabled-disabled', enabledPath: ['purposes', 'enabled'], disabledPath: ['purposes', 'disabled'] }, confidence: 'medium' },
      TCF_COOKIE,
    ],
    source: 'https://support.didomi.io/en/didomi-cookies-storage-1', checked: CHECKED,
  },
  {
    id: 'borlabs', name: 'Borlabs Cookie', company: 'Borlabs GmbH',
    scriptHosts: [], scriptPaths: ['/wp-content/plugins/borlabs-cookie/', '/wp-content/cache/borlabs-cookie/'],
    cookies: ['borlabs-cookie'], storageKeys: [], globals: ['BorlabsCookie', 'borlabsCookieConfig', 'BorlabsCookieBox'],
    answeredMarkers: [{ cookie: 'borlabs-cookie' }],
    decoders: [{
      source: { cookie: 'borlabs-cookie' }, format: 'json-path', path: ['consents'],
      // Only groups nearly every Borlabs site has are assumed refused when absent.
      shape: { kind: 'keys-present', knownCategories: ['statistics', 'marketing'] },
      necessary: ['essential'], confidence: 'medium',
    }],
    source: 'https://borlabs.io/kb/', checked: CHECKED,
    note: 'consents lists the accepted groups with their services; absent known groups were not accepted.',
  },
  {
    id: 'complianz', name: 'Complianz', company: 'Complianz B.V.',
    scriptHosts: [], scriptPaths: ['/wp-content/plugins/complianz-gdpr/', '/wp-content/plugins/complianz-gdpr-premium/'],
    cookies: ['cmplz_*'], storageKeys: [], globals: ['complianz', 'cmplz_set_category', 'cmplz_has_consent'],
    answeredMarkers: [{ cookie: 'cmplz_banner-status' }],
    decoders: ['functional', 'preferences', 'statistics', 'statistics-anonymous', 'marketing'].map((category): CmpDecoder => ({
      source: { cookie: `cmplz_${category}` }, format: 'plain-value', category,
      values: { granted: ['allow'], denied: ['deny'] }, necessary: ['functional'], confidence: 'high',
    })),
    source: 'https://complianz.io/cookie-consent-cookies/', checked: CHECKED,
  },
  {
    id: 'cookieyes', name: 'CookieYes', company: 'CookieYes Limited',
    scriptHosts: ['cdn-cookieyes.com', 'app.cookieyes.com', 'log.cookieyes.com'], scriptPaths: ['/wp-content/plugins/cookie-law-info/'],
    cookies: ['cookieyes-consent', 'cookielawinfo-checkbox-*', 'viewed_cookie_policy', 'CookieLawInfoConsent'], storageKeys: [],
    globals: ['cookieyes', 'getCkyConsent', 'cli_cookiebar_settings'],
    decoders: [
      {
        source: { cookie: 'cookieyes-consent' }, format: 'pair-list', listSep: ',', pairSep: ':',
        shape: { kind: 'boolean-map', ignoreKeys: ['consentid', 'consent', 'action', 'rejected', 'lastRenewedDate'] },
        necessary: ['necessary'], confidence: 'high',
      },
      ...['necessary', 'functional', 'analytics', 'performance', 'advertisement', 'others'].map((category): CmpDecoder => ({
        source: { cookie: `cookielawinfo-checkbox-${category}` }, format: 'plain-value', category, necessary: ['necessary'], confidence: 'medium',
      })),
    ],
    source: 'https://www.cookieyes.com/documentation/retrieving-consent-data-using-api-getckyconsent/', checked: CHECKED,
  },
  {
    id: 'klaro', name: 'Klaro', company: 'KIProtect GmbH',
    scriptHosts: ['cdn.kiprotect.com'], scriptPaths: ['/klaro.js', '/klaro-no-css.js'],
    cookies: ['klaro'], storageKeys: ['klaro'], globals: ['klaro', 'klaroConfig'],
    answeredMarkers: [{ cookie: 'klaro' }, { storage: 'klaro' }],
    decoders: [
      { source: { cookie: 'klaro' }, format: 'json-path', path: [], shape: { kind: 'boolean-map' }, confidence: 'high' },
      { source: { storage: 'klaro' }, format: 'json-path', path: [], shape: { kind: 'boolean-map' }, confidence: 'high' },
    ],
    source: 'https://klaro.org/docs/integration/annotated-configuration', checked: CHECKED,
    note: 'Storage name is configurable (storageName); default "klaro". Categories are service names.',
  },
  {
    id: 'consentmanager', name: 'consentmanager', company: 'consentmanager GmbH', tcfCmpIds: [31],
    scriptHosts: ['cdn.consentmanager.net', 'delivery.consentmanager.net', 'consentmanager.net', 'cdn.consentmanager.mgr.consensu.org'],
    cookies: ['__cmpconsent*', '__cmpcc*', '__cmpcvc*', '__cmpcpc*'], storageKeys: ['__cmpconsent*', '__cmpcc*'],
    globals: [],
    decoders: [TCF_COOKIE],
    source: 'https://help.consentmanager.net/books/cmp/page/cookies-set-by-the-cmp', checked: CHECKED,
    note: '__cmpconsent* holds a proprietary encoding; the choice is read from euconsent-v2 when present.',
  },
  {
    id: 'sourcepoint', name: 'Sourcepoint', company: 'Sourcepoint Technologies, Inc.', tcfCmpIds: [6],
    scriptHosts: ['cdn.privacy-mgmt.com', 'privacy-mgmt.com', 'sourcepoint.mgr.consensu.org', 'cdn.sp-cdn.net'],
    cookies: ['consentUUID', '_sp_v1_*', '_sp_su', 'consentDate'], storageKeys: ['_sp_user_consent_*', '_sp_local_state', '_sp_non_keyed_local_state'],
    globals: ['_sp_', '_sp_queue'],
    decoders: [TCF_COOKIE],
    source: 'https://docs.sourcepoint.com/hc/en-us/articles/4405397441043', checked: CHECKED,
  },
  {
    id: 'quantcast', name: 'Quantcast Choice / InMobi CMP', company: 'InMobi (formerly Quantcast)', tcfCmpIds: [10],
    scriptHosts: ['quantcast.mgr.consensu.org', 'cmp.quantcast.com', 'cmp.inmobi.com', 'static.quantcast.mgr.consensu.org'],
    cookies: [], storageKeys: ['_cmpRepromptHash', 'noniabvendorconsent'],
    globals: [],
    decoders: [TCF_COOKIE],
    source: 'https://help.quantcast.com/hc/en-us/articles/13422592233371', checked: CHECKED,
    note: '__tcfapi and euconsent-v2 are shared by every TCF CMP, so they are not used to detect it.',
  },
  {
    id: 'trustarc', name: 'TrustArc', company: 'TrustArc Inc.',
    scriptHosts: ['consent.trustarc.com', 'consent-pref.trustarc.com', 'consent.truste.com', 'choices.trustarc.com'],
    cookies: ['notice_gdpr_prefs', 'notice_preferences', 'cmapi_cookie_privacy', 'cmapi_gtm_bl', 'notice_behavior', 'TAconsentID', 'notice_poptime'],
    storageKeys: [], globals: ['truste', 'PrivacyManagerAPI'],
    answeredMarkers: [{ cookie: 'notice_gdpr_prefs' }, { cookie: 'notice_preferences' }],
    decoders: [{
      source: { cookie: 'notice_gdpr_prefs' }, format: 'id-list', listSep: ',', trim: ': ',
      shape: { kind: 'keys-present', knownCategories: ['0', '1', '2'] }, necessary: ['0'], confidence: 'medium',
      labels: { '0': 'Required', '1': 'Functional', '2': 'Advertising' },
    }],
    source: 'https://trustarc.com/consent-manager-cookies/', checked: CHECKED,
  },
  {
    id: 'iubenda', name: 'iubenda', company: 'iubenda s.r.l.',
    scriptHosts: ['cdn.iubenda.com', 'cs.iubenda.com', 'iubenda.com'],
    cookies: ['_iub_cs-*'], storageKeys: [], globals: ['_iub'],
    answeredMarkers: [{ cookie: '_iub_cs-*' }],
    decoders: [
      {
        source: { cookie: '_iub_cs-*' }, format: 'json-path', path: ['purposes'], shape: { kind: 'boolean-map' }, necessary: ['1'], confidence: 'high',
        labels: { '1': 'Strictly necessary', '2': 'Basic interactions', '3': 'Experience', '4': 'Measurement', '5': 'Marketing' },
      },
      TCF_COOKIE,
    ],
    source: 'https://www.iubenda.com/en/help/1205-how-to-configure-your-cookie-solution-advanced-guide', checked: CHECKED,
  },
  {
    id: 'real-cookie-banner', name: 'Real Cookie Banner', company: 'devowl.io GmbH',
    scriptHosts: [], scriptPaths: ['/wp-content/plugins/real-cookie-banner/', '/wp-content/plugins/real-cookie-banner-pro/'],
    cookies: ['real_cookie_banner*'], storageKeys: ['real_cookie_banner*'], globals: ['realCookieBanner', 'consentApi'],
    answeredMarkers: [{ cookie: 'real_cookie_banner*' }],
    decoders: [],
    source: 'https://devowl.io/rcb/data-processing/', checked: CHECKED,
    note: 'The cookie holds uuid, revision hash and accepted groups by numeric id; group meaning is site-specific, so only presence is read.',
  },
  {
    id: 'osano', name: 'Osano', company: 'Osano, Inc.',
    scriptHosts: ['cmp.osano.com', 'disclosure.api.osano.com', 'tattle.api.osano.com'],
    cookies: ['osano_consentmanager', 'osano_consentmanager_uuid'], storageKeys: ['osano_consentmanager*'], globals: ['Osano'],
    answeredMarkers: [{ cookie: 'osano_consentmanager' }],
    decoders: [{
      source: { cookie: 'osano_consentmanager' }, format: 'base64-json', path: [],
      shape: { kind: 'boolean-map', onlyKeys: ['ESSENTIAL', 'STORAGE', 'ANALYTICS', 'MARKETING', 'PERSONALIZATION', 'OPT_OUT'] },
      values: { granted: ['ACCEPT'], denied: ['DENY'] }, necessary: ['ESSENTIAL'], confidence: 'low',
    }],
    source: 'https://docs.osano.com/hc/en-us/articles/21085279396116-Getting-Started-with-Cookie-Consent', checked: CHECKED,
    note: 'Categories ESSENTIAL/ANALYTICS/MARKETING/PERSONALIZATION/STORAGE with ACCEPT/DENY; the cookie encoding may change.',
  },
  {
    id: 'osano-cookieconsent', name: 'Cookie Consent by Osano (open source)', company: 'Osano, Inc. (open-source library, self-hosted)',
    scriptHosts: [], scriptPaths: ['/cookieconsent.min.js', '/npm/cookieconsent@'],
    cookies: ['cookieconsent_status'], storageKeys: [], globals: ['cookieconsent'],
    answeredMarkers: [{ cookie: 'cookieconsent_status' }],
    decoders: [{
      source: { cookie: 'cookieconsent_status' }, format: 'plain-value', category: 'all',
      values: { granted: ['allow', 'dismiss'], denied: ['deny'] }, confidence: 'medium',
    }],
    source: 'https://github.com/dawesi/cookieconsent', checked: CHECKED,
    note: 'The library Osano maintains as open source (window.cookieconsent.initialise); cookieconsent_status holds allow, deny or dismiss.',
  },
  {
    id: 'orestbida-cookieconsent', name: 'CookieConsent by Orest Bida', company: 'Orest Bida (open-source library, self-hosted)',
    scriptHosts: [], scriptPaths: ['/cookieconsent.umd.js', '/vanilla-cookieconsent'],
    cookies: ['cc_cookie'], storageKeys: [], globals: ['initCookieConsent'],
    answeredMarkers: [{ cookie: 'cc_cookie' }],
    decoders: [],
    source: 'https://socket.dev/npm/package/vanilla-cookieconsent/diff/2.9.0', checked: CHECKED,
    note: 'Default cookie_name cc_cookie (v2 and v3); v3 exposes window.CookieConsent, which Cookiebot also uses, so only initCookieConsent (v2) and the script name are signatures.',
  },
  {
    id: 'axeptio', name: 'Axeptio', company: 'Agilitation SAS (Axeptio)',
    scriptHosts: ['static.axept.io', 'client.axept.io', 'api.axept.io'],
    cookies: ['axeptio_cookies', 'axeptio_authorized_vendors', 'axeptio_all_vendors'], storageKeys: ['axeptio_*'], globals: ['axeptioSettings', '_axcb', 'openAxeptioCookies'],
    answeredMarkers: [{ cookie: 'axeptio_cookies' }],
    decoders: [{
      source: { cookie: 'axeptio_cookies' }, format: 'json-path', path: [],
      shape: { kind: 'boolean-map', ignoreKeyPrefixes: ['$$'] }, confidence: 'high',
    }],
    source: 'https://support.axeptio.eu/hc/en-gb/articles/4402985038225', checked: CHECKED,
    note: 'Keys starting with $$ are metadata ($$token, $$date, $$completed); the rest are vendor names.',
  },
  {
    id: 'ketch', name: 'Ketch', company: 'Ketch Kloud, Inc.',
    scriptHosts: ['global.ketchcdn.com', 'cdn.ketchjs.com'],
    cookies: ['_ketch_consent_v1_', '_swb', '_swb_consent_'], storageKeys: ['_ketch_consent_v1_', '_swb_consent_'], globals: ['ketch', 'semaphore'],
    decoders: [{
      source: { cookie: '_ketch_consent_v1_' }, format: 'base64-json', path: [],
      shape: { kind: 'entries', valuePath: ['status'] }, confidence: 'medium',
    }],
    source: 'https://docs.ketch.com/ketch/docs/ketch-cookies', checked: CHECKED,
  },
  {
    id: 'termly', name: 'Termly', company: 'Termly Inc.',
    scriptHosts: ['app.termly.io'], cookies: [], storageKeys: [], globals: ['Termly'],
    decoders: [],
    source: 'https://support.termly.io/', checked: CHECKED,
    note: 'Detection only: Termly keeps the choice server-side keyed by a visitor id.',
  },
  {
    id: 'civic', name: 'Civic Cookie Control', company: 'Civic Computing Ltd',
    scriptHosts: ['cc.cdn.civiccomputing.com'], cookies: ['CookieControl'], storageKeys: [], globals: ['CookieControl'],
    answeredMarkers: [{ cookie: 'CookieControl' }],
    decoders: [{
      source: { cookie: 'CookieControl' }, format: 'json-path', path: ['optionalCookies'],
      shape: { kind: 'boolean-map' }, values: { granted: ['accepted'], denied: ['revoked'] }, confidence: 'high',
    }],
    source: 'https://www.civicuk.com/cookie-control/documentation/cookies', checked: CHECKED,
  },
  {
    id: 'cookie-information', name: 'Cookie Information', company: 'Cookie Information A/S',
    scriptHosts: ['policy.app.cookieinformation.com', 'policy.cookieinformation.com'], cookies: ['CookieInformationConsent'], storageKeys: [],
    globals: ['CookieInformation'],
    answeredMarkers: [{ cookie: 'CookieInformationConsent' }],
    decoders: [{
      source: { cookie: 'CookieInformationConsent' }, format: 'json-path', path: [],
      shape: { kind: 'enabled-disabled', enabledPath: ['consents_approved'], disabledPath: ['consents_denied'] },
      necessary: ['cookie_cat_necessary'], confidence: 'high',
    }],
    source: 'https://support.cookieinformation.com/en/articles/5444177-cookies-set-by-cookie-information', checked: CHECKED,
  },
  {
    id: 'cookiefirst', name: 'CookieFirst', company: 'Digital Data Solutions B.V.',
    scriptHosts: ['consent.cookiefirst.com'], cookies: ['cookiefirst-consent', 'cookiefirst-id'], storageKeys: ['cookiefirst-consent'], globals: ['CookieFirst'],
    answeredMarkers: [{ cookie: 'cookiefirst-consent' }],
    decoders: [{
      source: { cookie: 'cookiefirst-consent' }, format: 'json-path', path: [],
      shape: { kind: 'boolean-map', onlyKeys: ['necessary', 'performance', 'functional', 'advertising'] }, necessary: ['necessary'], confidence: 'medium',
    }],
    source: 'https://support.cookiefirst.com/hc/en-us/articles/360011568738', checked: CHECKED,
  },
  {
    id: 'piwik-pro', name: 'Piwik PRO Consent Manager', company: 'Piwik PRO GmbH',
    scriptHosts: [], cookies: ['ppms_privacy_*'], storageKeys: ['ppms_privacy_*'], globals: [],
    answeredMarkers: [{ cookie: 'ppms_privacy_*' }],
    decoders: [{
      source: { cookie: 'ppms_privacy_*' }, format: 'json-path', path: ['consents'],
      shape: { kind: 'entries', valuePath: ['status'] }, confidence: 'medium',
    }],
    source: 'https://developers.piwik.pro/en/latest/consent_manager/', checked: CHECKED,
    note: 'Detected by its consent cookie only: the Piwik PRO tag alone does not mean the consent manager is on. status 1 = consent, 0 = no consent, -1 = not decided.',
  },
  {
    id: 'shopify', name: 'Shopify Customer Privacy', company: 'Shopify Inc.',
    scriptHosts: [], scriptPaths: ['/shopifycloud/consent-tracking-api/', '/shopifycloud/privacy-banner/'],
    cookies: ['_tracking_consent'], storageKeys: [], globals: [],
    decoders: [{
      source: { cookie: '_tracking_consent' }, format: 'json-path', path: ['con', 'CMP'],
      shape: { kind: 'boolean-map', onlyKeys: ['a', 'm', 'p', 's'] }, confidence: 'medium',
      labels: { a: 'Analytics', m: 'Marketing', p: 'Preferences', s: 'Sale of data' },
    }],
    source: 'https://shopify.dev/docs/api/customer-privacy', checked: CHECKED,
    note: "Values '1' granted, '0' denied, '' not asked.",
  },
  {
    id: 'hubspot', name: 'HubSpot cookie banner', company: 'HubSpot, Inc.',
    scriptHosts: ['js.hs-banner.com'], cookies: ['__hs_cookie_cat_pref', '__hs_opt_out', '__hs_initial_opt_in'], storageKeys: [], globals: ['_hsp'],
    answeredMarkers: [{ cookie: '__hs_cookie_cat_pref' }, { cookie: '__hs_opt_out' }],
    decoders: [
      {
        source: { cookie: '__hs_cookie_cat_pref' }, format: 'pair-list', listSep: ',', pairSep: ':',
        shape: { kind: 'boolean-map' }, confidence: 'medium', labels: { '1': 'Analytics', '2': 'Advertisement', '3': 'Functionality' },
      },
      { source: { cookie: '__hs_opt_out' }, format: 'plain-value', category: 'all', values: { granted: ['no'], denied: ['yes'] }, confidence: 'high' },
    ],
    source: 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser', checked: CHECKED,
  },
  {
    id: 'cookie-notice', name: 'Cookie Notice & Compliance', company: 'Hu-manity.co',
    scriptHosts: ['cdn.hu-manity.co'], scriptPaths: ['/wp-content/plugins/cookie-notice/'],
    cookies: ['cookie_notice_accepted', 'hu-consent'], storageKeys: [], globals: ['cnArgs', 'huOptions', 'cookieNotice'],
    answeredMarkers: [{ cookie: 'cookie_notice_accepted' }, { cookie: 'hu-consent' }],
    decoders: [
      { source: { cookie: 'cookie_notice_accepted' }, format: 'plain-value', category: 'all', confidence: 'high' },
      {
        source: { cookie: 'hu-consent' }, format: 'json-path', path: ['categories'], shape: { kind: 'boolean-map' },
        necessary: ['1'], confidence: 'low',
      },
    ],
    source: 'https://wordpress.org/plugins/cookie-notice/', checked: CHECKED,
  },
];

export function cmpById(id: string): CmpSignature | undefined {
  return CMPS.find((c) => c.id === id);
}
