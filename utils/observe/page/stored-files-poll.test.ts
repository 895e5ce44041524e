import { describe, expect, it } from 'vitest';
import type { ListedFile, Listing, ListingCut } from './stored-files-poll.ts';
import { MAX_READS, watchStoredFiles, type PolledFile } from './stored-files-poll.ts';

const whole = (entries: ListedFile[]): Listing => ({ entries, cut: [], failed: [] });
/** The poll's storage writes (a listing's cut is tested on its own). */
const writes = (out: PolledFile[]) => (ev: PolledFile | ListingCut) => {
  if (ev.k === 'page-storage') out.push(ev);
};

/** A listing the test changes between polls; `reads` counts the content reads. */
function store(files: Array<[ListedFile['api'], string, string, string]>) {
  const s = {
    files,
    reads: 0,
    list: (): Promise<Listing> =>
      Promise.resolve(
        whole(
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
    const w = watchStoredFiles(s.list, 'https://a.test', writes(out), undefined, () => t);
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
      (ev) => ev.k === 'page-storage' && out.push([ev.key, ev.t, ev.value]),
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
    const list = (): Promise<Listing> => (fail ? Promise.reject(new Error('gone')) : Promise.resolve(whole(files)));
    const out: string[] = [];
    const w = watchStoredFiles(
      list,
      'https://a.test',
      (ev) => ev.k === 'page-storage' && out.push(`${ev.key}=${ev.value}`),
    );
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
      () => Promise.resolve(whole(files)),
      'https://a.test',
      writes(out),
      undefined,
      () => 10_000,
    );
    await settle();
    expect(out.map((e) => [e.key, e.t, e.value])).toEqual([['racing', 10_000, 'GA1']]);
  });

  it('at the first listing, a cached request the hooks saw written (its put racing the listing) is reported with its content', async () => {
    const entry = (key: string, value: string): ListedFile => ({
      api: 'cacheStorage',
      key,
      sig: 'ids',
      read: () => Promise.resolve({ value, valueLength: value.length }),
    });
    const files = [entry('https://a.test/old', 'before'), entry('https://a.test/put', 'uid=9')];
    const out: PolledFile[] = [];
    const w: { noteHooked?: (api: 'cacheStorage', key: string, t: number) => void } = {};
    const poll = watchStoredFiles(
      () => Promise.resolve(whole(files)),
      'https://a.test',
      writes(out),
      () => w.noteHooked?.('cacheStorage', 'https://a.test/put', 10_020),
      () => 10_000,
    );
    w.noteHooked = poll.noteHooked;
    await settle();
    // Its hooked call came after the listing was asked: what it read is timed at the listing (the hook has its own).
    expect(out.map((e) => [e.key, e.t, e.value])).toEqual([['https://a.test/put', 10_000, 'uid=9']]);
  });

  it('an entry not checked this time keeps what was known; checked later, it is new if the browser wrote it since first listed', async () => {
    const file = (key: string, sig: string | undefined, writtenAt?: number, value = 'v'): ListedFile => ({
      api: 'opfs',
      key,
      ...(sig === undefined ? {} : { sig }),
      ...(writtenAt === undefined ? {} : { writtenAt }),
      read: () => Promise.resolve({ value, valueLength: value.length }),
    });
    let listing = [file('a', '1:1', 1), file('b', undefined), file('c', undefined)];
    let t = 100_000;
    const out: PolledFile[] = [];
    const w = watchStoredFiles(
      () => Promise.resolve(whole(listing)),
      'https://a.test',
      writes(out),
      undefined,
      () => t,
    );
    await settle();
    // b is checked now: written before it was first listed (not new); c is still unchecked but written meanwhile.
    t = 200_000;
    listing = [file('a', undefined), file('b', '1:5', 5), file('c', undefined)];
    await w.poll();
    expect(out).toEqual([]);
    // c is checked now: written after it was first listed, so a write timed at that first listing.
    t = 300_000;
    listing = [file('a', undefined), file('b', undefined), file('c', '9:2', 150_000, 'GA1.1.1.2')];
    await w.poll();
    expect(out.map((e) => [e.key, e.t, e.value])).toEqual([['c', 100_000, 'GA1.1.1.2']]);
  });

  it('a flood of new entries is read over several listings, each timed from where it was first due', async () => {
    const n = MAX_READS + 2;
    let listing: ListedFile[] = [];
    let t = 100;
    const out: PolledFile[] = [];
    const w = watchStoredFiles(
      () => Promise.resolve(whole(listing)),
      'https://a.test',
      writes(out),
      undefined,
      () => t,
    );
    await settle();
    listing = Array.from({ length: n }, (_, i) => ({
      api: 'opfs' as const,
      key: `f${i}`,
      sig: 's',
      read: () => Promise.resolve({ value: `${i}`, valueLength: 1 }),
    }));
    t = 200;
    await w.poll();
    expect(out).toHaveLength(MAX_READS);
    t = 300;
    await w.poll();
    expect(out).toHaveLength(n);
    expect(out.slice(MAX_READS).map((e) => [e.key, e.t])).toEqual([
      [`f${MAX_READS}`, 100],
      [`f${MAX_READS + 1}`, 100],
    ]);
  });

  it('a listing that failed or was cut keeps what it did not list (not new when seen again); a cut is said once', async () => {
    const a: ListedFile = {
      api: 'cacheStorage',
      key: 'https://a.test/a',
      sig: 'x',
      read: () => Promise.resolve({ value: 'a', valueLength: 1 }),
    };
    let listing: Listing = whole([a]);
    const all: Array<PolledFile | ListingCut> = [];
    const w = watchStoredFiles(
      () => Promise.resolve(listing),
      'https://a.test',
      (ev) => all.push(ev),
    );
    await settle();
    listing = { entries: [], cut: [], failed: ['cacheStorage'] };
    await w.poll();
    listing = { entries: [], cut: ['cacheStorage'], failed: [] };
    await w.poll();
    await w.poll();
    listing = whole([a]);
    await w.poll();
    expect(all.map((e) => [e.k, e.api])).toEqual([['page-listing-cut', 'cacheStorage']]);
  });

  it('an empty file listed before its hooked write is timed at its listing, not after the write it did not see', async () => {
    let listing: ListedFile[] = [];
    let t = 100;
    const out: Array<[string, number, string]> = [];
    const w: { note?: () => void } = {};
    const poll = watchStoredFiles(
      () => Promise.resolve(whole(listing)),
      'https://a.test',
      (ev) => ev.k === 'page-storage' && out.push([ev.key, ev.t, ev.value]),
      () => w.note?.(),
      () => t,
    );
    await settle();
    // Made at 150 (hooked), listed empty at 200, written at 250 (hooked: its report comes in before the comparison).
    w.note = () => {
      poll.noteHooked('opfs', '_fbc', 150);
      poll.noteHooked('opfs', '_fbc', 250);
    };
    listing = [{ api: 'opfs', key: '_fbc', sig: '0:1', read: () => Promise.resolve({ value: '', valueLength: 0 }) }];
    t = 200;
    await poll.poll();
    expect(out).toEqual([['_fbc', 200, '']]);
  });
});
