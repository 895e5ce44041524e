// Google Consent Mode v2 as Google hits carry it: the gcs/gcd parameters (and npa) on Analytics/Ads requests.
import type { ConsentValue } from './consent-mode.ts';

export type HitSignalState = 'granted' | 'denied' | 'not-set';

export interface GcsParsed {
  adStorage: HitSignalState;
  analyticsStorage: HitSignalState;
}

const GCS_RE = /^G1([01-])([01-])$/;

function gcsChar(c: string | undefined): HitSignalState {
  return c === '1' ? 'granted' : c === '0' ? 'denied' : 'not-set';
}

/** `gcs` = 'G1' + ad_storage + analytics_storage, each '1' granted, '0' denied, '-' not set. */
export function parseGcs(value: string): GcsParsed | null {
  if (typeof value !== 'string') return null;
  const m = GCS_RE.exec(value.trim());
  if (!m) return null;
  return { adStorage: gcsChar(m[1]), analyticsStorage: gcsChar(m[2]) };
}

export interface GcdSignal {
  letter: string;
  default: ConsentValue | null;
  update: ConsentValue | null;
  /** The state the tag acted on: the update if any, else the default. */
  effective: HitSignalState | 'unknown';
}

export interface GcdParsed {
  adStorage: GcdSignal;
  analyticsStorage: GcdSignal;
  adUserData: GcdSignal;
  adPersonalization: GcdSignal;
  /** Anything after the fourth signal (newer tags append e.g. '5l1'); kept unparsed. */
  rest: string;
}

/*
 * gcd letters, per the table in "Consent Mode V2 For Google Tags" by Markus Baersch on simoahava.com
 * (https://www.simoahava.com/analytics/consent-mode-v2-google-tags/), matching observed hits:
 *   l not set | p denied default, no update | q denied default, denied update | t granted default, no update
 *   r denied default, granted update | m no default, denied update | n no default, granted update
 *   u granted default, denied update | v granted default, granted update
 * Layout: two leading digits, then letter + digit separator per signal in the order
 * ad_storage, analytics_storage, ad_user_data, ad_personalization (e.g. '11p1p1p1p5', '13r3r3r3r5l1').
 */
const GCD_LETTERS: Record<string, [ConsentValue | null, ConsentValue | null]> = {
  l: [null, null],
  p: ['denied', null],
  q: ['denied', 'denied'],
  t: ['granted', null],
  r: ['denied', 'granted'],
  m: [null, 'denied'],
  n: [null, 'granted'],
  u: ['granted', 'denied'],
  v: ['granted', 'granted'],
};

const GCD_RE = /^\d\d([a-z])\d+([a-z])\d+([a-z])\d+([a-z])(.*)$/;

function gcdSignal(letter: string): GcdSignal {
  const pair = GCD_LETTERS[letter];
  if (!pair) return { letter, default: null, update: null, effective: 'unknown' };
  const [def, upd] = pair;
  return { letter, default: def, update: upd, effective: upd ?? def ?? 'not-set' };
}

export function parseGcd(value: string): GcdParsed | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const m = GCD_RE.exec(value.trim());
  if (!m) return null;
  return {
    adStorage: gcdSignal(m[1] ?? ''),
    analyticsStorage: gcdSignal(m[2] ?? ''),
    adUserData: gcdSignal(m[3] ?? ''),
    adPersonalization: gcdSignal(m[4] ?? ''),
    rest: (m[5] ?? '').slice(0, 32),
  };
}

// ---------------------------------------------------------------- Google hits

export interface GoogleHitConsent {
  host: string;
  gcsRaw: string | null;
  gcdRaw: string | null;
  gcs: GcsParsed | null;
  gcd: GcdParsed | null;
  /** 'npa=1' marks non-personalised ads on Ads/Floodlight hits. */
  npa: string | null;
}

const MAX_BODY = 256 * 1024;

/** Hosts (and for google.* only some paths) that carry gcs/gcd. */
export function isGoogleConsentHit(host: string, path: string): boolean {
  const h = host.toLowerCase();
  const under = (d: string): boolean => h === d || h.endsWith(`.${d}`);
  if (under('google-analytics.com') || under('analytics.google.com')) return true;
  if (under('googleadservices.com') || under('doubleclick.net') || under('googlesyndication.com')) return true;
  if (/^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/.test(h)) return /^\/(ccm|pagead|ads|measurement)\//.test(path);
  return false;
}

/** Reads gcs/gcd/npa from one query string (or one line of a GA4 batch body). */
export function consentParamsFromQuery(qs: string): { gcs: string | null; gcd: string | null; npa: string | null } {
  try {
    const p = new URLSearchParams(qs.slice(0, MAX_BODY));
    return { gcs: p.get('gcs'), gcd: p.get('gcd'), npa: p.get('npa') };
  } catch {
    return { gcs: null, gcd: null, npa: null };
  }
}

/** Consent state declared on a Google hit (URL query, then POST body lines); null if the URL is not a Google hit. */
export function consentFromGoogleHit(url: string, body?: string): GoogleHitConsent | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!isGoogleConsentHit(u.hostname, u.pathname)) return null;
  let { gcs, gcd, npa } = consentParamsFromQuery(u.search);
  if (typeof body === 'string' && body !== '' && (gcs === null || gcd === null)) {
    for (const line of body.slice(0, MAX_BODY).split(/\r?\n/).slice(0, 500)) {
      const fromBody = consentParamsFromQuery(line);
      gcs ??= fromBody.gcs;
      gcd ??= fromBody.gcd;
      npa ??= fromBody.npa;
      if (gcs !== null && gcd !== null) break;
    }
  }
  return {
    host: u.hostname,
    gcsRaw: gcs,
    gcdRaw: gcd,
    gcs: gcs === null ? null : parseGcs(gcs),
    gcd: gcd === null ? null : parseGcd(gcd),
    npa,
  };
}
