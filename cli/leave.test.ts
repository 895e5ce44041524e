import { describe, expect, it } from 'vitest';
import { leavePage, type LeaveDialog, type LeavablePage } from './leave.ts';

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
