import { describe, expect, it } from 'vitest';
import { CMPS } from '../../data/cmps.ts';
import { isCmpStoreName } from './choice-inference.ts';
import { matchesName } from './cmp-detect.ts';

/** Every name or pattern the CMP dataset says a consent tool stores its answer under. */
const patterns = [
  ...CMPS.flatMap((c) => [...(c.answeredMarkers ?? []), ...c.decoders.map((d) => d.source)]).flatMap((s) => [
    s.cookie,
    s.storage,
  ]),
  ...CMPS.flatMap((c) => [...c.cookies, ...c.storageKeys]),
].filter((n): n is string => typeof n === 'string');

describe('isCmpStoreName', () => {
  it('knows every exact name and every prefix pattern of the CMP dataset', () => {
    expect(patterns.length).toBeGreaterThan(20);
    for (const p of patterns) {
      const example = p.endsWith('*') ? `${p.slice(0, -1)}abc123` : p;
      expect(isCmpStoreName(example), p).toBe(true);
    }
  });

  it('agrees with matching each pattern one by one, on names that are and are not CMP stores', () => {
    const names = [
      '_ga',
      'loop_c7',
      'euconsent-v2',
      'OptanonConsent',
      'CookieConsent',
      '',
      'optanonconsent',
      'uc_settings',
      'x'.repeat(5000),
    ];
    for (const n of names) expect(isCmpStoreName(n), n).toBe(patterns.some((p) => matchesName(p, n)));
  });
});
