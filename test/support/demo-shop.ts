// What the demo shop's pages must record in any browser: the one expectation table the Chromium and Firefox suites share.
import { setTimeout as delay } from 'node:timers/promises';
import { expect } from 'vitest';
import type { Analysis } from '../../utils/findings/index.ts';
import type { CookieEntry, PageRecord, RequestEntry } from '../../utils/record/record.ts';

export const SHOP = 'https://www.shop.test';
export const T_JS = 'https://tracker.adnet.test/t.js';
export const WIDGET_JS = 'https://widget.embed.test/widget.js';
export const WIDGET_FRAME = 'https://widget.embed.test/frame.html';
/** The cookies `${SHOP}/` sets on its first load. */
export const SHOP_COOKIE_NAMES = ['shop_session', 'shop_pref', '_adnet_id', 'adnet_uid', 'widget_seen'];

/** Each cookie of `${SHOP}/`: who set it and how (`script`/`setByUrl`: undefined where the page does not say). */
export const SHOP_COOKIES = [
  {
    name: 'shop_session',
    party: 'first',
    setBy: 'http',
    domain: 'www.shop.test',
    script: undefined,
    setByUrl: `${SHOP}/`,
  },
  {
    name: 'shop_pref',
    party: 'first',
    setBy: 'script',
    domain: 'www.shop.test',
    script: undefined,
    setByUrl: undefined,
  },
  { name: '_adnet_id', party: 'first', setBy: 'script', domain: 'shop.test', script: T_JS, setByUrl: undefined },
  {
    name: 'adnet_uid',
    party: 'third',
    setBy: 'http',
    domain: 'tracker.adnet.test',
    script: undefined,
    setByUrl: 'https://tracker.adnet.test/pixel.gif?uid=',
  },
  {
    name: 'widget_seen',
    party: 'third',
    setBy: 'script',
    domain: 'widget.embed.test',
    script: WIDGET_JS,
    setByUrl: undefined,
  },
] as const;

/** The storage writes of `${SHOP}/`: the tracker's uid in the page, the widget's state inside its iframe. */
export const SHOP_STORAGE = [
  { kind: 'localStorage', key: 'adnet_uid', origin: SHOP, party: 'first', script: T_JS },
  {
    kind: 'sessionStorage',
    key: 'widget_state',
    origin: 'https://widget.embed.test',
    party: 'third',
    script: WIDGET_JS,
  },
  { kind: 'indexedDB', key: 'widget-db', origin: 'https://widget.embed.test', party: 'third', script: WIDGET_JS },
] as const;

/** Each SHOP_STORAGE row is recorded exactly once, with its origin, party and writing script. */
export function expectShopStorage(record: PageRecord, row: (typeof SHOP_STORAGE)[number]): void {
  const found = record.storage.filter((s) => s.kind === row.kind && s.key === row.key);
  expect(found, `${row.kind} ${row.key} recorded exactly once`).toHaveLength(1);
  expect(found[0]).toMatchObject({ origin: row.origin, party: row.party, script: row.script });
}

/** The one cookie called `name` (a second entry for the same cookie is a failure too). */
export function cookieNamed(record: PageRecord, name: string): CookieEntry {
  const found = record.cookies.filter((c) => c.name === name);
  expect(found, `cookie ${name} recorded exactly once`).toHaveLength(1);
  const [c] = found;
  if (!c) throw new Error(`cookie ${name} missing`);
  return c;
}

/** The row of SHOP_COOKIES holds for the recorded cookie, and the browser confirmed it was stored. */
export function expectShopCookie(record: PageRecord, row: (typeof SHOP_COOKIES)[number]): void {
  const c = cookieNamed(record, row.name);
  expect(c).toMatchObject({ party: row.party, setBy: row.setBy, domain: row.domain, removed: false });
  expect(c.confirmedBy, 'the browser confirmed the cookie was stored').toContain('browser');
  if (row.script) expect(c.script).toBe(row.script);
  if (row.setByUrl)
    expect(c.setByUrl?.startsWith(row.setByUrl), `${c.setByUrl} starts with ${row.setByUrl}`).toBe(true);
}

/** Attributes only the browser's cookie store knows, and the frame the widget cookie came from. */
export function expectShopCookieAttributes(record: PageRecord): void {
  expect(cookieNamed(record, 'shop_session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'lax' });
  expect(cookieNamed(record, 'widget_seen').frameUrl).toBe(WIDGET_FRAME);
}

/** The tracker's uid ties localStorage, its first-party cookie and its pixel cookie together. */
export function expectTrackerUidTied(record: PageRecord): void {
  const ls = record.storage.find((s) => s.kind === 'localStorage' && s.key === 'adnet_uid');
  expect(ls?.value).toMatch(/^u[0-9a-z]+$/);
  expect(cookieNamed(record, '_adnet_id').value).toBe(ls?.value);
  expect(cookieNamed(record, 'adnet_uid').value).toBe(ls?.value);
}

/** t.js's beacon, recorded once as a third-party ping (Chromium names it 'ping', Firefox 'beacon'). */
export function shopBeacon(record: PageRecord): RequestEntry | undefined {
  const beacons = record.requests.filter((r) => r.url === 'https://tracker.adnet.test/beacon');
  expect(beacons, JSON.stringify(beacons)).toHaveLength(1);
  const [b] = beacons;
  expect(['ping', 'beacon']).toContain(b?.type);
  expect(b?.party).toBe('third');
  return b;
}

/** The widget iframe: a third-party sub_frame whose script is requested from inside it. */
export function expectWidgetFrame(record: PageRecord): void {
  const frame = record.requests.find((r) => r.url === WIDGET_FRAME);
  expect(frame).toMatchObject({ type: 'sub_frame', party: 'third', site: 'embed.test', status: 200 });
  expect(frame?.frameId).not.toBe(0);
  const js = record.requests.find((r) => r.url === WIDGET_JS);
  expect(js).toMatchObject({ type: 'script', party: 'third', frameId: frame?.frameId });
}

/** `${SHOP}/trackers.html` has loaded its trackers, embeds and form. */
export function trackersPageSettled(r: PageRecord): boolean {
  return (
    r.requests.some((q) => q.host === 'www.google-analytics.com') &&
    r.requests.some((q) => q.host === 'www.facebook.com') &&
    r.requests.some((q) => q.host === 'fonts.gstatic.com') &&
    r.forms.length > 0
  );
}

/** The findings of `${SHOP}/trackers.html` with the shipped knowledge, in any browser. */
export function expectTrackersPageFindings(analysis: Analysis): void {
  const ga = analysis.requests.find((q) => q.host === 'www.google-analytics.com');
  expect(ga?.tracker).toMatchObject({ name: expect.stringMatching(/Google Analytics/), companyCountry: 'IE' });
  expect(ga?.phase).toBe('before-choice');
  // Served from this machine: the server side is loopback, not a country.
  expect(ga?.serverIp).toBe('127.0.0.1');
  expect(ga?.serverCountry).toBeNull();

  const byRule = (rule: string) => analysis.findings.filter((f) => f.rule === rule);
  const hosts = byRule('tracking-request-before-choice').map((f) => f.subject.host);
  expect(hosts).toEqual(expect.arrayContaining(['www.google-analytics.com', 'www.facebook.com']));
  expect(byRule('tracking-request-before-choice').every((f) => f.severity === 'violation')).toBe(true);
  const embeds = byRule('embed-before-consent')
    .map((f) => f.title)
    .join(' | ');
  expect(embeds).toMatch(/Google Fonts/);
  expect(embeds).toMatch(/YouTube/);
  // The ticked newsletter box is a finding; the unticked privacy-policy box is not.
  const prechecked = JSON.stringify(byRule('prechecked-consent-checkbox'));
  expect(byRule('prechecked-consent-checkbox')).toHaveLength(1);
  expect(prechecked).toMatch(/Newsletter/);
  expect(prechecked).not.toMatch(/privacy policy/);
  expect(byRule('no-consent-manager')).toHaveLength(1);
  expect(analysis.summary.verdict).toBe('violations');
  const meta = analysis.thirdParties.find((t) => t.tracker?.company && /Meta/.test(t.tracker.company));
  expect(meta).toBeDefined();
}

/**
 * Reads the popup's text for `${SHOP}/trackers.html` until it shows a verdict and the first company (the analysis runs
 * after the first paint), then checks every line of TRACKERS_POPUP_TEXT; on time-out it checks the last text it read.
 */
export async function expectTrackersPopup(readText: () => Promise<string>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let text = await readText();
  while (!(/\d+ violations?/.test(text) && text.includes('Google Ireland Limited')) && Date.now() < deadline) {
    await delay(200);
    text = await readText();
  }
  for (const line of TRACKERS_POPUP_TEXT) expect(text).toMatch(line);
}

/** What the popup says about `${SHOP}/trackers.html`: trackers, companies with the country and transfer zone, verdict. */
export const TRACKERS_POPUP_TEXT = [
  /Google Analytics/,
  /Google Ireland Limited\n[^]*?Company\nIE EU\/EEA/,
  /Meta Platforms Ireland Limited\n[^]*?Company\nIE EU\/EEA/,
  /Google LLC\n[^]*?Company\nUS DPF/,
  /Google Fonts\n· Google LLC\ncompany in\nUS DPF/,
  /VIOLATION/,
];
