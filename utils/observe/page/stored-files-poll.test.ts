import { describe, expect, it } from 'vitest';
import type { ListedFile } from './stored-files-poll.ts';
import { watchStoredFiles, type PolledFile } from './stored-files-poll.ts';

/** A listing the test changes between polls; `reads` counts the content reads. */
function store(files: Array<[ListedFile['api'], string, string, string]>) {
  const s = {
    files,
    reads: 0,
    list: (): Promise<ListedFile[]> =>
      Promise.resolve(
        s.files.map(([api, key, sig, value]) => ({
          api,
          key,
          sig,
          read: () => {
            s.reads += 1;
            return Promise.resolve({ value, valueLength: value.length });
          },
        })),
      ),
  };
  return s;
}
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('watchStoredFiles', () => {
  it('reports a new entry once, with its content, timed at the previous listing; what was there at the start is not reported', async () => {
    const s = store([['opfs', 'old', '1:1', 'before the page']]);
    const out: PolledFile[] = [];
    let t = 100;
    const w = watchStoredFiles(
      s.list,
      'https://a.test',
      (ev) => out.push(ev),
      undefined,
      () => t,
    );
    await settle();
    s.files = [...s.files, ['opfs', '_ga', '26:5', 'GA1.1.222222222.1700000002']];
    t = 200;
    await w.poll();
    await w.poll();
    expect(out).toEqual([
      {
        k: 'page-storage',
        t: 100,
        api: 'opfs',
        origin: 'https://a.test',
        key: '_ga',
        value: 'GA1.1.222222222.1700000002',
        valueLength: 26,
        seenBy: 'poll',
      },
    ]);
    expect(s.reads).toBe(1); // the baseline and unchanged entries are never read
  });

  it('reports a changed entry again, and times a hooked one no earlier than its hooked write', async () => {
    const s = store([]);
    const out: Array<[string, number, string]> = [];
    let t = 100;
    const w = watchStoredFiles(
      s.list,
      'https://a.test',
      (ev) => out.push([ev.key, ev.t, ev.value]),
      () => w.noteHooked('cacheStorage', 'https://a.test/id', 150),
      () => t,
    );
    await settle();
    s.files = [['cacheStorage', 'https://a.test/id', 'ids', 'uid=1']];
    t = 200;
    await w.poll();
    s.files = [['cacheStorage', 'https://a.test/id', 'ids2', 'uid=2']];
    t = 300;
    await w.poll();
    expect(out).toEqual([
      ['https://a.test/id', 150, 'uid=1'],
      ['https://a.test/id', 200, 'uid=2'],
    ]);
  });

  it('an entry that cannot be read is still reported by name; a listing that throws reports nothing', async () => {
    let fail = false;
    let files: ListedFile[] = [];
    const list = (): Promise<ListedFile[]> => (fail ? Promise.reject(new Error('gone')) : Promise.resolve(files));
    const out: string[] = [];
    const w = watchStoredFiles(list, 'https://a.test', (ev) => out.push(`${ev.key}=${ev.value}`));
    await settle();
    files = [{ api: 'opfs', key: 'locked', sig: 'locked', read: () => Promise.reject(new Error('busy')) }];
    await w.poll();
    fail = true;
    await w.poll();
    expect(out).toEqual(['locked=']);
  });

  it('at the first listing, an OPFS file written after the listing was asked for (a worker racing it) is reported', async () => {
    const old = { api: 'opfs' as const, sig: 's', read: () => Promise.resolve({ value: 'old', valueLength: 3 }) };
    const files: ListedFile[] = [
      { ...old, key: 'before', writtenAt: 5_000 },
      { ...old, key: 'racing', writtenAt: 10_050, read: () => Promise.resolve({ value: 'GA1', valueLength: 3 }) },
      { ...old, key: 'cache-entry' },
    ];
    const out: PolledFile[] = [];
    watchStoredFiles(
      () => Promise.resolve(files),
      'https://a.test',
      (ev) => out.push(ev),
      undefined,
      () => 10_000,
    );
    await settle();
    expect(out.map((e) => [e.key, e.t, e.value])).toEqual([['racing', 10_000, 'GA1']]);
  });
});
