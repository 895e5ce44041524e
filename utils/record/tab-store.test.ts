import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { cookieStored } from '../../test/support/raw-events.ts';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import type { AuditEvent } from '../observe/events.ts';
import { MemoryArea, numberedRequests, settle } from '../../test/support/session-area.ts';
import { gzipCodec, KEY_PREFIX } from './tab-chunks.ts';
import { RecordBuilder } from './record.ts';
import { TabBudget } from './tab-budget.ts';
import { PREVIOUS_KEEP_BYTES, TabStore } from './tab-store.ts';

/** A storage area whose writes take a while, as the browser's do under load. */
class SlowArea extends MemoryArea {
  writes = 0;
  override async set(items: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    await new Promise((r) => setTimeout(r, 5));
    return super.set(items);
  }
}

const req = numberedRequests('script');

/** A page and five scripts, one per task, in a store that compacts after 3 events once quiet for `delayMs`. */
async function smallPageCompactingAfter3(tabId: number, delayMs: number): Promise<{ area: MemoryArea; s: TabStore }> {
  const area = new MemoryArea();
  const s = new TabStore(area, () => {}, Date.now, gzipCodec, 3, delayMs);
  s.push(tabId, req(tabId, 'https://a.example/', 'main_frame'));
  for (let i = 0; i < 5; i++) {
    s.push(tabId, req(tabId, `https://t.example/${i}.js`));
    await settle();
  }
  return { area, s };
}

describe('TabStore', () => {
  it('a restarted worker restores every tab from storage exactly', async () => {
    const area = new MemoryArea();
    const a = new TabStore(area);
    a.push(1, req(1, 'https://a.example/', 'main_frame'));
    a.push(1, req(1, 'https://t.example/x.js'));
    a.push(2, req(2, 'https://b.example/', 'main_frame'));
    await settle();
    a.push(1, req(1, 'https://t.example/y.js'));
    await settle();
    const b = new TabStore(area);
    await b.ready;
    expect(b.builder(1)!.record).toEqual(a.builder(1)!.record);
    expect(b.builder(2)!.record!.url).toBe('https://b.example/');
    expect(b.builder(1)!.record!.requests.map((r) => r.url)).toEqual([
      'https://a.example/',
      'https://t.example/x.js',
      'https://t.example/y.js',
    ]);
  });

  it("events that came before their page's navigation are that page's after a restart too", async () => {
    const area = new MemoryArea();
    const a = new TabStore(area);
    a.push(3, [{ ...cookieStored('twin_only', 'www.shop.example', '5', 1_200), t: 1_200 }]);
    await a.settled();
    a.push(
      3,
      fromBeforeRequest({
        requestId: 'twin',
        url: 'https://www.shop.example/',
        type: 'main_frame',
        tabId: 3,
        frameId: 0,
        timeStamp: 1_000,
      }),
    );
    await a.settled();
    expect(a.builder(3)!.record!.cookies.map((c) => c.name)).toEqual(['twin_only']);
    const b = new TabStore(area);
    await b.ready;
    expect(b.builder(3)!.record).toEqual(a.builder(3)!.record);
  });

  it('an event the builder cannot apply is stored and noted; the other tabs are applied once, and a restore goes on', async () => {
    const real = RecordBuilder.prototype.apply;
    const spy = vi.spyOn(RecordBuilder.prototype, 'apply').mockImplementation(function (this: RecordBuilder, ev) {
      if (ev.k === 'request' && ev.url.includes('boom')) throw new Error('tldts did not load');
      real.call(this, ev);
    });
    try {
      const area = new MemoryArea();
      const a = new TabStore(area);
      await a.ready;
      a.push(1, req(1, 'https://a.example/', 'main_frame'));
      a.push(2, [...req(2, 'https://b.example/', 'main_frame'), ...req(2, 'https://t.example/boom.js')]);
      a.push(2, req(2, 'https://t.example/after.js'));
      await settle();
      a.push(1, req(1, 'https://t.example/x.js'));
      await settle();
      expect(a.builder(1)!.record!.requests.map((r) => r.url)).toEqual([
        'https://a.example/',
        'https://t.example/x.js',
      ]);
      const two = a.builder(2)!.record!;
      expect(two.requests.map((r) => r.url)).toEqual(['https://b.example/', 'https://t.example/after.js']);
      expect(two.errors).toEqual([
        expect.objectContaining({ where: 'record', message: "event 'request' not applied: tldts did not load" }),
      ]);
      // The event is stored: a replay meets it again (here it fails again), and the restore still finishes.
      const b = new TabStore(area);
      await b.ready;
      expect(b.builder(2)!.record).toEqual(two);
      expect(b.builder(1)!.record).toEqual(a.builder(1)!.record);
    } finally {
      spy.mockRestore();
    }
  });

  it('an event that finds no write under way is written at once: nothing waits for a timer', async () => {
    const area = new MemoryArea();
    const s = new TabStore(area);
    await s.ready;
    s.push(3, req(3, 'https://a.example/', 'main_frame'));
    await Promise.resolve();
    await Promise.resolve();
    expect([...area.data.keys()].filter((k) => k.startsWith(KEY_PREFIX))).toHaveLength(1);
  });

  it('a burst is group-committed: one write at a time, what arrives meanwhile joins the next, and all of it restores', async () => {
    const area = new SlowArea();
    const s = new TabStore(area);
    s.push(4, req(4, 'https://a.example/', 'main_frame'));
    // 200 events, each in its own task, as webRequest and cookie events arrive.
    for (let i = 0; i < 200; i++) {
      s.push(4, req(4, `https://t.example/p${i}.gif`, 'image'));
      if (i % 10 === 0) await settle();
    }
    await s.settled();
    expect(area.writes).toBeLessThan(30);
    expect(area.writes).toBeGreaterThan(1);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(4)!.record).toEqual(s.builder(4)!.record);
    expect(restored.builder(4)!.record!.requests).toHaveLength(201);
    // Later events of the same page joined open chunks: far fewer keys than events.
    expect([...area.data.keys()].filter((k) => k.startsWith(`${KEY_PREFIX}4:`)).length).toBeLessThan(30);
  });

  it('a tab closed while its events wait for a write leaves nothing in storage', async () => {
    const area = new SlowArea();
    const s = new TabStore(area);
    s.push(5, req(5, 'https://a.example/', 'main_frame'));
    await settle(); // the first write is under way
    s.push(5, req(5, 'https://t.example/x.js'));
    s.push(6, req(6, 'https://b.example/', 'main_frame'));
    await settle();
    await s.removeTab(5);
    await s.settled();
    await new Promise((r) => setTimeout(r, 20));
    expect([...area.data.keys()].filter((k) => k.startsWith(`${KEY_PREFIX}5:`))).toEqual([]);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.tabIds()).toEqual([6]);
  });

  it("a new page keeps the previous page's chunks as its previous record; the page after drops them", async () => {
    const area = new MemoryArea();
    const s = new TabStore(area);
    const urls = (r: { requests: Array<{ url: string }> } | null | undefined): string[] =>
      r?.requests.map((q) => q.url) ?? [];
    s.push(1, [...req(1, 'https://a.example/', 'main_frame'), ...req(1, 'https://t.example/x.js')]);
    await settle();
    s.push(1, [
      ...req(1, 'https://t.example/late.js'),
      ...req(1, 'https://b.example/', 'main_frame'),
      ...req(1, 'https://b.example/app.js'),
    ]);
    await s.settled();
    const restored = new TabStore(area);
    await restored.ready;
    expect(urls(restored.builder(1)!.record)).toEqual(['https://b.example/', 'https://b.example/app.js']);
    expect(urls(restored.builder(1)!.previous)).toEqual([
      'https://a.example/',
      'https://t.example/x.js',
      'https://t.example/late.js',
    ]);
    expect(restored.builder(1)!.previous).toEqual(s.builder(1)!.previous);
    // A third page: the first one's chunks go, the second is the previous record (in memory and after a restart).
    restored.push(1, req(1, 'https://c.example/', 'main_frame'));
    await restored.settled();
    expect(urls(restored.builder(1)!.previous)).toEqual(['https://b.example/', 'https://b.example/app.js']);
    const again = new TabStore(area);
    await again.ready;
    expect(urls(again.builder(1)!.record)).toEqual(['https://c.example/']);
    expect(urls(again.builder(1)!.previous)).toEqual(['https://b.example/', 'https://b.example/app.js']);
    const stored = [...area.data.values()].map((v) => JSON.stringify(v));
    expect(stored.some((v) => v.includes('a.example'))).toBe(false);
  });

  it('a restarted worker writes after every restored chunk: same millisecond, or a clock set back', async () => {
    for (const later of [1_000, 400]) {
      const area = new MemoryArea();
      const s = new TabStore(
        area,
        () => {},
        () => 1_000,
      );
      s.push(1, req(1, 'https://a.example/', 'main_frame'));
      await s.settled();
      // The next worker's clock reads the same millisecond (its random wake id decided the order) or earlier.
      const restored = new TabStore(
        area,
        () => {},
        () => later,
      );
      await restored.ready;
      restored.push(1, req(1, 'https://b.example/', 'main_frame'));
      await restored.settled();
      const again = new TabStore(area);
      await again.ready;
      expect(
        again.builder(1)!.record?.requests.map((q) => q.url),
        `clock ${later}`,
      ).toEqual(['https://b.example/']);
      expect(
        again.builder(1)!.previous?.requests.map((q) => q.url),
        `clock ${later}`,
      ).toEqual(['https://a.example/']);
    }
  });

  it('a previous page over its storage share is not kept: no previous record, in memory or after a restart', async () => {
    const area = new MemoryArea();
    const s = new TabStore(area);
    // Random, so that gzip (a big chunk is stored compressed at once) cannot bring it under the share.
    const long = `https://t.example/big?${randomBytes(PREVIOUS_KEEP_BYTES).toString('base64')}`;
    s.push(2, [...req(2, 'https://a.example/', 'main_frame'), ...req(2, long)]);
    await s.settled();
    s.push(2, req(2, 'https://a.example/', 'main_frame'));
    await s.settled();
    expect(s.builder(2)!.previous).toBeNull();
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(2)!.previous).toBeNull();
    expect(restored.builder(2)!.record!.requests.map((q) => q.url)).toEqual(['https://a.example/']);
    expect(area.bytes()).toBeLessThan(PREVIOUS_KEEP_BYTES / 2);
  });

  it('removing a tab frees memory and storage, and late events do not bring it back', async () => {
    const area = new MemoryArea();
    const s = new TabStore(area);
    s.push(5, req(5, 'https://a.example/', 'main_frame'));
    await settle();
    await s.removeTab(5);
    s.push(5, req(5, 'https://a.example/aborted.js'));
    await settle();
    expect(s.builder(5)).toBeUndefined();
    expect([...area.data.keys()].filter((k) => k.startsWith(`${KEY_PREFIX}5:`))).toEqual([]);
  });

  it('drops keys of an older format and skips unreadable chunks with a recorded error', async () => {
    const area = new MemoryArea();
    area.data.set('ca0:1:abc', [1, 2]);
    area.data.set(`${KEY_PREFIX}1:000000001.aaaa.000001`, 'garbage');
    area.data.set('unrelated-setting', true);
    const s = new TabStore(area);
    await s.ready;
    expect(area.data.has('ca0:1:abc')).toBe(false);
    expect(area.data.has('unrelated-setting')).toBe(true);
    expect(s.builder(1)!.record!.errors[0]!.message).toContain('unreadable stored chunk');
  });

  it('a 20,000-request page with long URLs and 4 KB cookies fits the 10 MB session quota, compacted, and restores exactly', async () => {
    const area = new MemoryArea(10 * 1024 * 1024);
    const s = new TabStore(area);
    s.push(9, req(9, 'https://www.big.example/', 'main_frame'));
    for (let i = 0; i < 20_000; i++) {
      s.push(9, req(9, `https://t${i % 50}.tracker.example/collect?cid=${i}&${'p='.padEnd(1500, 'x')}`));
      if (i % 200 === 0) {
        s.push(9, [cookieStored(`c${i}`, 'www.big.example', 'v'.repeat(4096), 2000 + i, { session: true })]);
      }
      if (i % 500 === 0) await settle();
    }
    // Every event handed to storage (the contract readers of durable state use), however slow gzip is on this machine.
    await s.settled();
    const r = s.builder(9)!.record!;
    expect(r.requests).toHaveLength(20_001);
    expect(r.errors).toEqual([]);
    const bytes = JSON.stringify([...area.data]).length;
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
    expect([...area.data.keys()].some((k) => k.endsWith('~z'))).toBe(true);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(9)!.record).toEqual(r);
  });

  it('when gzip lags the page, writes wait for it and the backlog is stored compressed: no quota error, nothing lost', async () => {
    // A codec whose first compression hangs until released: the worker's CPU is busy elsewhere.
    let release = (): void => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const slowCodec = {
      ...gzipCodec,
      compress: async (text: string) => {
        if (calls++ === 0) await gate;
        return gzipCodec.compress(text);
      },
    };
    const area = new MemoryArea(4 * 1024 * 1024);
    const s = new TabStore(area, () => {}, Date.now, slowCodec);
    s.push(5, req(5, 'https://www.lag.example/', 'main_frame'));
    for (let i = 0; i < 4000; i++) {
      s.push(5, req(5, `https://t${i % 20}.tracker.example/c?i=${i}&${'p='.padEnd(1500, 'x')}`));
      if (i % 100 === 0) await settle();
    }
    release();
    await s.settled();
    const r = s.builder(5)!.record!;
    expect(r.requests).toHaveLength(4001);
    expect(r.errors).toEqual([]);
    // The backlog went in as one compressed chunk that replaces a raw key never written.
    const direct = [...area.data].filter(
      ([k, v]) => k.endsWith('~z') && (v as { replaces: string[] }).replaces.length === 1,
    );
    expect(direct.length).toBeGreaterThan(0);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(5)!.record).toEqual(r);
  });

  it('stores raw chunks as JSON text, and compacts a tab only once it has been quiet (the page is not competed with)', async () => {
    const { area, s } = await smallPageCompactingAfter3(7, 60);
    await s.settled();
    const stored = [...area.data].filter(([k]) => k.startsWith(`${KEY_PREFIX}7:`));
    expect(stored.every(([, v]) => typeof v === 'string')).toBe(true);
    expect(stored.some(([k]) => k.endsWith('~z'))).toBe(false); // due, but the tab is not quiet yet
    // Once quiet it compacts: waited for, not timed, since gzip on a loaded machine takes what it takes.
    await vi.waitFor(
      () => {
        expect(
          [...area.data.keys()].filter((k) => k.startsWith(`${KEY_PREFIX}7:`)).map((k) => k.endsWith('~z')),
        ).toEqual([true]);
      },
      { timeout: 10_000, interval: 20 },
    );
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(7)!.record).toEqual(s.builder(7)!.record);
  });

  it('a compaction interrupted before the raw chunks were removed restores each event once', async () => {
    const { area, s } = await smallPageCompactingAfter3(4, 0);
    await vi.waitFor(() => expect([...area.data.keys()].some((k) => k.endsWith('~z'))).toBe(true), {
      timeout: 10_000,
      interval: 20,
    });
    const before = s.builder(4)!.record!;
    // Put back the raw chunks a compaction replaced, as if the worker stopped between its two writes.
    const compact = [...area.data].find(([k]) => k.endsWith('~z'));
    expect(compact).toBeDefined();
    const { replaces } = compact![1] as { replaces: string[] };
    for (const k of replaces)
      area.data.set(k, [
        {
          k: 'request',
          t: 1,
          requestId: 'dup',
          url: 'https://dup.example/',
          method: 'GET',
          type: 'script',
          frameId: 0,
          parentFrameId: -1,
        },
      ]);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(4)!.record!.requests.map((q) => q.url)).toEqual(before.requests.map((q) => q.url));
  });

  it('a full storage area is reported in the record instead of silently losing events', async () => {
    const area = new MemoryArea(400);
    const s = new TabStore(area);
    s.push(1, req(1, 'https://a.example/', 'main_frame'));
    await settle();
    s.push(1, req(1, `https://t.example/${'x'.repeat(500)}`));
    await settle();
    await settle();
    const r = s.builder(1)!.record!;
    expect(r.requests).toHaveLength(2);
    expect(r.errors.map((e) => e.message).join()).toContain('could not persist 1 events');
  });
});

describe('TabStore page-events batches', () => {
  const DOC = '0:0123456789abcdef';
  const write = (t: number): AuditEvent[] => [
    {
      k: 'page-storage',
      t,
      api: 'localStorage',
      origin: 'https://a.example',
      key: 'n',
      value: '1',
      valueLength: 1,
      frameUrl: 'https://a.example/',
    },
  ];
  /** As the worker's page-events handler does: a batch already held is not pushed again. */
  const receive = (s: TabStore, id: number, t: number): boolean => {
    if (!s.takeBatch(1, DOC, id)) return false;
    s.push(1, [...write(t), { k: 'batch', t, doc: DOC, id }]);
    return true;
  };

  it('a batch resent to a restarted worker is not stored twice; a new one is', async () => {
    const area = new MemoryArea();
    const a = new TabStore(area);
    await a.ready;
    a.push(1, req(1, 'https://a.example/', 'main_frame'));
    const t = Date.now() + 10;
    expect(receive(a, 1, t)).toBe(true);
    // Resent before it was flushed (the first copy is still pending): caught too.
    expect(receive(a, 1, t)).toBe(false);
    await a.settled();
    const b = new TabStore(area);
    await b.ready;
    expect(receive(b, 1, t)).toBe(false);
    expect(receive(b, 2, t + 1)).toBe(true);
    await b.settled();
    // The page wrote twice (batches 1 and 2): the write counter says 2, not 3.
    expect(b.builder(1)!.record!.storage.find((w) => w.key === 'n')?.writes).toBe(2);
  });

  it('a batch over the tab budget keeps its marker: resent to a restarted worker, it is not stored or counted twice', async () => {
    // Every budget spent at once: page reports, cookies and requests (unbounded in the worker) are all dropped.
    const budget = (): TabBudget => new TabBudget({ pageEvents: 0, tab: 0, requests: 0 });
    const area = new MemoryArea();
    const a = new TabStore(area, () => {}, Date.now, gzipCodec, undefined, undefined, budget());
    await a.ready;
    a.push(1, req(1, 'https://a.example/', 'main_frame'));
    const t = Date.now() + 10;
    expect(receive(a, 1, t)).toBe(true);
    await a.settled();
    const dropped = a.builder(1)!.record!.truncated;
    const b = new TabStore(area, () => {}, Date.now, gzipCodec, undefined, undefined, budget());
    await b.ready;
    expect(receive(b, 1, t)).toBe(false);
    await b.settled();
    // The drop said once: the same counts as before the stop.
    expect(b.builder(1)!.record!.truncated).toEqual(dropped);
  });

  it("a new page holds none of the last page's batches", async () => {
    const area = new MemoryArea();
    const a = new TabStore(area);
    await a.ready;
    a.push(1, req(1, 'https://a.example/', 'main_frame'));
    expect(receive(a, 1, Date.now() + 10)).toBe(true);
    await a.settled();
    a.push(1, req(1, 'https://a.example/next', 'main_frame'));
    await a.settled();
    expect(a.takeBatch(1, DOC, 1)).toBe(true);
  });
});
