import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { reportsStoredExpression, type ReportsStored } from '../../scripts/lib/reports-stored.mjs';

type Changes = Record<string, { newValue?: unknown }>;
/** A fake `chrome.storage.session` holding `items`, whose `emit` stores and tells the listeners as Chrome does. */
function fakeSession(items: Record<string, unknown>) {
  const listeners = new Set<(c: Changes) => void>();
  const session = {
    get: async () => ({ ...items }),
    onChanged: {
      addListener: (f: (c: Changes) => void) => listeners.add(f),
      removeListener: (f: never) => listeners.delete(f),
    },
  };
  const emit = (changes: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(changes))
      if (v === undefined) delete items[k];
      else items[k] = v;
    const c = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { newValue: v }]));
    for (const f of [...listeners]) f(c);
  };
  (globalThis as { chrome?: unknown }).chrome = { storage: { session } };
  return { emit, listeners };
}
const cookies = (n: number, t: number) =>
  JSON.stringify(Array.from({ length: n }, () => ({ k: 'page-cookie', t, name: 'c' })));
const run = (since: number, want: number, timeoutMs = 2000) =>
  // The expression as the bench sends it to the extension page, evaluated here with a fake chrome.storage.session.
  (0, eval)(reportsStoredExpression({ since, want, timeoutMs })) as Promise<ReportsStored>;
const tick = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => delete (globalThis as { chrome?: unknown }).chrome);

describe('reportsStoredExpression (bench part 2: when the worker has stored the page reports)', () => {
  it("takes the time of the change that completes the count, counting only this page's page-cookie events", async () => {
    const s = fakeSession({
      'ca1:7:old.0.1': cookies(600, 50), // the previous load's
      'ca1-hosts:0.1': cookies(600, 200), // not a chunk
    });
    const done = run(100, 1000);
    await tick();
    s.emit({ 'ca1:7:a.0.2': JSON.stringify([{ k: 'cookie', t: 150 }, ...JSON.parse(cookies(600, 150))]) });
    await tick();
    const before = performance.timeOrigin + performance.now();
    s.emit({ 'ca1:7:b.0.3': cookies(400, 160) });
    const after = performance.timeOrigin + performance.now();
    const r = await done;
    expect(r).toMatchObject({ n: 1000, early: false });
    expect(r.storedAt).toBeGreaterThanOrEqual(before);
    expect(r.storedAt).toBeLessThanOrEqual(after);
    expect(s.listeners.size).toBe(0);
  });

  it('says early when everything was stored before it listened, and counts a compaction once', async () => {
    const z = { z: gzipSync(cookies(500, 120)).toString('base64'), replaces: ['ca1:7:a.0.1'], n: 500 };
    fakeSession({ 'ca1:7:a.0.1~z': z, 'ca1:7:b.0.2': cookies(500, 130) });
    expect(await run(100, 1000)).toMatchObject({ n: 1000, early: true });

    const s = fakeSession({ 'ca1:7:a.0.1': cookies(500, 120) });
    const done = run(100, 1000);
    let answered = false;
    void done.then(() => (answered = true));
    await tick();
    // The compaction replaces the raw chunk by its gzip copy: still 500, not 1,000.
    s.emit({ 'ca1:7:a.0.1': undefined, 'ca1:7:a.0.1~z': z });
    await tick();
    s.emit({ 'ca1:7:c.0.3': cookies(499, 140) });
    await tick();
    expect(answered).toBe(false);
    s.emit({ 'ca1:7:d.0.4': cookies(1, 150) });
    expect(await done).toMatchObject({ n: 1000, early: false });
  });

  it('gives storedAt null when the count never comes', async () => {
    fakeSession({ 'ca1:7:a.0.1': cookies(999, 120) });
    expect(await run(100, 1000, 100)).toEqual({ storedAt: null, n: 999, early: false });
  });
});
