import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '../../data/index.ts';
import { Visit } from '../../test/support/findings.ts';
import { timelineOf } from '../../utils/export/timeline.ts';
import { cookie } from '../../test/support/fixtures.ts';
import { bySeverity } from './findings-list.tsx';
import { dateTime, digitsForStep, hostOf, secs } from './format.ts';
import { eventCount, liveState } from './live.ts';
import { CHART, PLOT_WIDTH, timeTicks, xOfTime } from './timeline-chart.tsx';
import { browserFromUserAgent, ipAttributionFrom, toolInfoOf } from './tool-info.ts';
import type { Finding, Severity } from '../../utils/findings/index.ts';

describe('browserFromUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36',
      'Chrome',
      '131.0.6778.85',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox', '133.0'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
      'Edge',
      '131.0.2903.70',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
      'Opera',
      '115.0.0.0',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36',
      'Chrome (headless)',
      '131.0.6778.33',
    ],
    ['curl/8.0', 'unknown', ''],
    ['', 'unknown', ''],
  ])('%s', (ua, name, version) => {
    expect(browserFromUserAgent(ua)).toEqual({ name, version });
  });

  it('takes garbage without throwing', () => {
    expect(browserFromUserAgent(42)).toEqual({ name: 'unknown', version: '' });
    expect(browserFromUserAgent(null)).toEqual({ name: 'unknown', version: '' });
  });
});

describe('tool info', () => {
  it('reads versions and the licence line from the shipped ip-country.meta.json', () => {
    const meta: unknown = JSON.parse(readFileSync('public/data/ip-country.meta.json', 'utf8'));
    const tool = toolInfoOf({ version: '0.1.0', userAgent: 'x Firefox/128.0', ipMeta: meta });
    expect(tool).toMatchObject({
      name: 'consent-auditor',
      version: '0.1.0',
      browser: { name: 'Firefox', version: '128.0' },
    });
    expect(tool.data.trackers).toBe(DATASET_VERSION);
    expect(tool.data.ipTable?.source).toBe('@ip-location-db/geo-whois-asn-country');
    expect(ipAttributionFrom(meta)).toMatch(/Number Resource Organization \(NRO\).*CC BY 4\.0/);
  });

  it.each([null, 'x', 1, {}, { licence: null }, { licence: { attribution: 7 } }, { licence: { attribution: '  ' } }])(
    'no attribution in %j',
    (meta) => {
      expect(ipAttributionFrom(meta)).toBeNull();
      expect(toolInfoOf({ version: null, userAgent: undefined, ipMeta: meta })).toMatchObject({
        version: 'unknown',
        data: { ipTable: null },
      });
    },
  );
});

describe('format', () => {
  it.each([
    [2400, 'en', '2.4 s'],
    [2400, 'de', '2,4 s'],
    [0, 'en', '0.00 s'],
    [-300, 'en', '−0.30 s'],
    [950, 'de', '0,95 s'],
    [999, 'en', '1.0 s'],
    [99_949, 'de', '99,9 s'],
    [100_000, 'en', '100 s'],
    [125_000, 'en', '2 min 5 s'],
    [Number.NaN, 'en', '?'],
  ] as const)('secs(%d, %s) = %s', (ms, lang, out) => {
    expect(secs(ms, lang)).toBe(out);
  });

  it('labels axis ticks with the decimals their step needs', () => {
    expect([5000, 1000, 500, 200, 50, 5].map(digitsForStep)).toEqual([0, 0, 1, 1, 2, 3]);
    expect(secs(500, 'de', digitsForStep(500))).toBe('0,5 s');
    expect(secs(3000, 'en', digitsForStep(1000))).toBe('3 s');
    expect(secs(150_000, 'en', 0)).toBe('150 s');
  });

  it('writes dates in UTC, per language', () => {
    expect(dateTime(Date.UTC(2026, 10, 29, 13, 3, 12), 'en')).toBe('2026-11-29 13:03:12 UTC');
    expect(dateTime(Date.UTC(2026, 10, 29, 13, 3, 12), 'de')).toBe('29.11.2026, 13:03:12 UTC');
    expect(dateTime(Number.NaN, 'de')).toBe('?');
    expect(hostOf('https://www.shop.example/a?b')).toBe('www.shop.example');
    expect(hostOf('not a url')).toBe('not a url');
  });
});

describe('timeline geometry', () => {
  it('places times proportionally on the plot and clamps outside the axis', () => {
    const tl = timelineOf(
      [
        { t: 100, phase: 'before-choice', thirdParty: true },
        { t: 4800, phase: 'after-reject', thirdParty: false },
      ],
      { at: 1200, action: 'reject' },
    );
    expect(tl.spanMs).toBe(4800);
    expect(xOfTime(tl, 1200)).toBeCloseTo(CHART.left + PLOT_WIDTH / 4);
    expect(xOfTime(tl, -5)).toBe(CHART.left);
    expect(xOfTime(tl, 1e9)).toBe(CHART.left + PLOT_WIDTH);
    expect(xOfTime({ spanMs: 0 }, 10)).toBe(CHART.left);
  });

  it('ticks at round times within the span', () => {
    expect(timeTicks(4800)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(timeTicks(0)).toEqual([0]);
    expect(timeTicks(Number.POSITIVE_INFINITY)).toEqual([0]);
  });
});

describe('live state', () => {
  const record = () => new Visit().req('https://a.example/x.js', 100).choice('reject', 500).record();

  it('counts recorded events and tells what changed', () => {
    const r = record();
    expect(eventCount(r)).toBe(2 + 2 + 1); // two requests, two answers, one choice
    expect(liveState(r, undefined)).toBeNull();
    expect(liveState(r, r)).toBeNull();
    expect(liveState(r, structuredClone(r))).toBeNull();
    expect(liveState(r, null)).toEqual({ kind: 'closed' });
    const more = structuredClone(r);
    more.cookies.push(cookie({ name: 'a', domain: 'a.example', writes: 3 }));
    expect(liveState(r, more)).toEqual({ kind: 'new', count: 3 });
    const moved = structuredClone(r);
    if (moved.consent.choice) moved.consent.choice.at += 10;
    expect(liveState(r, moved)).toEqual({ kind: 'changed' });
    const other = structuredClone(r);
    other.startedAt += 1;
    other.url = 'https://elsewhere.example/';
    expect(liveState(r, other)).toEqual({ kind: 'other-page', url: 'https://elsewhere.example/' });
  });
});

describe('bySeverity', () => {
  it('puts violations first and keeps the engine order within a severity', () => {
    const f = (id: string, severity: Severity): Finding => ({
      id,
      severity,
      rule: 'essential-cookie',
      title: id,
      explanation: '',
      fix: '',
      subject: { kind: 'page' },
      evidence: { items: [], total: 0, more: 0, times: null, scripts: [], notes: [] },
    });
    const out = bySeverity([
      f('i1', 'info'),
      f('w1', 'warning'),
      f('v1', 'violation'),
      f('i2', 'info'),
      f('v2', 'violation'),
    ]);
    expect(out.map((x) => x.id)).toEqual(['v1', 'v2', 'w1', 'i1', 'i2']);
  });
});
