import { describe, expect, it } from 'vitest';
import { realIpTable } from '../../test/support/findings.ts';
import { nat64Prefixes, nat64Server, withNat64 } from './nat64.ts';

// An operator prefix in a block the shipped table reads FI (checked: 2001:67c:2b0:db32:0:1:808:808 reads FI).
const OPERATOR = '2001:67c:2b0:db32:0:1:';

describe('NAT64 prefixes from the AAAA answers for ipv4only.arpa (RFC 7050)', () => {
  it('finds a /96 operator prefix and unpacks the IPv4 server of an address inside it', () => {
    const prefixes = nat64Prefixes([`${OPERATOR}c000:aa`, `${OPERATOR}c000:ab`]);
    expect(prefixes.map((p) => p.bits)).toEqual([96]);
    expect(nat64Server(`${OPERATOR}808:808`, prefixes)).toBe('8.8.8.8');
    expect(nat64Server('2001:67c:2b0:db32:0:2:808:808', prefixes)).toBeNull();
  });

  it('reads the other RFC 6052 lengths, skipping the u octet', () => {
    // /64: the IPv4 address in bytes 9-12 (byte 8 is zero).
    const p64 = nat64Prefixes(['2001:db8:1:2:c0:0:aa00:0']);
    expect(p64.map((p) => p.bits)).toEqual([64]);
    expect(nat64Server('2001:db8:1:2:8:808:800:0', p64)).toBe('8.8.8.8');
    // /48: bytes 6-7, then 9-10.
    const p48 = nat64Prefixes(['2001:db8:1:c000:0:aa00::']);
    expect(p48.map((p) => p.bits)).toEqual([48]);
    expect(nat64Server('2001:db8:1:808:8:800::', p48)).toBe('8.8.8.8');
  });

  it('a network without DNS64 (no answer, or an ordinary address) has no prefix', () => {
    expect(nat64Prefixes([])).toEqual([]);
    expect(nat64Prefixes(['2001:4860:4860::8888', '192.0.0.170', 'garbage'])).toEqual([]);
  });

  it("the registry country of the server behind the prefix, not the operator's (a false EEA before)", () => {
    const table = realIpTable();
    const address = `${OPERATOR}808:808`;
    expect(table.lookup(address)).toEqual({ country: 'FI', kind: 'public' });
    const lookup = withNat64((ip) => table.lookup(ip), nat64Prefixes([`${OPERATOR}c000:aa`]));
    expect(lookup(address)).toEqual({ country: 'US', kind: 'public' });
    expect(lookup(`${OPERATOR}a00:1`)).toEqual({ country: null, kind: 'private' });
    expect(lookup('2a00:1450:4001:82b::200e')).toEqual({ country: 'IE', kind: 'public' });
  });
});
