import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { fixtureKnowledge, Visit } from '../test/support/findings.ts';
import { applyCnameCloaks, cnameChain, cnameNotes, cnameResolver, findCnameCloaks, type CnameLookup } from './cname.ts';

// A tiny DNS responder on 127.0.0.1 (RFC 1035 wire format): answers CNAME questions from ZONE, NXDOMAIN otherwise.
const ZONE: Readonly<Record<string, string>> = {
  'metrics.shop.example': 'shop.example.sc.omtrdc.net',
  'tag.shop.example': 'edge.shop.example',
  'edge.shop.example': 'shop.eulerian.net',
  'cdn.shop.example': 'd111111abcdef8.cloudfront.net',
  'smetrics.brand-group.example': 'brand-group.example.ssl.sc.omtrdc.net',
  'www.google-analytics.com': 'www-google-analytics.l.google.com',
  'loop-a.shop.example': 'loop-b.shop.example',
  'loop-b.shop.example': 'loop-a.shop.example',
};

function readName(msg: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let i = offset;
  while (i < msg.length && msg[i] !== 0) {
    const len = msg[i] ?? 0;
    labels.push(msg.subarray(i + 1, i + 1 + len).toString('latin1'));
    i += len + 1;
  }
  return { name: labels.join('.').toLowerCase(), end: i + 1 };
}

function encodeName(name: string): Buffer {
  const parts = name.split('.').map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l, 'latin1')]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function answer(query: Buffer): Buffer {
  const { name, end } = readName(query, 12);
  const question = query.subarray(12, end + 4);
  const qtype = query.readUInt16BE(end);
  const target = qtype === 5 ? ZONE[name] : undefined;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(target ? 0x8180 : 0x8183, 2); // response, recursion available; rcode 0 or 3 (NXDOMAIN)
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(target ? 1 : 0, 6);
  if (!target) return Buffer.concat([header, question]);
  const rdata = encodeName(target);
  const rr = Buffer.alloc(12);
  rr.writeUInt16BE(0xc00c, 0); // pointer to the question name
  rr.writeUInt16BE(5, 2);
  rr.writeUInt16BE(1, 4);
  rr.writeUInt32BE(60, 6);
  rr.writeUInt16BE(rdata.length, 10);
  return Buffer.concat([header, question, rr, rdata]);
}

let server: Socket;
let dns: CnameLookup;
const asked: string[] = [];

beforeAll(async () => {
  server = createSocket('udp4');
  server.on('message', (msg, rinfo) => {
    asked.push(readName(msg, 12).name);
    server.send(answer(msg), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
  dns = cnameResolver([`127.0.0.1:${(server.address() as AddressInfo).port}`]);
});

afterAll(() => {
  server?.close();
});

const page = (): Visit =>
  new Visit()
    .req('https://metrics.shop.example/b/ss/shop/1/JS-2.22.0?mid=123', 200, { type: 'image', ip: '81.169.145.1' })
    .req('https://cdn.shop.example/app.js', 100)
    .req('https://www.shop.example/api/cart', 300, { type: 'xmlhttprequest' });

describe('CNAME chain against a local DNS stub', () => {
  it('follows the chain, stops at loops and unknown names', async () => {
    expect(await cnameChain('metrics.shop.example', dns)).toEqual(['shop.example.sc.omtrdc.net']);
    expect(await cnameChain('tag.shop.example', dns)).toEqual(['edge.shop.example', 'shop.eulerian.net']);
    expect(await cnameChain('loop-a.shop.example', dns)).toEqual(['loop-b.shop.example']);
    expect(await cnameChain('www.shop.example', dns)).toEqual([]);
    expect(asked).toContain('metrics.shop.example');
  });

  it('finds the cloaked first-party host and the tracker it points to; a CDN alias is not cloaking', async () => {
    const k = fixtureKnowledge();
    const cloaks = await findCnameCloaks(page().record(), k.trackers, dns);
    expect(cloaks).toEqual([
      {
        host: 'metrics.shop.example',
        chain: ['shop.example.sc.omtrdc.net'],
        target: 'shop.example.sc.omtrdc.net',
        trackerId: 'adobe-analytics',
        tracker: 'Adobe Analytics',
        company: expect.stringMatching(/Adobe/),
      },
    ]);
    expect(cnameNotes(cloaks)[0]).toMatch(
      /^CNAME cloaking: metrics\.shop\.example is an alias of shop\.example\.sc\.omtrdc\.net \(Adobe Analytics, /,
    );
  });

  it('the analysis treats the cloaked host like the tracker: tracker, company, recipients and findings', async () => {
    const k = fixtureKnowledge();
    const record = page().record();
    const before = analyze(record, k);
    expect(before.requests.find((r) => r.host === 'metrics.shop.example')).toMatchObject({
      thirdParty: false,
      tracker: null,
    });
    const cloaks = await findCnameCloaks(record, k.trackers, dns);
    const seen = applyCnameCloaks(record, k, cloaks);
    const a = analyze(seen.record, seen.knowledge);
    const hit = a.requests.find((r) => r.host === 'metrics.shop.example');
    expect(hit).toMatchObject({ thirdParty: true, tracker: { name: 'Adobe Analytics' } });
    expect(hit?.tracker?.transferCountries.length).toBeGreaterThan(0);
    expect(
      a.findings.some((f) => f.rule === 'tracking-request-before-choice' && f.subject.host === 'metrics.shop.example'),
    ).toBe(true);
    expect(a.findings.some((f) => f.rule === 'third-country-transfer')).toBe(true);
    // The CDN host stays first party; the record handed in is unchanged (HAR and raw record keep what the browser saw).
    expect(a.requests.find((r) => r.host === 'cdn.shop.example')).toMatchObject({ thirdParty: false });
    expect(record.requests.find((r) => r.host === 'metrics.shop.example')?.party).toBe('first');
  });

  it("a third-party alias no list names (the group's tracking server) is uncloaked: company and transfer", async () => {
    const k = fixtureKnowledge();
    // Registry country DE (utils/knowledge/ip-country.test.ts): before, "company unknown" on an EEA server = no finding.
    const record = new Visit()
      .req('https://smetrics.brand-group.example/b/ss/shop/1/JS-2.22.0', 200, { type: 'image', ip: '81.169.145.1' })
      .req('https://www.google-analytics.com/g/collect?v=2', 300, { type: 'ping', ip: '81.169.145.1' })
      .record();
    const before = analyze(record, k);
    expect(before.findings.filter((f) => f.rule === 'third-country-transfer').map((f) => f.subject.host)).toEqual([
      'google-analytics.com',
    ]);
    asked.length = 0;
    const cloaks = await findCnameCloaks(record, k.trackers, dns);
    expect(cloaks.map((c) => [c.host, c.trackerId])).toEqual([['smetrics.brand-group.example', 'adobe-analytics']]);
    // A host the dataset already names is not asked about (its alias cannot name it better).
    expect(asked).not.toContain('www.google-analytics.com');
    const seen = applyCnameCloaks(record, k, cloaks);
    const a = analyze(seen.record, seen.knowledge);
    expect(a.requests.find((r) => r.host === 'smetrics.brand-group.example')).toMatchObject({
      thirdParty: true,
      tracker: { name: 'Adobe Analytics' },
    });
    expect(a.findings.filter((f) => f.rule === 'third-country-transfer').map((f) => f.subject.host)).toEqual([
      'brand-group.example',
      'google-analytics.com',
    ]);
  });

  it('no DNS answer at all (server gone) is no cloak, not an error', async () => {
    const dead = cnameResolver(['127.0.0.1:9'], 300);
    expect(await findCnameCloaks(page().record(), fixtureKnowledge().trackers, dead)).toEqual([]);
  });
});
