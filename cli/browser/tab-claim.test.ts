import { describe, expect, it } from 'vitest';
import { awaitMarkedTab, markedTab, markerUrl, pickTab } from './tab-claim.ts';

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

describe('pickTab with a Firefox tab list (no pending URLs)', () => {
  const tabs = [
    { id: 2, url: 'https://a.test/' },
    { id: 6, url: 'https://a.test/#x' },
    { id: 8, url: '' },
  ];

  it('exact first, else equal without the fragment, else null', () => {
    expect(pickTab(tabs, 'https://a.test/')).toBe(2);
    expect(pickTab(tabs, 'https://a.test/#y')).toBe(6);
    expect(pickTab(tabs, 'https://b.test/')).toBeNull();
  });
  it('an empty URL matches only a tab that shows an empty URL, not every tab without a pending URL', () => {
    expect(pickTab(tabs, '')).toBe(8);
  });
});
