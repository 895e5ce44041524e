import { describe, expect, it } from 'vitest';
import {
  HEAD_CHARS,
  MAX_CHECKS,
  MAX_DEPTH,
  MAX_NAMES,
  listCaches,
  listFiles,
  type CacheLister,
  type DirLister,
} from './stored-files-list.ts';

/** A cache store over a map of cache name to [request URL, response]. */
function caches(stores: Record<string, Array<[string, () => Response]>>): CacheLister {
  return {
    keys: () => Promise.resolve(Object.keys(stores)),
    open: (name) =>
      Promise.resolve({
        keys: () => Promise.resolve((stores[name] ?? []).map(([url]) => new Request(url))),
        match: (req: Request) => Promise.resolve(stores[name]?.find(([url]) => url === req.url)?.[1]()),
      }),
  };
}

type Node = string | Error | { [name: string]: Node };
/** An OPFS directory over nested objects: a string is a file's content, an Error a file that cannot be read. */
function dir(tree: { [name: string]: Node }, name = ''): DirLister & { kind: string; name: string } {
  return {
    kind: 'directory',
    name,
    async *values() {
      for (const [n, v] of Object.entries(tree)) {
        if (typeof v === 'string')
          yield { kind: 'file', name: n, getFile: () => Promise.resolve(new File([v], n, { lastModified: 7 })) };
        else if (v instanceof Error) yield { kind: 'file', name: n, getFile: () => Promise.reject(v) };
        else yield dir(v, n);
      }
    },
  };
}

describe('listCaches', () => {
  it('lists each cached request by URL; its value is the URL, the headers and the first part of the body', async () => {
    const big = 'x'.repeat(1_000_000);
    const { entries: list, cut } = await listCaches(
      caches({
        ids: [['https://a.test/id?cid=1', () => new Response('uid=abc', { headers: { 'x-visitor': 'v1' } })]],
        big: [['https://a.test/big', () => new Response(big)]],
      }),
    );
    expect(list.map((e) => [e.api, e.key, e.sig])).toEqual([
      ['cacheStorage', 'https://a.test/id?cid=1', 'ids'],
      ['cacheStorage', 'https://a.test/big', 'big'],
      ['cacheStorage', 'ids', 'name'],
      ['cacheStorage', 'big', 'name'],
    ]);
    expect(cut).toEqual([]);
    const id = await list[0]!.read();
    expect(id.value).toContain('https://a.test/id?cid=1\n');
    expect(id.value).toContain('x-visitor: v1');
    expect(id.value.endsWith('\n\nuid=abc')).toBe(true);
    const head = await list[1]!.read();
    expect(head.value.length).toBeLessThan(HEAD_CHARS + 200);
    expect(head.valueLength).toBeGreaterThan(HEAD_CHARS);
  });
});

describe('listFiles', () => {
  it('lists files by path down the directories; a file that cannot be read is listed by name', async () => {
    const { entries: list } = await listFiles(
      dir({ _ga: 'GA1.1.2.3', ids: { uid: 'u-1', deeper: { x: 'y' } }, busy: new Error() }),
    );
    expect(list.map((e) => [e.api, e.key, e.sig])).toEqual([
      ['opfs', '_ga', '9:7'],
      ['opfs', 'ids', 'name'],
      ['opfs', 'ids/uid', '3:7'],
      ['opfs', 'ids/deeper', 'name'],
      ['opfs', 'ids/deeper/x', '1:7'],
      ['opfs', 'busy', 'locked'],
    ]);
    expect(await list[0]!.read()).toEqual({ value: 'GA1.1.2.3', valueLength: 9 });
    expect(await list[5]!.read()).toEqual({ value: '', valueLength: 0 });
  });

  it('reads only the first part of a big file', async () => {
    const {
      entries: [f],
    } = await listFiles(dir({ big: 'y'.repeat(100_000) }));
    const r = await f!.read();
    expect(r.value).toHaveLength(HEAD_CHARS);
    expect(r.valueLength).toBe(100_000);
  });

  it('an empty directory named by an id is a store whose value is its path', async () => {
    const { entries } = await listFiles(dir({ 'GA1.1.8.9': {} }));
    expect(entries.map((e) => e.key)).toEqual(['GA1.1.8.9']);
    expect(await entries[0]!.read()).toEqual({ value: 'GA1.1.8.9', valueLength: 9 });
  });

  it('checks MAX_CHECKS files a listing in turn; every name is listed, so a new one past them is not hidden', async () => {
    const tree: { [name: string]: string } = {};
    for (let i = 0; i < MAX_CHECKS + 10; i++) tree[`f${i}`] = 'harmless';
    tree._ga = 'GA1.1.2.3';
    const first = await listFiles(dir(tree));
    expect(first.entries).toHaveLength(MAX_CHECKS + 11);
    expect(first.entries.filter((e) => e.sig !== undefined)).toHaveLength(MAX_CHECKS);
    const ga = first.entries.find((e) => e.key === '_ga')!;
    expect(ga.sig).toBeUndefined();
    expect(await ga.read()).toEqual({ value: 'GA1.1.2.3', valueLength: 9 });
    expect(first.next).toBe(MAX_CHECKS);
    const second = await listFiles(dir(tree), first.next);
    expect(second.entries.filter((e) => e.sig !== undefined).map((e) => e.key)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `f${MAX_CHECKS + i}`),
      '_ga',
    ]);
    expect(second.next).toBe(0);
    expect(second.cut).toEqual([]);
  });

  it('says a cut when there are more names than it lists, or a directory deeper than it walks', async () => {
    const tree: { [name: string]: string } = {};
    for (let i = 0; i <= MAX_NAMES; i++) tree[`f${i}`] = '';
    expect((await listFiles(dir(tree))).cut).toEqual(['opfs']);
    let deep: { [name: string]: Node } = { x: 'y' };
    for (let i = 0; i <= MAX_DEPTH; i++) deep = { [`d${i}`]: deep };
    expect((await listFiles(dir(deep))).cut).toEqual(['opfs']);
  });
});
