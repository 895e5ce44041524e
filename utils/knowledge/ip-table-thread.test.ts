import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeIpTable, ipTableOf, isIpTableArrays, loadIpTable, type IpTable } from './ip-country.ts';
import { ipTableReply, loadIpTableOffThread, type IpTableReply, type IpTableWorker } from './ip-table-thread.ts';

const binPath = join(process.cwd(), 'public/data/ip-country.bin');
let raw: Uint8Array;
let direct: IpTable;

beforeAll(() => {
  if (!existsSync(binPath)) execFileSync(process.execPath, ['scripts/build-ip-table.mjs'], { cwd: process.cwd() });
  raw = new Uint8Array(readFileSync(binPath));
  direct = loadIpTable(raw);
}, 60_000);

/** Addresses across the whole space (both families, special ranges, range edges by chance) and a few bad texts. */
function sampleAddresses(): string[] {
  const out = ['8.8.8.8', '1.1.1.1', '127.0.0.1', '10.0.0.1', '::1', '2a00:1450:4001::1', '::ffff:8.8.8.8', 'x', ''];
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 3000; i++) {
    const v = next();
    out.push(`${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`);
    const groups = Array.from({ length: 8 }, () => (next() & 0xffff).toString(16));
    // Most IPv6 space is unassigned: keep half of them in 2000::/3, where the registries' blocks are.
    if (i % 2 === 0) groups[0] = (0x2000 + (next() & 0x1fff)).toString(16);
    out.push(groups.join(':'));
  }
  return out;
}

const okResponse = (bytes: Uint8Array): Response => new Response(bytes.slice().buffer);

/** A Worker run in this thread: the reply goes through structuredClone with its transfer list, as postMessage does. */
function inProcessWorker(fetchFn: (url: string) => Promise<Response>): IpTableWorker & { terminated: boolean } {
  const listeners = new Map<string, Array<(e: { data: unknown }) => void>>();
  const w = {
    terminated: false,
    addEventListener(type: string, fn: (e: { data: unknown }) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    },
    postMessage(msg: unknown) {
      void ipTableReply(msg, fetchFn).then(({ reply, transfer }) => {
        const data = structuredClone(reply, { transfer });
        for (const fn of listeners.get('message') ?? []) fn({ data });
      });
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

describe('the IP table decoded apart from its lookups', () => {
  it('ipTableOf(decodeIpTable(x)) answers as loadIpTable(x), also after a structured clone with transfer', () => {
    const arrays = decodeIpTable(raw);
    expect(isIpTableArrays(arrays)).toBe(true);
    const cloned = structuredClone(arrays, {
      transfer: [arrays.starts4, arrays.cc4, arrays.hi6, arrays.lo6, arrays.cc6, arrays.bucket4, arrays.bucket6].map(
        (a) => a.buffer,
      ),
    });
    expect(arrays.starts4.length).toBe(0); // transferred, not copied
    const table = ipTableOf(cloned);
    expect(table.ipv4Ranges).toBe(direct.ipv4Ranges);
    expect(table.ipv6Ranges).toBe(direct.ipv6Ranges);
    expect(table.countries).toEqual(direct.countries);
    const ips = sampleAddresses();
    expect(ips.map((ip) => table.lookup(ip))).toEqual(ips.map((ip) => direct.lookup(ip)));
    expect(new Set(ips.map((ip) => table.lookup(ip).country)).size).toBeGreaterThan(50);
  });

  it('isIpTableArrays refuses arrays whose lengths or codes do not fit together', () => {
    const good = decodeIpTable(raw);
    expect(isIpTableArrays(null)).toBe(false);
    expect(isIpTableArrays({ ...good, cc4: good.cc4.subarray(1) })).toBe(false);
    expect(isIpTableArrays({ ...good, lo6: new Uint8Array(good.hi6.length) })).toBe(false);
    expect(isIpTableArrays({ ...good, bucket6: good.bucket6.subarray(1) })).toBe(false);
    expect(isIpTableArrays({ ...good, codes: ['US', ...good.codes.slice(1)] })).toBe(false);
    expect(isIpTableArrays({ ...good, codes: [...good.codes, 'x1'] })).toBe(false);
    expect(isIpTableArrays({ ...good, starts4: Array.from(good.starts4) })).toBe(false);
  });
});

describe("the worker's reply", () => {
  it('fetches, decodes and lists every array buffer to transfer', async () => {
    const { reply, transfer } = await ipTableReply({ type: 'ip-table', url: 'x' }, () =>
      Promise.resolve(okResponse(raw)),
    );
    expect(reply.type).toBe('ip-table');
    expect(transfer).toHaveLength(7);
    if (reply.type === 'ip-table') expect(ipTableOf(reply.arrays).lookup('8.8.8.8')).toEqual(direct.lookup('8.8.8.8'));
  });

  it('says why it failed: no url, an HTTP error, a fetch error, a corrupt table', async () => {
    const failed = async (msg: unknown, fetchFn: (url: string) => Promise<Response>): Promise<IpTableReply> =>
      (await ipTableReply(msg, fetchFn)).reply;
    const never = (): Promise<Response> => Promise.reject(new Error('not fetched'));
    expect(await failed({ type: 'ip-table' }, never)).toEqual({ type: 'ip-table-failed', reason: 'no url' });
    expect(await failed({ url: 'x' }, () => Promise.resolve(new Response('', { status: 404 })))).toEqual({
      type: 'ip-table-failed',
      reason: 'HTTP 404',
    });
    expect(await failed({ url: 'x' }, never)).toEqual({ type: 'ip-table-failed', reason: 'not fetched' });
    const corrupt = raw.slice();
    corrupt[100] = (corrupt[100] ?? 0) ^ 0xff;
    const r = await failed({ url: 'x' }, () => Promise.resolve(okResponse(corrupt)));
    expect(r.type).toBe('ip-table-failed');
    expect(r.type === 'ip-table-failed' && r.reason).toMatch(/checksum mismatch/);
  });
});

describe('loadIpTableOffThread', () => {
  const hereTable = (): Promise<IpTable | null> => Promise.resolve(direct);

  it("takes the worker's table (not the main-thread one) and terminates the worker", async () => {
    const w = inProcessWorker(() => Promise.resolve(okResponse(raw)));
    let here = 0;
    const table = await loadIpTableOffThread(
      'x',
      () => w,
      () => (here++, hereTable()),
    );
    expect(here).toBe(0);
    expect(w.terminated).toBe(true);
    expect(table).not.toBe(direct);
    const ips = sampleAddresses().slice(0, 500);
    expect(ips.map((ip) => table?.lookup(ip))).toEqual(ips.map((ip) => direct.lookup(ip)));
  });

  it('falls back to the main thread when the worker fails, cannot start, errors or replies nonsense', async () => {
    const failing = inProcessWorker(() => Promise.resolve(new Response('', { status: 500 })));
    expect(await loadIpTableOffThread('x', () => failing, hereTable)).toBe(direct);
    expect(failing.terminated).toBe(true);
    const throwing = (): IpTableWorker => {
      throw new Error('no Worker here');
    };
    expect(await loadIpTableOffThread('x', throwing, hereTable)).toBe(direct);
    for (const event of ['error', 'messageerror'] as const) {
      const listeners: Array<(e: { data: unknown }) => void> = [];
      const broken: IpTableWorker = {
        addEventListener: (type: string, fn: (e: { data: unknown }) => void) => {
          if (type === event) listeners.push(fn);
        },
        postMessage: () => setTimeout(() => listeners.forEach((fn) => fn({ data: null })), 0),
        terminate: () => undefined,
      };
      expect(await loadIpTableOffThread('x', () => broken, hereTable)).toBe(direct);
    }
    const liar: IpTableWorker = {
      addEventListener: (type: string, fn: (e: { data: unknown }) => void) => {
        if (type === 'message') setTimeout(() => fn({ data: { type: 'ip-table', arrays: { codes: ['--'] } } }), 0);
      },
      postMessage: () => undefined,
      terminate: () => undefined,
    };
    expect(await loadIpTableOffThread('x', () => liar, hereTable)).toBe(direct);
  });
});
