// The main-world contract: what the hooks and probes in the
// page may send, its size limits, the CMP globals they look for
// and the names of the bridge's events. Both sides import it, so neither imports the other.

export const HELLO_EVENT = 'consent-auditor:hello';
export const READY_EVENT = 'consent-auditor:ready';
export const CHANNEL_PREFIX = 'consent-auditor:ev:';

/** One flat event as the hooks report it (the isolated world completes and validates it). */
export type HookEvent = Readonly<Record<string, string | number | boolean>>;
/**
 * A caller's stack as captured at the write: V8 and SpiderMonkey record the frames when the Error is made and format
 * them only when `stack` is read, so the costly part waits until the report crosses the bridge.
 */
export type Trace = object;
/**
 * How a stack was formatted, set by our main-world code (the
 * page cannot forge it): 'callsites' from V8's call sites by our
 * own formatter (real script URLs, page-given names marked);
 * 'engine' the engine's text (SpiderMonkey, or V8 without our
 * formatter), which honours `//# sourceURL=`; 'page' when the
 * page's own Error.prepareStackTrace could not be set aside.
 */
export type StackKind = 'callsites' | 'engine' | 'page';
/** Report one write; `trace` becomes the event's `stack` when it crosses the bridge. */
export type Emit = (ev: HookEvent, trace?: Trace) => void;
export type StorageKind = 'localStorage' | 'sessionStorage';
/** The bridge's sender: reports writes, and tells the isolated world at once when the page first reads a storage. */
export type Bridge = Emit & { touch?: (kind: StorageKind) => void };
/** Suffix of the isolated world's "send what you have now" event on the channel. */
export const PULL_SUFFIX = ':pull';
/** Events queued at most in the main world, and sent in one crossing at most. */
export const MAX_QUEUE = 5000;
/** Characters of one crossing at most. */
export const MAX_DETAIL = 8 * 1024 * 1024;

export const MAX_NAME = 256;
export const MAX_VALUE = 4096;
export const MAX_URL = 8192;
export const MAX_RAW = 8192;
/**
 * Bytes of a request body read for ids, here (a Blob, blob-bodies.ts) and in the worker (webRequest's, body-ids.ts):
 * 64 KiB, the Fetch standard's limit on the keepalive bodies in flight, so a beacon's body is read whole.
 */
export const MAX_BODY = 64 * 1024;
/** A stack as sent by the main world (parsed in the isolated world, whose built-ins the page cannot replace). */
export const MAX_STACK = 8192;

/**
 * Union of the `globals` of the CMP signatures in data/cmps.ts (kept in sync
 * by consent-probes.test.ts; copied to keep the main-world bundle small).
 */
export const CMP_GLOBALS: readonly string[] = [
  'OneTrust',
  'Optanon',
  'OnetrustActiveGroups',
  'OptanonActiveGroups',
  'Cookiebot',
  'CookieDeclaration',
  'UC_UI',
  'usercentrics',
  '__ucCmp',
  'UC_UI_IS_RENDERED',
  'Didomi',
  'didomiOnReady',
  'didomiConfig',
  'BorlabsCookie',
  'borlabsCookieConfig',
  'BorlabsCookieBox',
  'complianz',
  'cmplz_set_category',
  'cmplz_has_consent',
  'cookieyes',
  'getCkyConsent',
  'cli_cookiebar_settings',
  'klaro',
  'klaroConfig',
  '_sp_',
  '_sp_queue',
  'truste',
  'PrivacyManagerAPI',
  '_iub',
  'realCookieBanner',
  'consentApi',
  'Osano',
  'cookieconsent',
  'initCookieConsent',
  'axeptioSettings',
  '_axcb',
  'openAxeptioCookies',
  'ketch',
  'semaphore',
  'Termly',
  'CookieControl',
  'CookieInformation',
  'CookieFirst',
  '_hsp',
  'cnArgs',
  'huOptions',
  'cookieNotice',
];

/**
 * A TC string longer than this is not a real one: dropped, not truncated (a cut string would decode to a wrong answer).
 */
export const MAX_TC_STRING = 16 * 1024;
export const MAX_GPP_STRING = 16 * 1024;
/** The JSON of one consent command's arguments. */
export const MAX_ARGS_JSON = 8 * 1024;
export const MAX_SECTIONS = 50;
export const MAX_PARAM_KEYS = 50;
export const MAX_PARAM_KEY = 64;
export const MAX_PARAM_STRING = 256;
export const MAX_PARAM_ITEMS = 50;
/** The TCF statuses of the spec, plus ours for a getTCData answer that carries none. */
export const TCF_EVENT_STATUSES: readonly string[] = ['tcloaded', 'cmpuishown', 'useractioncomplete', 'getTCData'];
