// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HookEvent } from './contract.ts';
import { installHooks } from './hooks.ts';

const win = window;
const events: HookEvent[] = [];
const calls: unknown[][] = [];

/** Stand-ins for the Cache API and OPFS handles (happy-dom has neither), on prototypes as browsers have them. */
class FakeCache {
  put(...args: unknown[]): Promise<void> {
    calls.push(['put', ...args]);
    return Promise.resolve();
  }
  add(...args: unknown[]): Promise<void> {
    calls.push(['add', ...args]);
    return Promise.resolve();
  }
  addAll(...args: unknown[]): Promise<void> {
    calls.push(['addAll', ...args]);
    return Promise.resolve();
  }
}
class FakeHandle {
  constructor(private readonly own: string) {}
  get name(): string {
    return this.own;
  }
}
class FakeDirectory extends FakeHandle {
  getFileHandle(...args: unknown[]): Promise<FakeHandle> {
    calls.push(['getFileHandle', ...args]);
    return Promise.resolve(new FakeHandle(String(args[0])));
  }
}

beforeAll(() => {
  Object.assign(win, { Cache: FakeCache, FileSystemHandle: FakeHandle, FileSystemDirectoryHandle: FakeDirectory });
  installHooks(win, (ev) => events.push(ev));
});

beforeEach(() => {
  events.length = 0;
  calls.length = 0;
});

const reported = (): unknown[][] => events.map((e) => [e.api, e.key, e.value]);

describe('Cache API hooks', () => {
  it('put, add and addAll report each request URL (resolved against the page), and still run', async () => {
    const cache = new FakeCache();
    const base = new URL('/', location.href).href;
    await cache.put('/ids?cid=abc', new Response('x'));
    await cache.add(new URL('https://cdn.test/a.js'));
    await cache.addAll(['/one', new Request('https://cdn.test/two')]);
    expect(calls.map((c) => c[0])).toEqual(['put', 'add', 'addAll']);
    expect(reported()).toEqual([
      ['cacheStorage', `${base}ids?cid=abc`, `${base}ids?cid=abc`],
      ['cacheStorage', 'https://cdn.test/a.js', 'https://cdn.test/a.js'],
      ['cacheStorage', `${base}one`, `${base}one`],
      ['cacheStorage', 'https://cdn.test/two', 'https://cdn.test/two'],
    ]);
  });

  it('an addAll list that is no array (an iterable would run page code again) is not read, only passed on', async () => {
    const cache = new FakeCache();
    await cache.addAll(new Set(['/x']) as unknown as string[]);
    expect(calls).toHaveLength(1);
    expect(events).toEqual([]);
  });
});

describe('OPFS hooks', () => {
  it('getFileHandle with create: true reports the file by name (in a directory: directory/name); without it, nothing', async () => {
    await new FakeDirectory('').getFileHandle('_ga', { create: true });
    await new FakeDirectory('ids').getFileHandle('uid', { create: true });
    await new FakeDirectory('').getFileHandle('read-only');
    await new FakeDirectory('').getFileHandle('getter', {
      get create() {
        return true;
      },
    });
    expect(calls).toHaveLength(4);
    expect(reported()).toEqual([
      ['opfs', '_ga', ''],
      ['opfs', 'ids/uid', ''],
    ]);
  });
});
