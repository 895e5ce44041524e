import { describe, it, expect } from 'vitest';
import { CMPS, cmpById } from './cmps.ts';
import type { NamePattern } from './cmps.ts';

const REQUIRED = [
  'onetrust',
  'cookiebot',
  'usercentrics',
  'didomi',
  'borlabs',
  'complianz',
  'cookieyes',
  'klaro',
  'consentmanager',
  'sourcepoint',
  'quantcast',
  'trustarc',
  'iubenda',
  'real-cookie-banner',
  'osano',
  'axeptio',
];
// Shared by every TCF CMP or by unrelated tools; they must never identify one CMP.
const GENERIC_NAMES = [
  'euconsent-v2',
  'euconsent',
  'addtl_consent',
  'usprivacy',
  '__tcfapi',
  '__cmp',
  '__uspapi',
  '__gpp',
  'IABTCF_*',
  'dataLayer',
  'gtag',
];

function covered(pattern: NamePattern, list: NamePattern[]): boolean {
  const bare = pattern.replace(/\*$/, '');
  return list.some((p) => p === pattern || (p.endsWith('*') && bare.startsWith(p.slice(0, -1))));
}

describe('data/cmps', () => {
  it('has every required CMP, with unique ids', () => {
    const ids = CMPS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(cmpById(id)?.id).toBe(id);
  });

  it.each(CMPS.map((c) => [c.id, c] as const))('%s is well-formed', (_id, c) => {
    expect(c.name.length).toBeGreaterThan(1);
    expect(c.company.length).toBeGreaterThan(1);
    expect(c.source).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(c.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      c.scriptHosts.length + (c.scriptPaths?.length ?? 0) + c.cookies.length + c.storageKeys.length + c.globals.length,
    ).toBeGreaterThan(0);
    for (const h of c.scriptHosts) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    for (const p of c.scriptPaths ?? []) expect(p.startsWith('/')).toBe(true);
    for (const id of c.tcfCmpIds ?? []) expect(Number.isInteger(id) && id > 0).toBe(true);
    for (const g of [...c.cookies, ...c.storageKeys, ...c.globals]) expect(GENERIC_NAMES).not.toContain(g);
  });

  it.each(CMPS.map((c) => [c.id, c] as const))(
    '%s: decoder and marker sources are among its own cookies/keys (TCF cookie excepted)',
    (_id, c) => {
      for (const d of c.decoders) {
        if (d.format === 'tcf') continue;
        if (d.source.cookie) expect(covered(d.source.cookie, c.cookies)).toBe(true);
        if (d.source.storage) expect(covered(d.source.storage, c.storageKeys)).toBe(true);
        expect(d.source.cookie ?? d.source.storage).toBeTruthy();
      }
      for (const m of c.answeredMarkers ?? []) {
        if (m.cookie) expect(covered(m.cookie, c.cookies)).toBe(true);
        if (m.storage) expect(covered(m.storage, c.storageKeys)).toBe(true);
      }
    },
  );

  it('TCF CMP ids are unique across CMPs', () => {
    const all = CMPS.flatMap((c) => c.tcfCmpIds ?? []);
    expect(new Set(all).size).toBe(all.length);
  });

  it('no two CMPs claim the same script host', () => {
    const hosts = CMPS.flatMap((c) => c.scriptHosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});
