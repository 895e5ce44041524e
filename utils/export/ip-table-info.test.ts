import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ipTableInfoFrom } from './ip-table-info.ts';

describe('ipTableInfoFrom', () => {
  it.each<[unknown, ReturnType<typeof ipTableInfoFrom>]>([
    [
      JSON.parse(readFileSync(new URL('../../public/data/ip-country.meta.json', import.meta.url), 'utf8')),
      { source: '@ip-location-db/geo-whois-asn-country', version: expect.any(String), built: expect.any(String) },
    ],
    [
      { source: { package: 'p', version: '1' }, built: '2026-01-01' },
      { source: 'p', version: '1', built: '2026-01-01' },
    ],
    [{ source: 'p', built: 'x' }, null],
    [{ source: { package: 1, version: '1' }, built: 'x' }, null],
    [null, null],
    ['{}', null],
  ])('ipTableInfoFrom(%j)', (meta, expected) => {
    expect(ipTableInfoFrom(meta)).toEqual(expected);
  });
});
