import { describe, expect, it } from 'vitest';
import { sample } from '../../test/support/view-records.ts';
import { Log, PAGE, rejectedVisit, T0 } from '../../test/support/visit-log.ts';
import { buildView, countRecord } from './record-view.ts';
import {
  isFiltering,
  isPhaseFilter,
  NO_FILTER,
  type PhaseFilter,
  type ViewFilter,
  type ViewMarks,
} from './view-filter.ts';

describe('countRecord', () => {
  it('counts the whole record', () => {
    expect(countRecord(sample())).toEqual({
      requests: 6,
      thirdPartyRequests: 4,
      sites: 3,
      thirdPartySites: 2,
      cookies: 3,
      thirdPartyCookies: 1,
      storage: 2,
      beacons: 2,
      frames: 1,
      phases: {
        requests: { 'before-choice': 6, 'after-reject': 0, 'after-accept': 0 },
        cookies: { 'before-choice': 3, 'after-reject': 0, 'after-accept': 0 },
        storage: { 'before-choice': 2, 'after-reject': 0, 'after-accept': 0 },
      },
    });
  });
});

describe('countRecord: requests the browser never sent', () => {
  it('are listed, not counted as requests to anyone (a CSP block, no address)', () => {
    const r = sample();
    const before = countRecord(r);
    r.requests = [
      ...r.requests,
      { ...r.requests[1]!, id: 'csp:7', url: 'https://t.example/p', notSent: 'csp:img-src' },
    ];
    expect(countRecord(r)).toEqual(before);
  });
});

describe('buildView filters', () => {
  const cases: Array<{
    name: string;
    f: ViewFilter;
    sites: string[];
    cookies: string[];
    storage: string[];
    beacons: number;
    frames: number;
  }> = [
    {
      name: 'no filter',
      f: { thirdPartyOnly: false, query: '', phase: 'all' },
      sites: ['shop.example', 'google-analytics.com', 'doubleclick.net'],
      cookies: ['tmp', '_ga', 'IDE'],
      storage: ['_hjSession', 'ads'],
      beacons: 2,
      frames: 1,
    },
    {
      name: 'third party only',
      f: { thirdPartyOnly: true, query: '', phase: 'all' },
      sites: ['google-analytics.com', 'doubleclick.net'],
      cookies: ['IDE'],
      storage: ['ads'],
      beacons: 2,
      frames: 1,
    },
    {
      name: 'query on host',
      f: { thirdPartyOnly: false, query: 'DOUBLECLICK', phase: 'all' },
      sites: ['doubleclick.net'],
      cookies: ['IDE'],
      storage: ['ads'],
      beacons: 0,
      frames: 1,
    },
    {
      name: 'query on cookie name',
      f: { thirdPartyOnly: false, query: '_ga', phase: 'all' },
      sites: [],
      cookies: ['_ga'],
      storage: [],
      beacons: 0,
      frames: 0,
    },
    {
      name: 'query on URL path',
      f: { thirdPartyOnly: false, query: '/g/collect', phase: 'all' },
      sites: ['google-analytics.com'],
      cookies: [],
      storage: [],
      beacons: 2,
      frames: 0,
    },
    {
      name: 'query plus third party',
      f: { thirdPartyOnly: true, query: 'shop.example', phase: 'all' },
      sites: [],
      cookies: [],
      storage: [],
      beacons: 0,
      frames: 0,
    },
    {
      name: 'blank query',
      f: { thirdPartyOnly: false, query: '   ', phase: 'all' },
      sites: ['shop.example', 'google-analytics.com', 'doubleclick.net'],
      cookies: ['tmp', '_ga', 'IDE'],
      storage: ['_hjSession', 'ads'],
      beacons: 2,
      frames: 1,
    },
  ];
  it.each(cases)('$name', ({ f, sites, cookies, storage, beacons, frames }) => {
    const v = buildView(sample(), f);
    expect(v.sites.map((s) => s.site)).toEqual(sites);
    expect(v.cookies.map((c) => c.name)).toEqual(cookies);
    expect(v.storage.map((s) => s.key)).toEqual(storage);
    expect(v.beacons).toHaveLength(beacons);
    expect(v.frames).toHaveLength(frames);
    expect(v.counts.requests).toBe(6);
  });

  it('non-EU and tracker flags keep only marked items, and do nothing without marks', () => {
    const r = sample();
    const [, , ping, ga, beacon, frame] = r.requests;
    const ide = r.cookies[1];
    const ads = r.storage[1];
    if (!ping || !ga || !beacon || !frame || !ide || !ads) throw new Error('sample');
    const marks: ViewMarks = {
      nonEu: { requests: new Set([frame]), cookies: new Set([ide]), storage: new Set([ads]) },
      trackers: { requests: new Set([ping, ga, frame]), cookies: new Set([ide]), storage: new Set() },
    };
    const nonEu = buildView(r, { ...NO_FILTER, nonEuOnly: true }, marks);
    expect([nonEu.sites.map((s) => s.site), nonEu.cookies.map((c) => c.name), nonEu.storage.map((s) => s.key)]).toEqual(
      [['doubleclick.net'], ['IDE'], ['ads']],
    );
    const trackers = buildView(r, { ...NO_FILTER, trackersOnly: true }, marks);
    expect(trackers.requestCount).toBe(3);
    expect(trackers.beacons).toHaveLength(1);
    expect(trackers.storage).toHaveLength(0);
    const both = buildView(r, { ...NO_FILTER, trackersOnly: true, nonEuOnly: true, query: 'td.' }, marks);
    expect(both.frames.map((q) => q.host)).toEqual(['td.doubleclick.net']);
    expect(buildView(r, { ...NO_FILTER, nonEuOnly: true, trackersOnly: true }).requestCount).toBe(6);
    expect(buildView(r, { ...NO_FILTER, nonEuOnly: true }, marks).counts.requests).toBe(6);
  });

  it('isFiltering', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, nonEuOnly: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, trackersOnly: true })).toBe(true);
    expect(isFiltering({ thirdPartyOnly: false, query: ' ', phase: 'all' })).toBe(false);
    expect(isFiltering({ thirdPartyOnly: true, query: '', phase: 'all' })).toBe(true);
    expect(isFiltering({ thirdPartyOnly: false, query: 'a', phase: 'all' })).toBe(true);
  });

  it('does not reorder the record it was given', () => {
    const r = sample();
    const before = r.cookies.map((c) => c.name);
    buildView(r);
    expect(r.cookies.map((c) => c.name)).toEqual(before);
  });
});

describe('phases', () => {
  const r = rejectedVisit().record();

  it('the reducer put the automation reject first and the later accept in changes', () => {
    expect(r.consent.choice).toMatchObject({ action: 'reject', source: 'automation', at: T0 + 2300 });
    expect(r.consent.changes.map((c) => c.action)).toEqual(['accept']);
  });

  it('counts items per phase over the whole record', () => {
    const c = countRecord(r);
    expect(c.phases.requests).toEqual({ 'before-choice': 3, 'after-reject': 1, 'after-accept': 0 });
    expect(c.phases.cookies).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0 });
    expect(c.phases.storage).toEqual({ 'before-choice': 1, 'after-reject': 0, 'after-accept': 0 });
  });

  const cases: Array<{ phase: PhaseFilter; urls: string[]; cookies: string[]; storage: string[] }> = [
    {
      phase: 'all',
      cookies: ['_ga', '_gid'],
      storage: ['_hjSession'],
      urls: [
        PAGE,
        'https://consent.cookiebot.com/uc.js',
        'https://www.google-analytics.com/analytics.js',
        'https://www.google-analytics.com/g/collect?v=2',
      ],
    },
    {
      phase: 'before-choice',
      cookies: ['_ga'],
      storage: ['_hjSession'],
      urls: [PAGE, 'https://consent.cookiebot.com/uc.js', 'https://www.google-analytics.com/analytics.js'],
    },
    { phase: 'after-reject', cookies: ['_gid'], storage: [], urls: ['https://www.google-analytics.com/g/collect?v=2'] },
    { phase: 'after-accept', cookies: [], storage: [], urls: [] },
  ];
  it.each(cases)('phase filter $phase', ({ phase, urls, cookies, storage }) => {
    const v = buildView(r, { thirdPartyOnly: false, query: '', phase });
    expect(v.sites.flatMap((s) => s.hosts.flatMap((h) => h.requests.map((q) => q.url))).sort()).toEqual(
      [...urls].sort(),
    );
    expect(v.requestCount).toBe(urls.length);
    expect(v.cookies.map((c) => c.name)).toEqual(cookies);
    expect(v.storage.map((s) => s.key)).toEqual(storage);
    expect(v.counts.requests).toBe(4);
  });

  it('combines the phase with the third-party toggle and the query', () => {
    const v = buildView(r, { thirdPartyOnly: true, query: 'google', phase: 'before-choice' });
    expect(v.sites.map((s) => s.site)).toEqual(['google-analytics.com']);
    expect(v.requestCount).toBe(1);
    expect(isFiltering({ thirdPartyOnly: false, query: '', phase: 'after-reject' })).toBe(true);
  });

  it('groups carry per-phase counts', () => {
    const ga = buildView(r).sites.find((s) => s.site === 'google-analytics.com');
    expect(ga?.phases).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0 });
    expect(ga?.hosts[0]?.phases).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0 });
  });

  it('an accept makes later items "after accept"', () => {
    const log = new Log().req('https://a.tracker.example/x.js', 100);
    log.add({ k: 'choice', t: log.at(500), action: 'accept', source: 'automation', via: 'autoconsent OneTrust' });
    log.req('https://b.tracker.example/y.js', 600);
    const v = buildView(log.record(), { thirdPartyOnly: true, query: '', phase: 'after-accept' });
    expect(v.sites.map((s) => s.site)).toEqual(['tracker.example']);
    expect(v.sites[0]?.hosts.map((h) => h.host)).toEqual(['b.tracker.example']);
  });

  it('isPhaseFilter', () => {
    expect(['all', 'before-choice', 'after-reject', 'after-accept'].every(isPhaseFilter)).toBe(true);
    expect([null, 'before', 3, {}].some(isPhaseFilter)).toBe(false);
  });
});
