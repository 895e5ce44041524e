import { describe, expect, it } from 'vitest';
import { awaitMarkedTab, markedTab, markerUrl } from './tab-claim.ts';

const MARK = markerUrl('abc');

describe('markerUrl', () => {
  it('parks a tab on about:blank with the token in the fragment', () => {
    expect(MARK).toBe('about:blank#consent-auditor-tab-abc');
  });
});

describe('markedTab', () => {
  it('the tab that shows the marker exactly, by its URL or (Chromium) its pending URL', () => {
    expect(
      markedTab(
        [
          { id: 4, url: 'about:blank' },
          { id: 9, url: MARK },
        ],
        MARK,
      ),
    ).toBe(9);
    expect(markedTab([{ id: 2, url: 'about:blank', pendingUrl: MARK }], MARK)).toBe(2);
  });
  it('never a tab that matches only without the fragment, or another marker', () => {
    expect(
      markedTab(
        [
          { id: 4, url: 'about:blank' },
          { id: 5, url: markerUrl('abd') },
        ],
        MARK,
      ),
    ).toBeNull();
  });
  it('no claim when two tabs show the marker, or the only one has no id', () => {
    expect(
      markedTab(
        [
          { id: 4, url: MARK },
          { id: 5, url: MARK },
        ],
        MARK,
      ),
    ).toBeNull();
    expect(markedTab([{ id: -1, url: MARK }], MARK)).toBeNull();
  });
});

describe('awaitMarkedTab', () => {
  it('waits for a tab list that reports the marker late', async () => {
    let calls = 0;
    const list = async () => (++calls < 3 ? [{ id: 1, url: 'about:blank' }] : [{ id: 1, url: MARK }]);
    expect(await awaitMarkedTab(list, MARK, 2_000)).toBe(1);
    expect(calls).toBe(3);
  });
  it('a marker that never shows: a clear error, not a guess', async () => {
    await expect(awaitMarkedTab(async () => [{ id: 1, url: 'about:blank' }], MARK, 50)).rejects.toThrow(
      'the new tab could not be identified (its marker URL is not in the tab list)',
    );
  });
});
