import { describe, expect, it } from 'vitest';
import {
  joinReload,
  LEAVE_SETTLE,
  leavePage,
  movedOnGap,
  reloadNote,
  selfNavigationGap,
  watchNavigations,
  type LeaveDialog,
  type LeavablePage,
  type PageRequest,
} from './leave.ts';
import { recordGaps } from '../utils/record/record-gaps.ts';
import { newPage, type PageRecord } from '../utils/record/page-record.ts';
import type { SettleOptions } from './settle.ts';

/** A page that logs what leaving does, with one dialog raised while it is left. */
function fakePage(dialog: string | null, fail = false): { page: LeavablePage; log: string[] } {
  const log: string[] = [];
  let listener: ((d: LeaveDialog) => void) | null = null;
  const page: LeavablePage = {
    goto: async (url, o) => {
      log.push(`goto ${url} ${o.timeout}`);
      if (dialog)
        listener?.({
          type: () => dialog,
          accept: async () => void log.push(`accept ${dialog}`),
          dismiss: async () => void log.push(`dismiss ${dialog}`),
        });
      if (fail) throw new Error('navigation timed out');
    },
    on: (_, f) => void (listener = f),
    off: (_, f) => void (listener === f && (listener = null), log.push('off')),
  };
  return { page, log };
}

describe('leavePage', () => {
  it('goes to about:blank, accepts a beforeunload prompt, then waits, and stops listening', async () => {
    const { page, log } = fakePage('beforeunload');
    const before = Date.now();
    let asked: SettleOptions | undefined;
    await leavePage(page, async (o) => {
      asked = o;
      log.push('settle');
    });
    expect(log).toEqual(['goto about:blank 5000', 'accept beforeunload', 'settle', 'off']);
    // The leave's own wait, and the requests started since the leave began are waited for until they are answered.
    expect(asked).toMatchObject(LEAVE_SETTLE);
    expect(asked?.finishedSince).toBeGreaterThanOrEqual(before);
    expect(asked?.finishedSince).toBeLessThanOrEqual(Date.now());
  });

  it('dismisses any other dialog, and still waits when the page could not be left', async () => {
    const { page, log } = fakePage('alert', true);
    await leavePage(page, async () => void log.push('settle'));
    expect(log).toEqual(['goto about:blank 5000', 'dismiss alert', 'settle', 'off']);
  });
});

describe('movedOnGap', () => {
  it('names a record of another page than the one loaded as a gap, so that it is never clean', () => {
    const gap = movedOnGap('https://shop.example/a', { url: 'https://shop.example/b' }, 5);
    expect(gap).toEqual({
      t: 5,
      where: 'record',
      message:
        'the page went on to https://shop.example/b by itself after its load: what https://shop.example/a did before is not in this record',
    });
    expect(recordGaps({ truncated: undefined, errors: [gap!] })).toEqual([gap!.message]);
  });

  it('is null for the page that loaded (a fragment aside) and for a record without a page', () => {
    expect(movedOnGap('https://shop.example/a#top', { url: 'https://shop.example/a' }, 5)).toBeNull();
    expect(movedOnGap('https://shop.example/a', { url: 'https://shop.example/a' }, 5)).toBeNull();
    expect(movedOnGap('https://shop.example/a', { url: '' }, 5)).toBeNull();
  });
});

describe('watchNavigations', () => {
  /** A page whose request listener the test calls, with one main frame and one child frame. */
  function navPage() {
    const main = { name: 'main' };
    let listener: ((r: PageRequest) => void) | null = null;
    const page = {
      mainFrame: () => main,
      on: (_: 'request', f: (r: PageRequest) => void) => void (listener = f),
      off: (_: 'request', f: (r: PageRequest) => void) => void (listener === f && (listener = null)),
    };
    const req = (url: string, o: { nav?: boolean; frame?: unknown; from?: unknown; chain?: unknown[] } = {}) =>
      listener?.({
        url: () => url,
        isNavigationRequest: () => o.nav ?? true,
        frame: () => {
          if (o.frame === 'none') throw new Error('Service Worker requests do not have an associated frame');
          return o.frame ?? main;
        },
        redirectedFrom: () => o.from ?? null,
        ...(o.chain ? { redirectChain: () => o.chain! } : {}),
      });
    return { page, req };
  }

  it("lists the top document's navigations once per redirect chain, not its frames, subresources or workers", () => {
    const { page, req } = navPage();
    let now = 100;
    const navs = watchNavigations(page, () => now++);
    req('https://shop.example/r?u=a');
    req('https://shop.example/a', { from: {} }); // Playwright: the redirect's next hop
    req('https://shop.example/a', { chain: [{}] }); // Puppeteer: the same
    req('https://shop.example/pixel.gif', { nav: false });
    req('https://shop.example/prerendered.html', { nav: false }); // a speculation rule's prefetch
    req('https://ads.example/frame.html', { frame: { name: 'child' } });
    req('https://shop.example/sw-fetch', { frame: 'none' });
    req('https://shop.example/a');
    navs.stop();
    req('https://shop.example/b');
    expect(navs.list).toEqual([
      { url: 'https://shop.example/r?u=a', t: 100 },
      { url: 'https://shop.example/a', t: 101 },
    ]);
  });
});

describe('selfNavigationGap', () => {
  const A = 'https://shop.example/a';
  it('names a reload after the load (its address gives nothing away) as a gap, so that it is never clean', () => {
    const gap = selfNavigationGap(
      A,
      1_000,
      [
        { url: A, t: 900 },
        { url: `${A}#x`, t: 2_250 },
      ],
      { url: A },
      5,
    );
    expect(gap).toEqual({
      t: 5,
      where: 'record',
      message: `the page reloaded itself once, the last 1.3 s after its load: what ${A} did before is not in this record`,
    });
    expect(recordGaps({ truncated: undefined, errors: [gap!] })).toEqual([gap!.message]);
  });

  it('names a way away and back, and several reloads, with the last one', () => {
    const navs = [
      { url: A, t: 900 },
      { url: 'https://shop.example/b', t: 1_100 },
      { url: A, t: 1_400 },
    ];
    expect(selfNavigationGap(A, 1_000, navs, { url: A }, 5)?.message).toBe(
      `the page navigated by itself 2 times (to https://shop.example/b, ${A}), the last 0.4 s after its load: what ${A} did before is not in this record`,
    );
    expect(
      selfNavigationGap(A, 1_000, [navs[0]!, { url: A, t: 950 }, { url: A, t: 3_000 }], { url: A }, 5)?.message,
    ).toBe(
      `the page reloaded itself 2 times, the last 2.0 s after its load: what ${A} did before is not in this record`,
    );
  });

  it("is null for the run's own navigation alone, and when the record is another page's (movedOnGap says it)", () => {
    expect(selfNavigationGap(A, 1_000, [{ url: A, t: 900 }], { url: A }, 5)).toBeNull();
    expect(selfNavigationGap(A, 1_000, [], { url: A }, 5)).toBeNull();
    const away = [
      { url: A, t: 900 },
      { url: 'https://shop.example/b', t: 1_100 },
    ];
    expect(selfNavigationGap(A, 1_000, away, { url: 'https://shop.example/b' }, 5)).toBeNull();
  });
});

describe('joinReload', () => {
  const A = 'https://shop.example/a';
  const doc = (url: string, t: number, choiceAt: number | null = null): PageRecord => {
    const r = newPage(1, url, t);
    if (choiceAt !== null) r.consent.choice = { action: 'reject', at: choiceAt, source: 'automation', via: 'test' };
    return r;
  };
  const navs = [
    { url: A, t: 900 },
    { url: `${A}#top`, t: 3_050 },
  ];

  it('joins the loaded document and its one reload, and says when it came (after the answer, or without one)', () => {
    const joined = joinReload(A, navs, doc(A, 3_000), doc(A, 1_000, 2_000));
    expect(joined?.documents).toEqual([
      { url: A, startedAt: 1_000 },
      { url: A, startedAt: 3_000 },
    ]);
    expect(reloadNote(joined!)).toBe(
      'the page reloaded itself at +2.0 s (after the answer); both documents are in this audit',
    );
    const unanswered = joinReload(A, navs, doc(A, 3_000), doc(A, 1_000))!;
    expect(reloadNote(unanswered)).toBe(
      'the page reloaded itself at +2.0 s (without an answer); both documents are in this audit',
    );
    // The consent tool's choice reached the worker after the reload: it is in the second record, stamped before it.
    expect(reloadNote(joinReload(A, navs, doc(A, 3_000, 2_500), doc(A, 1_000))!)).toMatch(/\(after the answer\)/);
    expect(reloadNote(joinReload(A, navs, doc(A, 3_000, 3_500), doc(A, 1_000))!)).toMatch(/\(before the answer\)/);
  });

  it('joins nothing where evidence is missing: several navigations, another address, no previous record, a wrong one', () => {
    const current = doc(A, 3_000);
    const previous = doc(A, 1_000);
    expect(joinReload(A, [...navs, { url: A, t: 4_000 }], current, previous)).toBeNull();
    expect(joinReload(A, [navs[0]!, { url: 'https://shop.example/b', t: 3_050 }], current, previous)).toBeNull();
    expect(joinReload(A, navs, doc('https://shop.example/b', 3_000), previous)).toBeNull();
    expect(joinReload(A, navs, current, null)).toBeNull();
    expect(joinReload(A, navs, current, doc('https://shop.example/parked', 800))).toBeNull();
    expect(joinReload(A, navs, current, doc(A, 3_500))).toBeNull();
    expect(joinReload(A, [navs[0]!], current, previous)).toBeNull();
    // A joined record is not joined again.
    expect(joinReload(A, navs, joinReload(A, navs, current, previous)!, previous)).toBeNull();
  });
});
