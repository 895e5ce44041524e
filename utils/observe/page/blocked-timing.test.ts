// The `empty` flag of a Resource Timing entry, on entries Chromium gave hostile/never-sent-header.html at load ~18.
import { describe, expect, it } from 'vitest';
import { navigation } from '../../../test/support/raw-events.ts';
import { buildRecord } from '../../record/record.ts';
import type { PageResource } from '../events.ts';
import { looksBlocked, type TimingFields } from './blocked-timing.ts';

const blocked = (duration: number): TimingFields => ({ duration, responseStart: 0, transferSize: 0 });

describe('an entry that may be a blocked load', () => {
  it('no response and no time, or one tick of the coarsened clock (the preload scanner’s try under load)', () => {
    expect(looksBlocked(blocked(0))).toBe(true);
    expect(looksBlocked(blocked(0.10000000149011612))).toBe(true);
    expect(looksBlocked(blocked(0.09999999776482582))).toBe(true);
  });

  it('not a load that took time (a cross-origin one without Timing-Allow-Origin shows no response either)', () => {
    expect(looksBlocked(blocked(28.5))).toBe(false); // the pixel that left
    expect(looksBlocked(blocked(0.7))).toBe(false); // the fastest failed or sent load measured here
  });

  it('not one with a response or bytes', () => {
    expect(looksBlocked({ duration: 0, responseStart: 12, transferSize: 0 })).toBe(false);
    expect(looksBlocked({ duration: 0, responseStart: 0, transferSize: 300 })).toBe(false);
  });
});

describe('the failing run replayed: the preload scanner’s and the parser’s tries, then the violation', () => {
  const TAB = 3;
  const PAGE = 'https://www.shop.test/hostile/never-sent-header.html';
  const PIXEL = 'https://tracker.adnet.test/pixel.gif?uid=csp-header-img';
  const origin = 1_000_000;
  const timing = (startTime: number, duration: number): PageResource => ({
    k: 'page-resource',
    t: origin + startTime,
    url: PIXEL,
    initiator: 'img',
    frameUrl: PAGE,
    ...(looksBlocked(blocked(duration)) ? { empty: true } : {}),
  });
  const violation: PageResource = {
    k: 'page-resource',
    t: origin + 91.3,
    url: PIXEL,
    initiator: 'other',
    frameUrl: PAGE,
    csp: 'img-src',
  };

  it('one row, marked not sent, no note: in each order of arrival', () => {
    const tries = [timing(74.4, 0.10000000149011612), timing(86.8, 0)];
    for (const events of [
      [violation, ...tries],
      [tries[0]!, violation, tries[1]!],
      [...tries, violation],
    ]) {
      const r = buildRecord(TAB, [...navigation(PAGE, TAB, origin), ...events]).record!;
      expect(r.requests.slice(1).map((q) => [q.url, q.notSent])).toEqual([[PIXEL, 'csp:img-src']]);
      expect(r.errors).toEqual([]);
    }
  });
});
