// The popup decodes the IP table in a dedicated Worker (entrypoints/ip-table-worker.ts): in Chrome, from an extension
// page, the built worker must answer with exactly the arrays the Node decode of the shipped table gives, transferred.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIpTable, type IpTableArrays } from '../../utils/knowledge/ip-country.ts';
import { ROOT, useHarness } from './helpers.ts';

const h = useHarness();
const KEYS = ['starts4', 'cc4', 'hi6', 'lo6', 'cc6', 'bucket4', 'bucket6'] as const;
const digest = (a: ArrayBufferView): string =>
  createHash('sha256')
    .update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))
    .digest('hex');

describe('the IP table worker in Chrome', () => {
  it('decodes the shipped table to the same arrays as Node and transfers them', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tab=0`);
    const got = await page.evaluate(async (keys) => {
      const w = new Worker('/ip-table-worker.js');
      const data = await new Promise<{ type: string; arrays: Record<string, ArrayBufferView> & { codes: string[] } }>(
        (resolve, reject) => {
          w.addEventListener('message', (e) => resolve(e.data));
          w.addEventListener('error', () => reject(new Error('worker error')));
          w.postMessage({ type: 'ip-table', url: '/data/ip-country.bin' });
        },
      );
      w.terminate();
      const arrays: Record<string, { kind: string; sha256: string }> = {};
      for (const k of keys) {
        const a = data.arrays[k] as ArrayBufferView;
        const sum = await crypto.subtle.digest(
          'SHA-256',
          new Uint8Array(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength),
        );
        const sha256 = Array.from(new Uint8Array(sum), (b) => b.toString(16).padStart(2, '0')).join('');
        arrays[k] = { kind: a.constructor.name, sha256 };
      }
      return { type: data.type, codes: data.arrays.codes, arrays };
    }, KEYS);
    await page.close();
    const want: IpTableArrays = decodeIpTable(readFileSync(path.join(ROOT, 'public', 'data', 'ip-country.bin')));
    expect(got.type).toBe('ip-table');
    expect(got.codes).toEqual(want.codes);
    for (const k of KEYS) {
      expect(got.arrays[k]?.kind, k).toBe(want[k].constructor.name);
      expect(got.arrays[k]?.sha256, k).toBe(digest(want[k]));
    }
  });
});
