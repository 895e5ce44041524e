import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureKnowledge, Visit } from '../test/support/findings.ts';
import { discoverNat64, nat64Resolver } from './nat64.ts';
import { scenarioReportOf } from './scan-analysis.ts';
import { emptyAttempt, type ScenarioResult } from './scenario-common.ts';

// An operator NAT64 prefix in a block the shipped table reads FI (utils/knowledge/nat64.test.ts).
const PREFIX = [0x2001, 0x67c, 0x2b0, 0xdb32, 0, 1];
const OPERATOR = '2001:67c:2b0:db32:0:1:';

// A DNS responder on 127.0.0.1 that answers AAAA for ipv4only.arpa with the network's synthesised addresses
// (192.0.0.170 and .171 inside PREFIX, RFC 7050), NXDOMAIN otherwise.
function answer(query: Buffer, dns64: boolean): Buffer {
  let i = 12;
  const labels: string[] = [];
  while (query[i] !== 0) {
    const len = query[i] ?? 0;
    labels.push(query.subarray(i + 1, i + 1 + len).toString('latin1'));
    i += len + 1;
  }
  const end = i + 1;
  const question = query.subarray(12, end + 4);
  const hit = dns64 && labels.join('.').toLowerCase() === 'ipv4only.arpa' && query.readUInt16BE(end) === 28;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(hit ? 0x8180 : 0x8183, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(hit ? 2 : 0, 6);
  if (!hit) return Buffer.concat([header, question]);
  const records = [0xaa, 0xab].map((last) => {
    const rr = Buffer.alloc(12 + 16);
    rr.writeUInt16BE(0xc00c, 0);
    rr.writeUInt16BE(28, 2);
    rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(16, 10);
    [...PREFIX, 0xc000, last].forEach((g, k) => rr.writeUInt16BE(g, 12 + 2 * k));
    return rr;
  });
  return Buffer.concat([header, question, ...records]);
}

const servers: Socket[] = [];
async function stub(dns64: boolean): Promise<string> {
  const s = createSocket('udp4');
  s.on('message', (msg, rinfo) => s.send(answer(msg, dns64), rinfo.port, rinfo.address));
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
  servers.push(s);
  return `127.0.0.1:${(s.address() as AddressInfo).port}`;
}

let withDns64 = '';
let without = '';
beforeAll(async () => {
  withDns64 = await stub(true);
  without = await stub(false);
});
afterAll(() => {
  for (const s of servers) s.close();
});

describe('the network NAT64 prefix in a scan (cli/nat64.ts)', () => {
  it('asks ipv4only.arpa and finds the /96 prefix; a network without DNS64 has none', async () => {
    const found = await discoverNat64(nat64Resolver([withDns64]));
    expect(found.map((p) => p.bits)).toEqual([96]);
    expect(await discoverNat64(nat64Resolver([without]))).toEqual([]);
  });

  it("a US server reached through it reads US, not the operator's FI (a false EEA server before)", async () => {
    const record = new Visit()
      .req('https://tr.snapchat.com/p', 100, { type: 'ping', ip: `${OPERATOR}808:808` })
      .record();
    const r: ScenarioResult = { ...emptyAttempt(), record, startedAt: 0, finishedAt: 1 };
    const job = { url: 'https://www.shop.example/', consent: 'none' as const };
    const base = { knowledge: fixtureKnowledge(), dns: null, lang: 'en' as const };
    const country = (s: Awaited<ReturnType<typeof scenarioReportOf>>): unknown =>
      s.requests?.find((q) => q.host === 'tr.snapchat.com')?.serverCountry;
    expect(country(await scenarioReportOf(job, r, base))).toBe('FI');
    const nat64 = await discoverNat64(nat64Resolver([withDns64]));
    const seen = await scenarioReportOf(job, r, { ...base, nat64 });
    expect(country(seen)).toBe('US');
    expect(seen.errors.join(' ')).toContain(
      'NAT64: this network translates to IPv4 through 2001:67c:2b0:db32:0:1::/96',
    );
  });
});
