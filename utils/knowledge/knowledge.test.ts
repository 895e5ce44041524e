import { describe, expect, it } from 'vitest';
import { createKnowledge } from './knowledge.ts';

describe('knowledge.names (host naming hook)', () => {
  const k = createKnowledge({ ipTable: null });

  it('names with the own tracker first and third-party-web second, never changing what the tracker matcher says', () => {
    expect(k.names.name('www.google-analytics.com')?.layer).toBe('own');
    // A third-party-web host our own trackers do not list: named, but still no tracker match for the findings.
    const tpwOnly = k.names.entities
      .byName('Kakao')!
      .domains.map((d) => d.replace(/^\*\./, ''))
      .find((h) => k.trackers.match(h) === null)!;
    expect(k.names.name(tpwOnly)).toMatchObject({ layer: 'third-party-web', service: 'Kakao', country: 'KR' });
    expect(k.trackers.match(tpwOnly)).toBeNull();
    expect(k.names.name('not-a-tracker.invalid')).toBeNull();
  });

  it('builds the namer once', () => {
    expect(k.names).toBe(k.names);
  });
});
