import { describe, expect, it } from 'vitest';
import { leavePage, movedOnGap, type LeaveDialog, type LeavablePage } from './leave.ts';
import { recordGaps } from '../utils/record/record-gaps.ts';

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
    await leavePage(page, async () => void log.push('settle'));
    expect(log).toEqual(['goto about:blank 5000', 'accept beforeunload', 'settle', 'off']);
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
