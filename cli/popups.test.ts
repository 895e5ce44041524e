import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { recordGaps } from '../utils/record/record-gaps.ts';
import type { PageRecord } from '../utils/record/page-record.ts';
import { openedTabs, popupGap, watchPopups, withWindows } from './popups.ts';

class FakePage extends EventEmitter {
  openWith(url: string | null): void {
    this.emit('popup', url === null ? null : { url: () => url });
  }
}

it('reads a window reported blank again when listed (Firefox reports it before it navigates)', () => {
  const page = new FakePage();
  let url = 'about:blank';
  const w = watchPopups(page, () => 7);
  page.emit('popup', { url: () => url });
  url = 'https://tracker.example/p.gif';
  expect(w.list()).toEqual([{ url: 'https://tracker.example/p.gif', t: 7 }]);
});

describe('watchPopups', () => {
  it('lists each window the page opens until stopped, a closed one without its address', () => {
    const page = new FakePage();
    let now = 100;
    const w = watchPopups(page, () => now++);
    page.openWith('https://tracker.example/p.gif');
    page.openWith(null);
    page.emit('popup', {
      url: () => {
        throw new Error('Target closed');
      },
    });
    w.stop();
    page.openWith('https://after.example/');
    expect(w.list()).toEqual([
      { url: 'https://tracker.example/p.gif', t: 100 },
      { url: '', t: 101 },
      { url: '', t: 102 },
    ]);
  });
});

describe('popupGap', () => {
  it('is none without windows', () => {
    expect(popupGap([], 5)).toBeNull();
  });

  it('names the windows, and the record is then never clean (a gap)', () => {
    const gap = popupGap(
      [
        { url: 'https://a.example/', t: 1 },
        { url: '', t: 2 },
      ],
      9,
    );
    expect(gap).toEqual({
      t: 9,
      where: 'record',
      message:
        'the page opened 2 windows of its own (https://a.example/, (no address)): what was loaded there is not in this record',
    });
    expect(recordGaps({ errors: [gap!] })).toEqual([gap!.message]);
  });
});

describe('openedTabs', () => {
  it("is every tab of the browser but the audited one and the extension's pages, noopener windows too", () => {
    const tabs = [
      { id: 1, url: 'about:blank' },
      { id: 2, url: 'https://www.shop.test/' },
      { id: 3, url: 'chrome-extension://abc/popup.html?tab=0' },
      { id: 4, url: 'moz-extension://uuid/popup.html' },
      { id: 5, url: '', pendingUrl: 'chrome-extension://abc/manifest.json' },
      { id: -1, url: 'https://devtools.example/' },
      { id: 6, url: 'https://tracker.adnet.test/pixel.gif' },
    ];
    expect(openedTabs(tabs, 2)).toEqual([1, 6]);
  });
});

/** A record of `url` as the extension keeps it, with one request. */
const recordOf = (url: string, startedAt: number): PageRecord =>
  ({
    tabId: 0,
    url,
    startedAt,
    partial: false,
    redirects: [],
    requests: [{ id: `q${startedAt}`, url, t: startedAt }],
    cookies: [],
    storage: [],
    errors: [],
  }) as unknown as PageRecord;

describe('withWindows', () => {
  const page = recordOf('https://www.shop.test/popup.html', 10);
  const under = recordOf('https://www.shop.test/under.html', 20);
  const list = () =>
    Promise.resolve([
      { id: 1, url: page.url },
      { id: 2, url: under.url },
      { id: 3, url: 'https://gone.test/' },
    ]);

  it('joins the record of each window and says so; a window whose record is gone is a gap', async () => {
    const opened = [
      { url: `${under.url}#x`, t: 15 },
      { url: 'https://gone.test/', t: 16 },
    ];
    const read = (id: number) => Promise.resolve(id === 2 ? under : null);
    const w = await withWindows(page, 1, opened, list, read);
    expect(w.record.documents?.map((d) => [d.url, d.window ?? false])).toEqual([
      [page.url, false],
      [under.url, true],
    ]);
    expect(w.record.requests.map((q) => q.document)).toEqual([0, 1]);
    expect(w.note).toBe(
      'the page opened a window (https://www.shop.test/under.html): what was loaded there is in this audit, marked "in a window the page opened"',
    );
    expect(recordGaps(w.record)).toEqual([
      'the page opened a window of its own (https://gone.test/): what was loaded there is not in this record',
    ]);
  });

  it('without a tab list (the extension did not answer) every window watched is a gap', async () => {
    const opened = [{ url: under.url, t: 15 }];
    const w = await withWindows(
      page,
      1,
      opened,
      () => Promise.reject(new Error('no worker')),
      () => {
        throw new Error('not asked');
      },
    );
    expect(w.record.requests).toBe(page.requests);
    expect(w.note).toBeNull();
    expect(recordGaps(w.record)).toHaveLength(1);
  });

  it('none opened: the record as it was, no note, no gap', async () => {
    const w = await withWindows(
      page,
      1,
      [],
      () => Promise.resolve([{ id: 1, url: page.url }]),
      () => {
        throw new Error('not asked');
      },
    );
    expect([w.record, w.note, recordGaps(w.record)]).toEqual([page, null, []]);
  });
});
