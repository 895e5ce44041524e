import { describe, expect, it } from 'vitest';
import { labelsFor } from './labels.ts';
import type { Phase } from '../record/phase.ts';
import { niceStep, secondsText, timelineOf, timelineSvg, type Timeline } from './timeline.ts';

const total = (tl: Timeline): number =>
  tl.buckets.reduce(
    (s, b) => s + b.byPhase['before-choice'] + b.byPhase['after-reject'] + b.byPhase['after-accept'],
    0,
  );

describe('timelineOf', () => {
  it('buckets requests by time and phase, counts third parties, and keeps the choice', () => {
    const tl = timelineOf(
      [
        { t: 0, phase: 'before-choice', thirdParty: false },
        { t: 120, phase: 'before-choice', thirdParty: true },
        { t: 180, phase: 'before-choice', thirdParty: true },
        { t: 2500, phase: 'after-reject', thirdParty: true },
        { t: 6000, phase: 'after-reject', thirdParty: false },
      ],
      { at: 2000, action: 'reject' },
    );
    expect(tl).toMatchObject({
      bucketMs: 100,
      spanMs: 6000,
      choiceAt: 2000,
      choiceAction: 'reject',
      max: 2,
      dropped: 0,
    });
    expect(tl.buckets).toHaveLength(60);
    expect(tl.buckets[0]).toEqual({
      from: 0,
      to: 100,
      byPhase: { 'before-choice': 1, 'after-reject': 0, 'after-accept': 0 },
      thirdParty: 0,
    });
    expect(tl.buckets[1]).toMatchObject({ byPhase: { 'before-choice': 2 }, thirdParty: 2 });
    expect(tl.buckets[25]).toMatchObject({ byPhase: { 'after-reject': 1 }, thirdParty: 1 });
    // t === spanMs lands in the last bucket
    expect(tl.buckets[59]).toMatchObject({ byPhase: { 'after-reject': 1 } });
    expect(total(tl)).toBe(5);
  });

  it.each<[string, Parameters<typeof timelineOf>[0], Parameters<typeof timelineOf>[1], Partial<Timeline>]>([
    ['empty, no choice', [], null, { spanMs: 1, bucketMs: 1, max: 0, choiceAt: null, choiceAction: null, dropped: 0 }],
    [
      'empty with a choice',
      [],
      { at: 1500, action: 'accept' },
      { spanMs: 1500, bucketMs: 50, max: 0, choiceAt: 1500, choiceAction: 'accept' },
    ],
    [
      'one request at 0',
      [{ t: 0, phase: 'before-choice', thirdParty: true }],
      null,
      { spanMs: 1, bucketMs: 1, max: 1 },
    ],
    [
      'negative time is drawn at 0',
      [{ t: -40, phase: 'before-choice', thirdParty: false }],
      null,
      { max: 1, dropped: 0 },
    ],
    [
      'NaN and Infinity are dropped',
      [
        { t: Number.NaN, phase: 'before-choice', thirdParty: false },
        { t: Infinity, phase: 'after-accept', thirdParty: false },
      ],
      null,
      { max: 0, dropped: 2 },
    ],
    [
      'a choice with NaN time is no choice',
      [],
      { at: Number.NaN, action: 'reject' },
      { choiceAt: null, choiceAction: null },
    ],
  ])('%s', (_name, requests, choice, expected) => {
    const tl = timelineOf(requests, choice);
    expect(tl).toMatchObject(expected);
    expect(tl.buckets.length).toBeGreaterThanOrEqual(1);
    expect(tl.buckets.at(-1)?.to).toBe(tl.spanMs);
  });

  it('drops entries whose phase is not a phase (bad input) instead of throwing', () => {
    const bad: unknown[] = [
      { t: 5, phase: 'later', thirdParty: false },
      null,
      { t: 5, phase: 'after-accept', thirdParty: 'yes' },
    ];
    const tl = timelineOf(
      bad.filter((_x): _x is { t: number; phase: Phase; thirdParty: boolean } => true),
      null,
    );
    expect(tl.dropped).toBe(2);
    expect(total(tl)).toBe(1);
    expect(tl.buckets.reduce((s, b) => s + b.thirdParty, 0)).toBe(0);
  });

  it('honours the bucket count within limits', () => {
    const reqs = Array.from({ length: 50 }, (_, i) => ({
      t: i * 100,
      phase: 'before-choice' as const,
      thirdParty: false,
    }));
    expect(timelineOf(reqs, null, { buckets: 10 }).buckets.length).toBeLessThanOrEqual(10);
    expect(timelineOf(reqs, null, { buckets: 0 }).buckets).toHaveLength(1);
    expect(timelineOf(reqs, null, { buckets: 1e9 }).buckets.length).toBeLessThanOrEqual(1000);
    expect(timelineOf(reqs, null, { buckets: Number.NaN }).buckets.length).toBeLessThanOrEqual(60);
  });

  it('handles 100,000 requests and counts every one', () => {
    const phases: Phase[] = ['before-choice', 'after-accept'];
    const reqs = Array.from({ length: 100_000 }, (_, i) => ({
      t: i * 3,
      phase: phases[i % 2] ?? 'before-choice',
      thirdParty: i % 3 === 0,
    }));
    const tl = timelineOf(reqs, { at: 150_000, action: 'accept' });
    expect(total(tl)).toBe(100_000);
    expect(tl.buckets.reduce((s, b) => s + b.thirdParty, 0)).toBe(Math.ceil(100_000 / 3));
    expect(tl.max).toBe(
      Math.max(
        ...tl.buckets.map((b) => b.byPhase['before-choice'] + b.byPhase['after-reject'] + b.byPhase['after-accept']),
      ),
    );
  });

  it.each<[number, number]>([
    [0, 1],
    [0.3, 1],
    [1, 1],
    [1.2, 2],
    [3, 5],
    [7, 10],
    [100, 100],
    [101, 200],
    [2500, 5000],
  ])('niceStep(%d) = %d', (x, step) => {
    expect(niceStep(x)).toBe(step);
  });

  it.each<[number, string, string]>([
    [1500, '.', '1.5'],
    [1500, ',', '1,5'],
    [0, '.', '0'],
    [12345, '.', '12.35'],
  ])('secondsText(%d, %j)', (ms, d, text) => {
    expect(secondsText(ms, d)).toBe(text);
  });
});

describe('timelineSvg', () => {
  const tl = timelineOf(
    [
      { t: 100, phase: 'before-choice', thirdParty: true },
      { t: 2500, phase: 'after-reject', thirdParty: false },
    ],
    { at: 2000, action: 'reject' },
  );

  it('is an accessible SVG with a fixed viewBox, one bar per non-empty phase bucket and the choice line labelled', () => {
    const svg = timelineSvg(tl, labelsFor('en').timelineSvg, 'tl-1');
    expect(svg).toMatch(
      /^<svg class="timeline" viewBox="0 0 800 260" role="img" aria-labelledby="tl-1-title tl-1-desc"/,
    );
    expect(svg).toContain('<title id="tl-1-title">Requests over time by consent phase</title>');
    expect(svg).toMatch(/<desc id="tl-1-desc">2 requests \(1 to third parties\) over 2\.5 s/);
    expect(svg.match(/<rect [^>]*fill="#(d95f02|7570b3)"><title>/g)).toHaveLength(2);
    expect(svg).toContain('Rejected at 2 s');
    expect(svg).toMatch(/<line [^>]*stroke="#000"/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('speaks German with a decimal comma', () => {
    const svg = timelineSvg(tl, labelsFor('de').timelineSvg);
    expect(svg).toContain('Abgelehnt bei 2 s');
    expect(svg).toContain('2,5 s');
    expect(svg).toContain('vor der Entscheidung');
  });

  it('escapes label text and the id, and says so when there are no requests', () => {
    const labels = { ...labelsFor('en').timelineSvg, title: '<script>x</script>', noRequests: 'none & <b>' };
    const svg = timelineSvg(timelineOf([], null), labels, '"><x');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(svg).toContain('none &amp; &lt;b&gt;');
    expect(svg).toContain('id="___x-title"');
  });

  it('has no external reference', () => {
    const svg = timelineSvg(tl, labelsFor('en').timelineSvg);
    expect(svg).not.toMatch(/href|url\(|https?:/i);
  });
});
