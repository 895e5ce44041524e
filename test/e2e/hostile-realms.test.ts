// Issue 15.6: storage written where no hook of ours runs (a blob: frame, an about:srcdoc frame, a dedicated worker, a
// document replaced by document.open()) is still in the record, with the frame it came from and how it was seen.
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { PageRecord, StorageEntry } from '../../utils/record/page-record.ts';
import { expectRealmWrites, scanRealms } from '../support/realm-scan.ts';
import { openHostile, CLI_SANDBOX_ARGS, settledRecord, SHOP, useCliRun, useHarness } from './helpers.ts';

const h = useHarness();
let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-hostile-realms-', (s, d) => {
  server = s;
  dir = d;
});

const entry = (r: PageRecord, key: string): StorageEntry | undefined => r.storage.find((s) => s.key === key);
/** The record of a realm page once every key in `keys` is in it (or the last record, for the assertion messages). */
async function audit(page: string, keys: string[]): Promise<PageRecord> {
  const { page: tab, tabId } = await openHostile(h, page, { timeoutMs: 20_000 });
  const r = await settledRecord(h, tabId, (rec) => keys.every((k) => entry(rec, k) !== undefined), 20_000).catch(() =>
    settledRecord(h, tabId, () => true),
  );
  await tab.close();
  return r;
}

describe('hostile page: writes from realms without our hooks (15.6), extension', () => {
  it('localStorage written by a same-origin blob: frame is recorded, with the blob: frame as its source', async () => {
    const r = await audit('realm-blob.html', ['amplitude_id_blob_realm']);
    const s = entry(r, 'amplitude_id_blob_realm');
    expect(s, JSON.stringify(r.storage)).toMatchObject({ kind: 'localStorage', origin: SHOP, value: 'device-blob-1' });
    expect(s!.frameUrl).toMatch(/^blob:https:\/\/www\.shop\.test\//);
    expect(s!.seenBy).toContain('hook');
  }, 60_000);

  it('localStorage written by an about:srcdoc frame is recorded under the page origin', async () => {
    const r = await audit('realm-srcdoc.html', ['_hjSessionUser_srcdoc_realm']);
    const s = entry(r, '_hjSessionUser_srcdoc_realm');
    expect(s, JSON.stringify(r.storage)).toMatchObject({ kind: 'localStorage', origin: SHOP, value: 'user-srcdoc-1' });
    expect(s!.frameUrl).toBe('about:srcdoc');
    expect(s!.seenBy).toContain('hook');
  }, 60_000);

  it('an IndexedDB database opened by a dedicated worker is recorded, seen by the poll of the origin databases', async () => {
    const r = await audit('realm-worker.html', ['amplitude_id_worker_realm']);
    const s = entry(r, 'amplitude_id_worker_realm');
    expect(s, JSON.stringify(r.storage)).toMatchObject({ kind: 'indexedDB', origin: SHOP });
    expect(s!.seenBy).toEqual(['poll']);
    expect(s!.frameUrl).toBe(`${SHOP}/hostile/realm-worker.html`);
  }, 60_000);

  it('after document.open() both the hooked and the property write of the new document are recorded', async () => {
    const r = await audit('realm-reopen.html', ['_hjSessionUser_reopen_hooked', 'amplitude_id_reopen_direct']);
    const hooked = entry(r, '_hjSessionUser_reopen_hooked');
    const direct = entry(r, 'amplitude_id_reopen_direct');
    expect(hooked, JSON.stringify(r.storage)).toMatchObject({
      kind: 'localStorage',
      origin: SHOP,
      value: 'user-reopen-1',
    });
    expect(hooked!.seenBy).toContain('hook');
    expect(direct, JSON.stringify(r.storage)).toMatchObject({
      kind: 'localStorage',
      origin: SHOP,
      value: 'device-reopen-1',
    });
    expect(direct!.seenBy).toEqual(['poll']);
  }, 60_000);
});

describe('hostile page: writes from realms without our hooks (15.6), consent-auditor scan', () => {
  it('the JSON report lists each write with its frame and how it was seen', async () => {
    expectRealmWrites(await scanRealms(server, dir, [...CLI_SANDBOX_ARGS]));
  }, 180_000);
});
