// The bench's statistics on samples whose answers are known: order-statistic ranks from the binomial table, bootstrap
// intervals that cover (and exclude) the true ratio, the verdict rule, and the stopping rule with a fake clock.
import { describe, expect, it } from 'vitest';
import {
  median,
  medianInterval,
  prng,
  ratioInterval,
  sampleUntil,
  settled,
  verdict,
} from '../../scripts/lib/bench-stats.mjs';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, and ignores NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5, Infinity, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('medianInterval (order statistics)', () => {
  it('uses the ranks of the binomial table: n=10 -> 2nd..9th (97.9 %), n=20 -> 6th..15th (95.9 %)', () => {
    const ten = medianInterval(range(10).reverse());
    expect([ten.lo, ten.hi]).toEqual([2, 9]);
    expect(ten.coverage).toBeCloseTo(1 - (2 * 11) / 1024, 6);
    const twenty = medianInterval(range(20));
    expect([twenty.lo, twenty.hi]).toEqual([6, 15]);
    expect(twenty.coverage).toBeGreaterThanOrEqual(0.95);
    // One rank narrower would fall below 95 %.
    expect(twenty.coverage).toBeCloseTo(1 - (2 * (1 + 20 + 190 + 1140 + 4845 + 15504)) / 2 ** 20, 9);
    expect(1 - (2 * (1 + 20 + 190 + 1140 + 4845 + 15504 + 38760)) / 2 ** 20).toBeLessThan(0.95);
  });

  it('says when too few values cannot reach 95 %: five values give the whole range at 93.75 %', () => {
    const iv = medianInterval([5, 1, 4, 2, 3]);
    expect([iv.lo, iv.hi, iv.median]).toEqual([1, 5, 3]);
    expect(iv.coverage).toBeCloseTo(0.9375, 6);
    expect(medianInterval([]).n).toBe(0);
    expect(medianInterval([]).lo).toBeNaN();
  });

  it('covers the true median of a known distribution about 95 % of the time', () => {
    const rnd = prng(3);
    let covered = 0;
    for (let t = 0; t < 400; t++) {
      // Exponential, median ln 2.
      const xs = Array.from({ length: 31 }, () => -Math.log(1 - rnd()));
      const iv = medianInterval(xs);
      if (iv.lo <= Math.LN2 && Math.LN2 <= iv.hi) covered++;
    }
    expect(covered / 400).toBeGreaterThan(0.92);
    expect(covered / 400).toBeLessThan(0.995);
  });

  it('handles large samples with the normal approximation', () => {
    const iv = medianInterval(range(200_001));
    expect(iv.median).toBe(100_001);
    expect(iv.lo).toBeGreaterThan(100_001 - 500);
    expect(iv.hi).toBeLessThan(100_001 + 500);
  });
});

describe('ratioInterval (bootstrap)', () => {
  it('gives median(a)/median(b) and an interval around it that is the same on every run (seeded)', () => {
    const rnd = prng(11);
    const b = Array.from({ length: 40 }, () => 100 + 10 * rnd());
    const a = b.map((x) => x * 1.2);
    const r = ratioInterval(a, b);
    expect(r.ratio).toBeCloseTo(1.2, 9);
    expect(r.lo).toBeLessThan(1.2);
    expect(r.hi).toBeGreaterThan(1.2);
    expect(r.hi - r.lo).toBeLessThan(0.15);
    expect(ratioInterval(a, b)).toEqual(r);
  });

  it('excludes 1 when two samples clearly differ and includes it for two draws of one distribution', () => {
    const rnd = prng(5);
    const draw = (m: number): number[] => Array.from({ length: 60 }, () => m * (0.9 + 0.2 * rnd()));
    expect(ratioInterval(draw(130), draw(100)).lo).toBeGreaterThan(1.1);
    const same = ratioInterval(draw(100), draw(100));
    expect(same.lo).toBeLessThan(1);
    expect(same.hi).toBeGreaterThan(1);
  });

  it('says NaN rather than a figure when a side has no values', () => {
    expect(ratioInterval([], [1, 2]).ratio).toBeNaN();
    expect(verdict(ratioInterval([1], []), 2)).toBe('undecided');
  });
});

describe('verdict and settled', () => {
  it('passes only when the whole interval is within budget', () => {
    expect(verdict({ lo: 0.9, hi: 1.03 }, 1.03)).toBe('pass');
    expect(verdict({ lo: 0.9, hi: 1.031 }, 1.03)).toBe('undecided');
    expect(verdict({ lo: 1.04, hi: 1.2 }, 1.03)).toBe('fail');
    expect(verdict({ lo: NaN, hi: 1 }, 1.03)).toBe('undecided');
  });

  it('is undecided when too few values cover less than 95 %, however far from the budget', () => {
    expect(verdict(medianInterval([1, 1.01, 1.02]), 2)).toBe('undecided');
    expect(verdict(medianInterval([1, 1.01, 1.02, 1, 1.01, 1.02]), 2)).toBe('pass');
    expect(settled(medianInterval([1, 1.01, 1.02]), 2, 0.05)).toBe(false);
  });

  it('is settled when the interval is within ±precision and decided', () => {
    expect(settled({ lo: 0.95, hi: 1.02 }, 1.03, 0.05)).toBe(true);
    expect(settled({ lo: 0.9, hi: 1.02 }, 1.03, 0.05)).toBe(false);
    expect(settled({ lo: 1.0, hi: 1.06 }, 1.03, 0.05)).toBe(false);
  });
});

describe('sampleUntil', () => {
  it('stops once settled, after at least minRounds', async () => {
    const xs: number[] = [];
    const r = await sampleUntil({
      round: () => xs.push(1 + xs.length * 1e-4),
      interval: () => medianInterval(xs),
      budget: 2,
      precision: 0.05,
      minRounds: 8,
      maxMs: 1e9,
    });
    expect(r).toMatchObject({ rounds: 8, stop: 'settled', verdict: 'pass' });
  });

  it('says undecided when time runs out while the interval straddles the budget', async () => {
    let clock = 0;
    const xs: number[] = [];
    const rnd = prng(9);
    const r = await sampleUntil({
      round: () => {
        clock += 10;
        xs.push(0.8 + 0.4 * rnd());
      },
      interval: () => medianInterval(xs),
      budget: 1,
      precision: 0.05,
      maxMs: 500,
      now: () => clock,
    });
    expect(r.stop).toBe('time');
    expect(r.verdict).toBe('undecided');
    expect(r.rounds).toBe(50);
  });

  it('stops at maxRounds and still reports the verdict of the interval it has', async () => {
    const xs: number[] = [];
    const r = await sampleUntil({
      round: () => xs.push(xs.length % 2 ? 3 : 5),
      interval: () => medianInterval(xs),
      budget: 2,
      precision: 0.01,
      maxRounds: 12,
      maxMs: 1e9,
    });
    expect(r).toMatchObject({ rounds: 12, stop: 'rounds', verdict: 'fail' });
  });
});
