// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_PREFIX, HELLO_EVENT, READY_EVENT, type Emit, type HookEvent } from './contract.ts';
import { connectMainWorld } from './bridge.ts';
import { listenMainWorld } from './bridge-listener.ts';
import { installHooks } from './hooks.ts';
import { startMainWorld } from './install.ts';
import { makeTracer } from './tracer.ts';
import { fromMainWorld } from './from-main-world.ts';
import { validatePageEvent } from './page-events.ts';
import { scriptFromStack } from './stack.ts';

/** Main-world events cross the bridge once per task, in a microtask: let it run. */
const drain = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

const win = window;
const events: HookEvent[] = [];
let forward: Emit | undefined;
const beaconCalls: Array<[unknown, unknown, unknown]> = [];
const beaconError = new TypeError('beacon boom');
const cookieStoreCalls: unknown[][] = [];
const idbCalls: unknown[][] = [];

/** Stand-ins for APIs happy-dom lacks, installed on prototypes as browsers do, before the hooks. */
class FakeCookieStore {
  set(...args: unknown[]): Promise<undefined> {
    cookieStoreCalls.push(args);
    return Promise.resolve(undefined);
  }
}
class FakeIDBFactory {
  open(...args: unknown[]): { name: unknown } {
    idbCalls.push(args);
    if (args[0] === 'throw') throw new DOMException('bad', 'InvalidStateError');
    return { name: args[0] };
  }
}

const storageData = new WeakMap<object, Map<string, string>>();
class BrowserStorage {
  constructor() {
    storageData.set(this, new Map());
  }
  getItem(key: string): string | null {
    return storageData.get(this)?.get(String(key)) ?? null;
  }
  setItem(key: string, value: string): void {
    const data = storageData.get(this);
    if (!data) throw new TypeError('Illegal invocation');
    data.set(String(key), String(value));
  }
}

/** Our own files: one bundled script in a browser, separate modules here. */
const HERE = decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/[^/]*$/, '')); // not new URL(): Vite rewrites that
const OWN = [
  'tracer',
  'hooks',
  'hook-kit',
  'bridge',
  'install',
  'intrinsics',
  'consent-probes',
  'probe-consent-mode',
].map((f) => HERE + f + '.ts');
/** The caller's file URL as the isolated world would resolve it (the stack must start at the caller: no frame of ours). */
function callerOf(ev: HookEvent | undefined): string | undefined {
  const stack = typeof ev?.stack === 'string' ? ev.stack : '';
  const first = scriptFromStack(stack, []);
  return first === scriptFromStack(stack, OWN) ? first : undefined;
}

/** What toString said of each function before the hooks replaced it: the wrappers must answer the same. */
const sourceBefore: Record<string, string> = {};
const cookieOwner = (): object | null => {
  let owner: object | null = document;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner);
  return owner;
};

let readyState: DocumentReadyState = 'complete';
const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  Object.defineProperty(Navigator.prototype, 'sendBeacon', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: function sendBeacon(this: unknown, url: unknown, data?: unknown): boolean {
      beaconCalls.push([this, url, data]);
      if (url === 'throw') throw beaconError;
      return url !== 'refuse';
    },
  });
  // happy-dom's Storage binds its methods to each instance (browsers do not): use a browser-shaped one, methods on the prototype.
  Object.assign(win, {
    CookieStore: FakeCookieStore,
    cookieStore: new FakeCookieStore(),
    IDBFactory: FakeIDBFactory,
    indexedDB: new FakeIDBFactory(),
    Storage: BrowserStorage,
  });
  Object.defineProperty(win, 'localStorage', { configurable: true, value: new BrowserStorage() });
  Object.defineProperty(win, 'sessionStorage', { configurable: true, value: new BrowserStorage() });
  // A loaded page (happy-dom stays 'interactive'): reports cross at the end of each task. The loading case is tested below.
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
  const owner = cookieOwner();
  const cookieSet = owner ? Object.getOwnPropertyDescriptor(owner, 'cookie')?.set : undefined;
  sourceBefore['cookie'] = Function.prototype.toString.call(cookieSet);
  sourceBefore['setItem'] = Function.prototype.toString.call(BrowserStorage.prototype.setItem);
  sourceBefore['toString'] = Function.prototype.toString.call(Function.prototype.toString);
  const tracer = makeTracer(win);
  installHooks(win, (ev, trace) => {
    events.push(trace ? { ...ev, stack: tracer.format(trace).stack, stackKind: tracer.format(trace).kind } : ev);
    forward?.(ev, trace);
  });
});

beforeEach(async () => {
  await tick();
  events.length = 0;
  beaconCalls.length = 0;
  forward = undefined;
});

describe('installHooks', () => {
  it('document.cookie: setting and reading still work, and each write is reported with its caller', () => {
    document.cookie = '_ga=GA1.1.42; path=/';
    document.cookie = 'theme=dark';
    expect(document.cookie).toContain('_ga=GA1.1.42');
    expect(document.cookie).toContain('theme=dark');
    expect(events.map((e) => [e.k, e.api, e.raw])).toEqual([
      ['page-cookie', 'document.cookie', '_ga=GA1.1.42; path=/'],
      ['page-cookie', 'document.cookie', 'theme=dark'],
    ]);
    expect(callerOf(events[0])).toMatch(/install\.test\.ts$/);
    expect(typeof events[0]?.t).toBe('number');
  });

  it("document.cookie: every write takes its caller's stack, rewrites of a name too (a first write lends no attribution)", () => {
    const orig = String.prototype.indexOf;
    // A page that breaks String methods cannot confuse the name parsing (builtins are captured at install).
    String.prototype.indexOf = () => 0;
    try {
      document.cookie = 'loop=1; path=/';
      document.cookie = ' loop =2';
      document.cookie = 'other=1';
      document.cookie = 'noequals';
      document.cookie = 'noequals';
    } finally {
      String.prototype.indexOf = orig;
    }
    expect(events.map((e) => [e.raw, callerOf(e) !== undefined])).toEqual([
      ['loop=1; path=/', true],
      [' loop =2', true],
      ['other=1', true],
      ['noequals', true],
      ['noequals', true],
    ]);
  });

  it('document.cookie: the getter is the original one and the setter answers toString exactly as the original', () => {
    const owner = cookieOwner();
    const d = owner ? Object.getOwnPropertyDescriptor(owner, 'cookie') : undefined;
    expect(d?.get && Function.prototype.toString.call(d.get)).not.toMatch(/emit|report/);
    expect(d?.set && Function.prototype.toString.call(d.set)).toBe(sourceBefore['cookie']);
    expect(d?.set?.toString()).toBe(sourceBefore['cookie']);
    expect(Function.prototype.toString.toString()).toBe(sourceBefore['toString']);
    expect(events).toEqual([]);
  });

  it('setItem works, keeps `this` and names the storage', () => {
    localStorage.setItem('ls-key', 'v1');
    sessionStorage.setItem('ss-key', 'v2');
    Storage.prototype.setItem.call(localStorage, 'via-call', 'v3');
    expect([
      localStorage.getItem('ls-key'),
      sessionStorage.getItem('ss-key'),
      localStorage.getItem('via-call'),
    ]).toEqual(['v1', 'v2', 'v3']);
    expect(sessionStorage.getItem('ls-key')).toBeNull();
    expect(events.map((e) => [e.k, e.api, e.key, e.value, e.valueLength])).toEqual([
      ['page-storage', 'localStorage', 'ls-key', 'v1', 2],
      ['page-storage', 'sessionStorage', 'ss-key', 'v2', 2],
      ['page-storage', 'localStorage', 'via-call', 'v3', 2],
    ]);
    expect(callerOf(events[1])).toMatch(/install\.test\.ts$/);
  });

  it('setItem: keys and values are capped, the real length is kept, and non-string primitives are converted like the browser', () => {
    const big = 'z'.repeat(10_000);
    localStorage.setItem('k'.repeat(1000), big);
    localStorage.setItem('n', 42 as unknown as string);
    expect(localStorage.getItem('n')).toBe('42');
    expect(events.map((e) => [String(e.key).length, String(e.value).length, e.valueLength])).toEqual([
      [256, 4096, 10_000],
      [1, 2, 2],
    ]);
  });

  it('setItem with an object value does not run its toString a second time', () => {
    let calls = 0;
    const sneaky = {
      toString(): string {
        calls += 1;
        return 'x';
      },
    };
    localStorage.setItem('obj', sneaky as unknown as string);
    expect(localStorage.getItem('obj')).toBe('x');
    expect(calls).toBe(1);
    expect(events).toEqual([]);
  });

  it('setItem looks native and keeps its name and length', () => {
    const f = Storage.prototype.setItem;
    expect(sourceBefore['setItem']).toMatch(/storageData/); // the stand-in's own source, not a proxy's "[native code]"
    expect(Function.prototype.toString.call(f)).toBe(sourceBefore['setItem']);
    expect([f.name, f.length]).toEqual(['setItem', 2]);
  });

  it('sendBeacon passes its return value through, resolves the URL and measures the body', () => {
    expect(navigator.sendBeacon('/collect?a=1', 'héllo')).toBe(true);
    expect(navigator.sendBeacon('https://t.example/b', new Uint8Array(10))).toBe(true);
    expect(navigator.sendBeacon('https://t.example/b', new Blob(['abc']))).toBe(true);
    expect(navigator.sendBeacon('https://t.example/b', new URLSearchParams({ q: 'x y' }))).toBe(true);
    expect(navigator.sendBeacon('https://t.example/b')).toBe(true);
    expect(navigator.sendBeacon('refuse', 'x')).toBe(false);
    expect(beaconCalls.map((c) => c[0] === navigator)).toEqual([true, true, true, true, true, true]);
    expect(events.map((e) => [e.k, e.url, e.bytes])).toEqual([
      ['page-beacon', new URL('/collect?a=1', document.baseURI).href, 6],
      ['page-beacon', 'https://t.example/b', 10],
      ['page-beacon', 'https://t.example/b', 3],
      ['page-beacon', 'https://t.example/b', 5],
      ['page-beacon', 'https://t.example/b', 0],
    ]);
    expect(callerOf(events[0])).toMatch(/install\.test\.ts$/);
  });

  it('an original that throws still throws the very same error, and nothing is reported', () => {
    let caught: unknown;
    try {
      navigator.sendBeacon('throw', 'x');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(beaconError);
    expect(() => (win as unknown as { indexedDB: FakeIDBFactory }).indexedDB.open('throw')).toThrow(DOMException);
    expect(() => Storage.prototype.setItem.call({}, 'a', 'b')).toThrow();
    expect(events).toEqual([]);
  });

  it('cookieStore.set: both forms are reported and the promise is passed through', async () => {
    const store = (win as unknown as { cookieStore: FakeCookieStore }).cookieStore;
    const p = store.set('_fbp', 'fb.1.2');
    expect(p).toBeInstanceOf(Promise);
    await expect(p).resolves.toBeUndefined();
    let getterRuns = 0;
    await store.set({
      name: 'cs2',
      value: 'v2',
      domain: 'example.com',
      get expires(): number {
        getterRuns += 1;
        return 0;
      },
    });
    expect(cookieStoreCalls.slice(-2).map((c) => c[0])).toEqual(['_fbp', expect.objectContaining({ name: 'cs2' })]);
    expect(events.map((e) => [e.api, e.name, e.value, e.raw])).toEqual([
      ['cookieStore', '_fbp', 'fb.1.2', '_fbp=fb.1.2'],
      ['cookieStore', 'cs2', 'v2', 'cs2=v2'],
    ]);
    expect(getterRuns).toBe(0);
  });

  it('indexedDB.open reports the database name as key', () => {
    const idb = (win as unknown as { indexedDB: FakeIDBFactory }).indexedDB;
    expect(idb.open('firebase-heartbeat-database', 1)).toEqual({ name: 'firebase-heartbeat-database' });
    expect(idbCalls.at(-1)).toEqual(['firebase-heartbeat-database', 1]);
    expect(events.map((e) => [e.k, e.api, e.key])).toEqual([
      ['page-storage', 'indexedDB', 'firebase-heartbeat-database'],
    ]);
  });

  describe('a page that tampers with built-ins afterwards', () => {
    const saved = {
      Error: win.Error,
      limit: Error.stackTraceLimit,
      prepare: Error.prepareStackTrace,
      toJSON: Object.getOwnPropertyDescriptor(Object.prototype, 'toJSON'),
    };
    afterEach(() => {
      win.Error = saved.Error;
      Error.stackTraceLimit = saved.limit;
      Error.prepareStackTrace = saved.prepare;
      if (!saved.toJSON) Reflect.deleteProperty(Object.prototype, 'toJSON');
    });

    it('replacing Error, zeroing stackTraceLimit and rewriting stacks do not hide the caller', () => {
      const RealError = saved.Error;
      // On the real Error first (V8 in browsers consults the intrinsic one), then the global name is replaced.
      RealError.stackTraceLimit = 0;
      const rewrite = (): string => 'rewritten';
      RealError.prepareStackTrace = rewrite;
      win.Error = function FakeError(): object {
        return { stack: 'at evil (https://evil.example/x.js:1:1)' };
      } as unknown as ErrorConstructor;
      localStorage.setItem('after-tamper', '1');
      expect([RealError.stackTraceLimit, RealError.prepareStackTrace]).toEqual([0, rewrite]); // restored for the page
      win.Error = RealError;
      RealError.stackTraceLimit = saved.limit;
      RealError.prepareStackTrace = saved.prepare;
      expect(localStorage.getItem('after-tamper')).toBe('1');
      expect(callerOf(events[0])).toMatch(/install\.test\.ts$/);
    });

    it('a toJSON on Object.prototype does not corrupt what crosses the bridge', async () => {
      const got: unknown[] = [];
      listenMainWorld(win, (evs) => got.push(...evs));
      forward = connectMainWorld(win, '');
      Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, value: () => 'pwned' });
      try {
        localStorage.setItem('json', 'ok');
      } finally {
        Reflect.deleteProperty(Object.prototype, 'toJSON');
      }
      await drain();
      expect(got).toEqual([expect.objectContaining({ k: 'page-storage', key: 'json', value: 'ok' })]);
    });
  });
});

describe('bridge', () => {
  it('isolated first, then main world: connected at once, events delivered in order', async () => {
    const got: unknown[][] = [];
    const listener = listenMainWorld(win, (evs) => got.push(evs));
    expect(listener.connected).toBe(false);
    const emit = connectMainWorld(win, 'https://self.example/');
    expect(listener.connected).toBe(true);
    emit({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1 });
    emit({ k: 'page-beacon', t: 2, url: 'https://b.example/', bytes: Number.NaN });
    await drain();
    // Writes of one task cross the bridge together.
    expect(got).toEqual([
      [
        { k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1 },
        { k: 'page-beacon', t: 2, url: 'https://b.example/', bytes: null },
      ],
    ]);
  });

  it('a task with more writes than a batch sends full batches as it goes: nothing dropped, order kept', async () => {
    const got: unknown[][] = [];
    listenMainWorld(win, (evs) => got.push(evs));
    const emit = connectMainWorld(win, '');
    for (let i = 0; i < 12_000; i++) emit({ k: 'page-beacon', t: i, url: 'https://a.example/', bytes: 0 });
    await drain();
    expect(got.map((b) => b.length)).toEqual([5000, 5000, 2000]);
    expect(got.flat().map((e) => (typeof e === 'object' && e !== null && 't' in e ? e.t : null))).toEqual(
      Array.from({ length: 12_000 }, (_, i) => i),
    );
  });

  it('a queue larger than one crossing may carry is split by size: 2,000 writes of 8 KB arrive complete', async () => {
    const got: unknown[][] = [];
    listenMainWorld(win, (evs) => got.push(evs));
    const emit = connectMainWorld(win, '');
    const big = 'x'.repeat(8000);
    for (let i = 0; i < 2000; i++) emit({ k: 'page-cookie', t: i, api: 'document.cookie', raw: `c${i}=${big}` });
    await drain();
    expect(got.length).toBeGreaterThan(1); // 16 MB of reports: more than the isolated side accepts in one event
    expect(got.flat()).toHaveLength(2000);
    expect(got.flat().map((e) => (typeof e === 'object' && e !== null && 't' in e ? e.t : null))).toEqual(
      Array.from({ length: 2000 }, (_, i) => i),
    );
  });

  describe('while the page loads', () => {
    beforeEach(() => {
      readyState = 'loading';
    });
    afterEach(() => {
      readyState = 'complete';
    });

    it('reports wait for the load event and cross after its handlers, stacks formatted then', async () => {
      const got: unknown[] = [];
      listenMainWorld(win, (evs) => got.push(...evs));
      const emit = connectMainWorld(win, '', makeTracer(win));
      const trace = makeTracer(win).capture();
      emit({ k: 'page-storage', t: 1, api: 'localStorage', key: 'a', value: '1', valueLength: 1 }, trace);
      emit({ k: 'page-beacon', t: 2, url: 'https://b.example/', bytes: 0 });
      await drain();
      expect(got).toEqual([]); // the page is still loading: nothing crossed yet
      let crossedInLoadHandler = -1;
      const onLoad = (): void => {
        crossedInLoadHandler = got.length;
      };
      win.addEventListener('load', onLoad);
      readyState = 'complete';
      win.dispatchEvent(new Event('load'));
      win.removeEventListener('load', onLoad);
      expect(crossedInLoadHandler).toBe(0);
      await drain();
      expect(got).toEqual([
        {
          k: 'page-storage',
          t: 1,
          api: 'localStorage',
          key: 'a',
          value: '1',
          valueLength: 1,
          stack: expect.stringMatching(/install\.test\.ts/),
          stackKind: 'callsites',
        },
        { k: 'page-beacon', t: 2, url: 'https://b.example/', bytes: 0 },
      ]);
      // Loaded now: the next write crosses at the end of its task.
      emit({ k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: 0 });
      await drain();
      expect(got).toHaveLength(3);
    });

    it('a prepareStackTrace the page sets between its write and the crossing is set aside, then put back', async () => {
      const got: Array<Record<string, unknown>> = [];
      listenMainWorld(win, (evs) => got.push(...(evs as Array<Record<string, unknown>>)));
      const tracer = makeTracer(win);
      const emit = connectMainWorld(win, '', tracer);
      emit({ k: 'page-storage', t: 1, api: 'localStorage', key: 'a', value: '1', valueLength: 1 }, tracer.capture());
      const saved = Error.prepareStackTrace;
      const forge = (): string => 'Error\n    at https://evil.example/x.js:1:1';
      Error.prepareStackTrace = forge; // after the write, before the load event: the stack is not formatted yet
      let after: unknown;
      try {
        readyState = 'complete';
        win.dispatchEvent(new Event('load'));
        await drain();
        after = Error.prepareStackTrace;
      } finally {
        Error.prepareStackTrace = saved;
      }
      expect(after).toBe(forge);
      expect(got).toEqual([
        expect.objectContaining({
          key: 'a',
          stack: expect.stringMatching(/install\.test\.ts/),
          stackKind: 'callsites',
        }),
      ]);
      expect(String(got[0]?.stack)).not.toContain('evil.example');
    });

    it('a page left before its load event sends its queue at pagehide, synchronously', () => {
      const got: unknown[] = [];
      listenMainWorld(win, (evs) => got.push(...evs));
      const emit = connectMainWorld(win, '');
      emit({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 0 });
      win.dispatchEvent(new Event('pagehide'));
      expect(got).toEqual([{ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 0 }]);
    });

    it('a slow page still reports within a second of its first write', async () => {
      const got: unknown[] = [];
      listenMainWorld(win, (evs) => got.push(...evs));
      const emit = connectMainWorld(win, '');
      emit({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 0 });
      await tick(300);
      expect(got).toEqual([]);
      await tick(900);
      expect(got).toEqual([{ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 0 }]);
    });

    it('a loop of more writes than the queue holds crosses in full queues during the load, losing none', () => {
      const got: unknown[][] = [];
      listenMainWorld(win, (evs) => got.push(evs));
      const emit = connectMainWorld(win, '');
      for (let i = 0; i < 5001; i++) emit({ k: 'page-beacon', t: i, url: 'https://a.example/', bytes: 0 });
      expect(got.map((b) => b.length)).toEqual([5000]);
      win.dispatchEvent(new Event('pagehide'));
      expect(got.map((b) => b.length)).toEqual([5000, 1]);
    });
  });

  it('main world first: events are buffered until the isolated script says ready', () => {
    const emit = connectMainWorld(win, '');
    emit({ k: 'page-beacon', t: 1, url: 'https://early.example/', bytes: 0 });
    const got: unknown[][] = [];
    const selves: string[] = [];
    const listener = listenMainWorld(win, (evs, self) => {
      got.push(evs);
      selves.push(self);
    });
    expect(listener.connected).toBe(true);
    expect(got).toEqual([[{ k: 'page-beacon', t: 1, url: 'https://early.example/', bytes: 0 }]]);
    expect(selves).toEqual(['']);
  });

  it('the whole path with the self URL announced in the hello', async () => {
    const out: unknown[] = [];
    listenMainWorld(win, (evs, self) => {
      for (const raw of evs)
        out.push(
          validatePageEvent(
            fromMainWorld(raw, [self], 'https://www.shop.example'),
            'https://www.shop.example/p',
            Date.now(),
          ),
        );
    });
    const hooksUrl = new URL('./bridge.ts', import.meta.url).pathname;
    forward = connectMainWorld(win, hooksUrl);
    document.cookie = 'uid=abc123; max-age=60';
    // The test file is not an http(s) script: the validator drops it, but the name and value come from the raw string.
    await drain();
    expect(out).toEqual([
      {
        k: 'page-cookie',
        t: expect.any(Number),
        api: 'document.cookie',
        name: 'uid',
        value: 'abc123',
        raw: 'uid=abc123; max-age=60',
        frameUrl: 'https://www.shop.example/p',
        attribution: 'unknown',
      },
    ]);
  });

  it('a hello after the isolated script closed its window is ignored (the page runs by then)', async () => {
    const got: unknown[] = [];
    const listener = listenMainWorld(win, (evs) => got.push(...evs));
    await tick();
    const emit = connectMainWorld(win, '');
    emit({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 0 });
    expect(listener.connected).toBe(false);
    expect(got).toEqual([]);
  });

  it('a page cannot take over a connected bridge with its own hello, nor fish for the nonce with a ready', async () => {
    const got: unknown[] = [];
    listenMainWorld(win, (evs) => got.push(...evs));
    const emit = connectMainWorld(win, '');
    const seenHellos: unknown[] = [];
    const spy = (e: Event): void => {
      seenHellos.push(Reflect.get(e, 'detail'));
    };
    document.addEventListener(HELLO_EVENT, spy);
    const fakeNonce = 'f'.repeat(32);
    const helloAccepted = !document.dispatchEvent(
      new CustomEvent(HELLO_EVENT, { detail: JSON.stringify({ n: fakeNonce }), cancelable: true }),
    );
    document.dispatchEvent(new CustomEvent(READY_EVENT));
    const fakeAccepted = !document.dispatchEvent(
      new CustomEvent(CHANNEL_PREFIX + fakeNonce, {
        detail: JSON.stringify({ v: 1, events: [{ k: 'page-beacon', t: 1, url: 'https://fake.example/', bytes: 0 }] }),
        cancelable: true,
      }),
    );
    document.removeEventListener(HELLO_EVENT, spy);
    emit({ k: 'page-beacon', t: 2, url: 'https://real.example/', bytes: 0 });
    await drain();
    expect([helloAccepted, fakeAccepted]).toEqual([false, false]);
    expect(seenHellos).toHaveLength(1); // only the page's own fake hello
    expect(got).toEqual([{ k: 'page-beacon', t: 2, url: 'https://real.example/', bytes: 0 }]);
  });

  it('garbage on the channel is acknowledged but never reported, and never throws', () => {
    let nonce = '';
    const sniff = (e: Event): void => {
      nonce = JSON.parse(String(Reflect.get(e, 'detail'))).n;
    };
    const got: unknown[] = [];
    listenMainWorld(win, (evs) => got.push(...evs));
    document.addEventListener(HELLO_EVENT, sniff, { capture: true });
    connectMainWorld(win, '');
    document.removeEventListener(HELLO_EVENT, sniff, { capture: true });
    for (const detail of ['not json', '{"v":2,"events":[]}', '{"v":1,"events":{}}', null, 42, '[]']) {
      expect(() =>
        document.dispatchEvent(new CustomEvent(CHANNEL_PREFIX + nonce, { detail, cancelable: true })),
      ).not.toThrow();
    }
    expect(got).toEqual([]);
  });
});

describe('first read of a storage and pulls', () => {
  it("the page's first read of localStorage tells the isolated world at once, then the original accessor is back", () => {
    const ls = new BrowserStorage();
    const ss = new BrowserStorage();
    const saved = {
      local: Object.getOwnPropertyDescriptor(win, 'localStorage'),
      session: Object.getOwnPropertyDescriptor(win, 'sessionStorage'),
    };
    const localGet = function localStorage(): BrowserStorage {
      return ls;
    };
    Object.defineProperty(win, 'localStorage', { configurable: true, enumerable: true, get: localGet });
    Object.defineProperty(win, 'sessionStorage', { configurable: true, enumerable: true, get: () => ss });
    try {
      const touched: string[] = [];
      const seenAtTouch: unknown[] = [];
      listenMainWorld(
        win,
        () => {},
        (kind) => {
          touched.push(kind);
          seenAtTouch.push(ls.getItem('k'));
        },
      );
      const bridge = connectMainWorld(win, '');
      installHooks(win, bridge);
      expect(touched).toEqual([]); // nothing read at install
      expect(Object.getOwnPropertyDescriptor(win, 'localStorage')?.get).not.toBe(localGet);
      const first = Reflect.get(win, 'localStorage');
      expect(first).toBe(ls); // the page gets the real storage
      first.setItem('k', 'v');
      Reflect.get(win, 'localStorage');
      expect(touched).toEqual(['localStorage']);
      expect(seenAtTouch).toEqual([null]); // told before the page could write
      expect(Object.getOwnPropertyDescriptor(win, 'localStorage')?.get).toBe(localGet); // later reads cost nothing
      Reflect.get(win, 'sessionStorage');
      expect(touched).toEqual(['localStorage', 'sessionStorage']);
    } finally {
      if (saved.local) Object.defineProperty(win, 'localStorage', saved.local);
      if (saved.session) Object.defineProperty(win, 'sessionStorage', saved.session);
    }
  });

  it('a pull takes what the main world holds back while the page loads, synchronously', () => {
    readyState = 'loading';
    try {
      const got: unknown[] = [];
      const listener = listenMainWorld(win, (evs) => got.push(...evs));
      const emit = connectMainWorld(win, '');
      emit({ k: 'page-storage', t: 1, api: 'localStorage', key: 'a', value: '1', valueLength: 1 });
      expect(got).toEqual([]);
      expect(listener.pull()).toBe(true);
      expect(got).toEqual([{ k: 'page-storage', t: 1, api: 'localStorage', key: 'a', value: '1', valueLength: 1 }]);
    } finally {
      readyState = 'complete';
    }
  });

  it('without a main world a pull has nothing to wait for; a forged touch on a wrong channel is ignored', () => {
    const touched: string[] = [];
    const listener = listenMainWorld(
      win,
      () => {},
      (kind) => touched.push(kind),
    );
    expect(listener.connected).toBe(false);
    expect(listener.pull()).toBe(true);
    document.dispatchEvent(
      new CustomEvent(CHANNEL_PREFIX + 'f'.repeat(32), { detail: '{"v":1,"touch":"localStorage"}', cancelable: true }),
    );
    expect(touched).toEqual([]);
  });
});

describe('startMainWorld', () => {
  it('announces its own URL so that the isolated world attributes writes to the calling script', async () => {
    const got: unknown[] = [];
    const selves: string[] = [];
    listenMainWorld(win, (evs, self) => {
      selves.push(self);
      for (const raw of evs) got.push(fromMainWorld(raw, [self, ...OWN], 'https://www.shop.example'));
    });
    startMainWorld(win); // wraps once more on top of the hooks above, as a second extension would: both keep working
    localStorage.setItem('full-path', 'yes');
    expect(localStorage.getItem('full-path')).toBe('yes');
    await drain();
    expect(selves[0]).toMatch(/install\.ts$/);
    expect(got).toEqual([
      {
        k: 'page-storage',
        t: expect.any(Number),
        api: 'localStorage',
        key: 'full-path',
        value: 'yes',
        valueLength: 3,
        origin: 'https://www.shop.example',
        script: expect.stringMatching(/install\.test\.ts$/),
        attribution: 'confident',
        seenBy: 'hook',
      },
    ]);
    expect(events.map((e) => e.key)).toEqual(['full-path']);
  });

  it('also starts the consent probes: a consent command pushed to dataLayer arrives validated', async () => {
    const got: unknown[] = [];
    listenMainWorld(win, (evs) => {
      for (const raw of evs)
        got.push(
          validatePageEvent(
            fromMainWorld(raw, [], 'https://www.shop.example'),
            'https://www.shop.example/',
            Date.now(),
          ),
        );
    });
    Reflect.deleteProperty(win, 'dataLayer'); // a fresh page has none
    startMainWorld(win);
    expect(Object.getOwnPropertyDescriptor(win, 'dataLayer')).toBeUndefined();
    Reflect.set(win, 'dataLayer', Reflect.get(win, 'dataLayer') ?? []);
    const dl: unknown = Reflect.get(win, 'dataLayer');
    if (!Array.isArray(dl)) throw new Error('dataLayer is not an array');
    dl.push(['consent', 'default', { ad_storage: 'denied' }]);
    // The next inserted element (as after a page's inline <script>) makes the probes look for dataLayer.
    const marker = document.createElement('script');
    marker.type = 'text/plain';
    document.body.append(marker);
    await drain();
    marker.remove();
    expect(got).toEqual([
      {
        k: 'page-consent-mode',
        t: expect.any(Number),
        args: ['consent', 'default', { ad_storage: 'denied' }],
        frameUrl: 'https://www.shop.example/',
      },
    ]);
    Reflect.deleteProperty(win, 'dataLayer');
  });
});
