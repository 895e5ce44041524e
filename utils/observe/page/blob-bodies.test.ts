// The main world's Blob body reader (blob-bodies.ts) and the isolated world's check of its report (page-events.ts).
import { describe, expect, it } from 'vitest';
import { MAX_BODY_TOTAL, makeBlobBodies } from './blob-bodies.ts';
import { MAX_BODY, type HookEvent } from './contract.ts';
import { fromMainWorld } from './from-main-world.ts';
import { makeHookKit } from './hook-kit.ts';
import { captureIntrinsics } from './intrinsics.ts';
import { validatePageEvent } from './page-events.ts';

type Win = Window & typeof globalThis;
const ID = 'b7e2c91f04a6d3e8f215';
const PAGE = 'https://www.shop.test';

/** A window of Node's own Blob and Promise, with a stand-in XMLHttpRequest whose send does nothing. */
function setUp() {
  class FakeXhr {
    open(_method: string, _url: string): void {}
    send(_body?: unknown): void {}
  }
  class PageBlob extends Blob {}
  const { Object, Reflect, Array, Proxy, JSON, Date, String, Math, EventTarget, Error, Function, WeakMap, Promise } =
    globalThis;
  const builtIns = { Object, Reflect, Array, Proxy, JSON, Date, String, Math, EventTarget, Error, Function, WeakMap };
  const win = {
    ...builtIns,
    Promise,
    setTimeout,
    clearTimeout,
    origin: PAGE,
    Blob: PageBlob,
    XMLHttpRequest: FakeXhr,
  } as unknown as Win;
  const i = captureIntrinsics(win);
  const kit = makeHookKit(win, i, { register: () => undefined });
  const events: HookEvent[] = [];
  const blobs = makeBlobBodies(win, i, kit, (ev) => events.push(ev));
  blobs.hookXhr((u) => (typeof u === 'string' ? new URL(u, PAGE + '/').href : undefined));
  return { win, blobs, events, FakeXhr, PageBlob };
}
/** Node reads a Blob's text off the main thread: wait until `n` reports came (or 2 s), then one more turn. */
async function settle(events: unknown[] = [], n = 1): Promise<void> {
  for (let k = 0; k < 100 && events.length < n; k++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 20));
}

describe('makeBlobBodies', () => {
  it('reports the text of a Blob sent to another origin, with its size and the send time', async () => {
    const { blobs, events } = setUp();
    blobs.read('https://b.blobbeacon.test/e', new Blob([`{"client_id":"${ID}"}`]), 'sendBeacon', 1234);
    await settle(events);
    expect(events).toEqual([
      {
        k: 'page-body',
        t: 1234,
        url: 'https://b.blobbeacon.test/e',
        api: 'sendBeacon',
        text: `{"client_id":"${ID}"}`,
        bytes: 36,
      },
    ]);
  });

  it('reads the first 64 kB of a bigger Blob and says its whole size', async () => {
    const { blobs, events } = setUp();
    blobs.read('https://t.example/b', new Blob(['a'.repeat(MAX_BODY + 10)]), 'fetch', 1);
    await settle(events);
    expect(events).toHaveLength(1);
    expect(String(events[0]!.text)).toHaveLength(MAX_BODY);
    expect(events[0]!.bytes).toBe(MAX_BODY + 10);
  });

  it('reads at most MAX_BODY_TOTAL bytes of Blobs per document', async () => {
    const { blobs, events } = setUp();
    const big = new Blob(['a'.repeat(MAX_BODY)]);
    const n = MAX_BODY_TOTAL / MAX_BODY;
    for (let k = 0; k < n + 3; k++) blobs.read('https://t.example/b', big, 'fetch', k);
    await settle(events, n + 3);
    expect(events).toHaveLength(n);
  });

  it('leaves alone the page’s own origin, strings, FormData and empty Blobs', async () => {
    const { blobs, events } = setUp();
    blobs.read(`${PAGE}/api/cart`, new Blob([ID]), 'fetch', 1);
    blobs.read('https://t.example/b', ID, 'fetch', 1);
    blobs.read('https://t.example/b', new FormData(), 'sendBeacon', 1);
    blobs.read('https://t.example/b', new Blob([]), 'sendBeacon', 1);
    await settle(events);
    expect(events).toEqual([]);
  });

  it('reads through the built-ins of install time: a page that replaces Blob.prototype.text is not called', async () => {
    const { blobs, events, PageBlob } = setUp();
    let called = 0;
    const text = Object.getOwnPropertyDescriptor(Blob.prototype, 'text')!;
    Object.defineProperty(PageBlob.prototype, 'text', { value: () => (called++, Promise.resolve('forged')) });
    try {
      blobs.read('https://t.example/b', new PageBlob([`uid=${ID}`]), 'sendBeacon', 1);
      await settle(events);
    } finally {
      Object.defineProperty(Blob.prototype, 'text', text);
    }
    expect(called).toBe(0);
    expect(events.map((e) => e.text)).toEqual([`uid=${ID}`]);
  });

  it('XMLHttpRequest: the URL of open, resolved then, is reported with the Blob send takes', async () => {
    const { events, FakeXhr } = setUp();
    const x = new FakeXhr();
    x.open('POST', 'https://x.blobxhr.test/hit');
    x.send(new Blob([`{"visitor_id":"${ID}"}`]));
    const other = new FakeXhr();
    other.send(new Blob([ID])); // never opened: no URL, nothing said
    await settle(events, 2);
    expect(events.map((e) => [e.api, e.url])).toEqual([['xhr', 'https://x.blobxhr.test/hit']]);
  });
});

describe('a page-body report in the isolated world', () => {
  const check = (raw: Record<string, unknown>) => validatePageEvent(fromMainWorld(raw, [], PAGE), `${PAGE}/`, 5000);
  const good = { k: 'page-body', t: 1000, url: 'https://b.blobbeacon.test/e', api: 'sendBeacon', text: 'x', bytes: 1 };
  it('is kept with the browser-given frame URL', () => {
    expect(check(good)).toEqual({ ...good, frameUrl: `${PAGE}/` });
  });
  it.each<[string, Record<string, unknown>]>([
    ['an unknown api', { ...good, api: 'websocket' }],
    ['a text longer than the hook reads', { ...good, text: 'a'.repeat(MAX_BODY + 1) }],
    ['no text', { ...good, text: undefined }],
    ['a negative size', { ...good, bytes: -1 }],
    ['a URL that is not http(s)', { ...good, url: 'data:text/plain,x' }],
  ])('is dropped for %s', (_name, raw) => {
    expect(check(raw)).toBe(null);
  });
});
