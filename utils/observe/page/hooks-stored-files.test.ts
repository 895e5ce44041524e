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
class FakeWritable {
  write(...args: unknown[]): Promise<void> {
    calls.push(['write', ...args]);
    return Promise.resolve();
  }
}
class FakeFile extends FakeHandle {
  createWritable(): Promise<FakeWritable> {
    calls.push(['createWritable']);
    return Promise.resolve(new FakeWritable());
  }
}
class FakeDirectory extends FakeHandle {
  getFileHandle(...args: unknown[]): Promise<FakeFile> {
    calls.push(['getFileHandle', ...args]);
    return Promise.resolve(new FakeFile(String(args[0])));
  }
  getDirectoryHandle(...args: unknown[]): Promise<FakeDirectory> {
    calls.push(['getDirectoryHandle', ...args]);
    return Promise.resolve(new FakeDirectory(String(args[0])));
  }
}
class FakeCacheStorage {
  open(...args: unknown[]): Promise<FakeCache> {
    calls.push(['open', ...args]);
    return Promise.resolve(new FakeCache());
  }
}

beforeAll(() => {
  Object.assign(win, {
    Cache: FakeCache,
    CacheStorage: FakeCacheStorage,
    FileSystemHandle: FakeHandle,
    FileSystemDirectoryHandle: FakeDirectory,
    FileSystemFileHandle: FakeFile,
    FileSystemWritableFileStream: FakeWritable,
  });
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

  it('getDirectoryHandle with create: true reports the folder, its path as its value (an empty one named by an id)', async () => {
    const root = new FakeDirectory('');
    const dir = await root.getDirectoryHandle('GA1.1.8.9', { create: true });
    await dir.getDirectoryHandle('vid-1', { create: true });
    await root.getDirectoryHandle('read-only');
    expect(reported()).toEqual([
      ['opfs', 'GA1.1.8.9', 'GA1.1.8.9'],
      ['opfs', 'GA1.1.8.9/vid-1', 'GA1.1.8.9/vid-1'],
    ]);
  });

  it("a writable stream's write reports its file (the path it was made with) and the text written; a seek, nothing", async () => {
    const dir = await new FakeDirectory('').getDirectoryHandle('ids', { create: true });
    const file = await dir.getFileHandle('uid', { create: true });
    const w = await file.createWritable();
    await w.write('GA1.1.2.3');
    await w.write({ type: 'write', data: 'u-2' });
    await w.write({ type: 'seek', position: 0 });
    await w.write(new Uint8Array([1]));
    const other = await new FakeFile('loose').createWritable();
    await other.write('x');
    expect(calls.filter((c) => c[0] === 'write')).toHaveLength(5);
    expect(reported()).toEqual([
      ['opfs', 'ids', 'ids'],
      ['opfs', 'ids/uid', ''],
      ['opfs', 'ids/uid', 'GA1.1.2.3'],
      ['opfs', 'ids/uid', 'u-2'],
      ['opfs', 'ids/uid', ''],
      ['opfs', 'loose', 'x'],
    ]);
  });
});

describe('CacheStorage.open', () => {
  it("reports each cache name's first open in the document, its name as its value (an empty cache named by an id)", async () => {
    const storage = new FakeCacheStorage();
    await storage.open('_ga=GA1.1.7.8');
    await storage.open('_ga=GA1.1.7.8');
    await storage.open('v2');
    expect(calls.map((c) => c[0])).toEqual(['open', 'open', 'open']);
    expect(reported()).toEqual([
      ['cacheStorage', '_ga=GA1.1.7.8', '_ga=GA1.1.7.8'],
      ['cacheStorage', 'v2', 'v2'],
    ]);
  });
});
