// The clean audit always answers within a bounded time, and its clean start goes only to the reload it asked for:
// a browser call that never settles, a reload the page cancels, and a worker restart in between (issue: hostile-clean).
import { describe, expect, it } from 'vitest';
import { createCleanAudit, type CleanApi, type CleanCookie } from '../../entrypoints/background/clean-audit.ts';
import type { PageRecord } from '../../utils/record/record.ts';

const TAB = 7;
const URL = 'https://www.shop.test/hostile/clean.html';
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/** A browser with one tab and one cookie; `onReload` is what the browser does when asked to reload. */
function fakeBrowser(
  o: { onReload?: () => void; stall?: 'tabs.get' | 'cookies.getAll' | 'browsingData'; files?: Promise<unknown> } = {},
) {
  const jar: CleanCookie[] = [{ name: 'shop_pref', domain: 'www.shop.test', path: '/', secure: true, storeId: '0' }];
  const session = new Map<string, unknown>();
  const api: CleanApi = {
    tabs: {
      get: async () => (o.stall === 'tabs.get' ? never() : { url: URL }),
      reload: async () => {
        o.onReload?.();
      },
    },
    cookies: {
      getAll: async ({ domain }) =>
        o.stall === 'cookies.getAll' ? never() : jar.filter((c) => c.domain.endsWith(domain)),
      remove: async ({ name }) => {
        const i = jar.findIndex((c) => c.name === name);
        return i < 0 ? null : jar.splice(i, 1)[0];
      },
    },
    browsingData: { remove: async () => (o.stall === 'browsingData' ? never() : undefined) },
    clearFiles: async () => o.files ?? { removed: 0, failed: [] },
    session: {
      get: async (key) => (session.has(key) ? { [key]: structuredClone(session.get(key)) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
      },
      remove: async (key) => {
        session.delete(key);
      },
    },
  };
  return { api, jar, session };
}

const WAITS = { firefox: false, storageWaitMs: 50, reloadWaitMs: 200, stepWaitMs: 50 } as const;
const last = null as PageRecord | null;

describe('clean audit', () => {
  it('answers cleared once the reload it asked for took the clean start', async () => {
    const taken: unknown[] = [];
    const b = fakeBrowser({
      // The worker's nav handler, as the browser delivers the reload's navigation: a task later.
      onReload: () => setTimeout(() => void audit.takePending(TAB).then((ev) => taken.push(ev)), 10),
    });
    const audit = createCleanAudit({ ...WAITS, api: b.api });
    const answer = await audit.start(TAB, last);
    expect(answer).toMatchObject({ cleared: true, clearedCookies: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(taken).toEqual([expect.objectContaining({ k: 'clean', clearedCookies: 1 })]);
    expect(b.jar).toEqual([]);
    expect(b.session.size).toBe(0);
  });

  it('a reload that never starts (the page asked to stay) ends with a clear answer, and no later load gets it', async () => {
    const b = fakeBrowser();
    const audit = createCleanAudit({ ...WAITS, api: b.api });
    // Before the fix this answered cleared at once and left the event to whatever load came next.
    const answer = await audit.start(TAB, last);
    expect(answer.cleared).toBe(false);
    expect(answer.detail).toMatch(/did not reload.*no clean start is recorded/);
    // The visitor navigates later: that load is no clean start (its site may have written again since).
    expect(await audit.takePending(TAB)).toBeNull();
    expect(b.session.size).toBe(0);
  });

  it.each(['tabs.get', 'cookies.getAll'] as const)(
    'a %s that never settles ends with a clear answer',
    async (stall) => {
      const b = fakeBrowser({ stall, onReload: () => void audit.takePending(TAB) });
      const audit = createCleanAudit({ ...WAITS, api: b.api });
      const answer = await audit.start(TAB, last);
      expect(answer.cleared).toBe(false);
      expect(answer.detail).toMatch(/^Clean audit stopped: the browser did not finish .+ within/);
      expect(await audit.takePending(TAB)).toBeNull();
    },
  );

  it('site storage that is never cleared is said, and the audit goes on', async () => {
    const b = fakeBrowser({ stall: 'browsingData', onReload: () => setTimeout(() => void audit.takePending(TAB), 10) });
    const audit = createCleanAudit({ ...WAITS, api: b.api });
    const answer = await audit.start(TAB, last);
    expect(answer.cleared).toBe(true);
    expect(answer.detail).toContain('not confirmed');
  });

  it('a worker restarted before the reload navigation still opens the record with the clean start, in time only', async () => {
    let clock = 1_000_000;
    const now = (): number => clock;
    // The reload is asked for, then the worker stops before its navigation arrives: start() never answers there.
    const b = fakeBrowser();
    const before = createCleanAudit({ ...WAITS, reloadWaitMs: 60_000, api: b.api, now });
    void before.start(TAB, last);
    await new Promise((r) => setTimeout(r, 20));
    expect(b.session.size).toBe(1);
    const after = createCleanAudit({ ...WAITS, api: b.api, now });
    expect(await after.takePending(TAB)).toMatchObject({ k: 'clean', clearedCookies: 1 });
    expect(b.session.size).toBe(0);

    // The same, but the navigation comes after the wait: it is no clean start.
    const b2 = fakeBrowser();
    void createCleanAudit({ ...WAITS, reloadWaitMs: 60_000, api: b2.api, now }).start(TAB, last);
    await new Promise((r) => setTimeout(r, 20));
    clock += 60_001;
    expect(await createCleanAudit({ ...WAITS, api: b2.api, now }).takePending(TAB)).toBeNull();
    expect(b2.session.size).toBe(0);
  });
});

describe('clean audit: what each browser is asked to clear', () => {
  const reloadTakes = (audit: { takePending(t: number): Promise<unknown> }) => () =>
    setTimeout(() => void audit.takePending(TAB), 10);

  it('Chrome: cache storage and file systems (OPFS) by origin, no page-side removal', async () => {
    const b = fakeBrowser({ onReload: () => reloadTakes(audit)() });
    const asked: Array<Record<string, boolean>> = [];
    let pageAsked = false;
    b.api.browsingData.remove = async (_scope, types) => void asked.push(types);
    b.api.clearFiles = async () => ((pageAsked = true), { removed: 0, failed: [] });
    const audit = createCleanAudit({ ...WAITS, api: b.api });
    expect((await audit.start(TAB, last)).cleared).toBe(true);
    expect(asked[0]).toMatchObject({ cacheStorage: true, fileSystems: true, indexedDB: true });
    expect(pageAsked).toBe(false);
  });

  it("Firefox: only types its schema knows (an unknown one throws at once), then the page's own removal", async () => {
    const b = fakeBrowser({ onReload: () => reloadTakes(audit)() });
    // As Firefox's schema check does: a synchronous throw, not a rejected promise.
    b.api.browsingData.remove = (_scope, types) => {
      if ('cacheStorage' in types || 'fileSystems' in types) throw new Error('Unexpected properties');
      return Promise.resolve();
    };
    let pageAsked = 0;
    b.api.clearFiles = async () => (pageAsked++, { removed: 3, failed: [] });
    const audit = createCleanAudit({ ...WAITS, firefox: true, api: b.api });
    const answer = await audit.start(TAB, last);
    expect(answer.cleared).toBe(true);
    expect(answer.detail).not.toContain('not confirmed');
    expect(answer.detail).not.toMatch(/Not removed|could not be cleared/);
    expect(pageAsked).toBe(1);
  });

  it('a browsingData call that throws at once is said as not confirmed, not an error', async () => {
    const b = fakeBrowser({ onReload: () => reloadTakes(audit)() });
    b.api.browsingData.remove = () => {
      throw new Error('Type error for parameter dataToRemove');
    };
    const audit = createCleanAudit({ ...WAITS, api: b.api });
    const answer = await audit.start(TAB, last);
    expect(answer.cleared).toBe(true);
    expect(answer.detail).toContain('not confirmed');
  });

  it.each([
    ['a file a worker holds open', { removed: 1, failed: ['OPFS _ga'] }, /Not removed: OPFS _ga\./],
    ['no answer in time', new Promise(() => undefined), /could not be cleared/],
    ['an answer the page broke', { removed: 'all', failed: [] }, /could not be cleared/],
  ])('Firefox: %s is said in the answer', async (_what, files, said) => {
    const b = fakeBrowser({ files: Promise.resolve().then(() => files), onReload: () => reloadTakes(audit)() });
    const audit = createCleanAudit({ ...WAITS, firefox: true, api: b.api });
    const answer = await audit.start(TAB, last);
    expect(answer.cleared).toBe(true);
    expect(answer.detail).toMatch(said);
  });
});
