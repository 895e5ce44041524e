// The collector signatures' onward statements: each cites a page and a day, and a forwarding one names a tracker of
// data/trackers.ts (whose company and documented recipients the statement uses); a not-known one names none.
import { describe, expect, it } from 'vitest';
import { COLLECTORS } from './collectors.ts';
import { TRACKERS } from './trackers.ts';

const trackerIds = new Set(TRACKERS.map((t) => t.id));

describe('collector onward recipients', () => {
  it.each(COLLECTORS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const o = c.onward;
    expect(o.source).toMatch(/^https:\/\//);
    expect(o.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(o.how.length).toBeGreaterThan(20);
    expect(o.howDe.length).toBeGreaterThan(20);
    if (o.kind === 'forwards') expect(trackerIds.has(o.tracker ?? '')).toBe(true);
    else expect(o.tracker).toBeNull();
  });

  it('self-hosted products are "not known"; GA4, Adobe and the Meta Pixel forward to their vendor', () => {
    const kinds = Object.fromEntries(COLLECTORS.map((c) => [c.id, c.onward.tracker ?? c.onward.kind]));
    expect(kinds).toEqual({
      'snowplow-tp2': 'not-known',
      'snowplow-get': 'not-known',
      matomo: 'not-known',
      ga4: 'google-analytics-4',
      'adobe-analytics': 'adobe-analytics',
      'meta-pixel': 'facebook-pixel',
      plausible: 'plausible',
    });
  });
});
