import { describe, expect, it } from 'vitest';
import { defaultConcurrency, runPool } from './pool.ts';

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('runPool', () => {
  it('runs at most `concurrency` jobs at once and keeps the job order in the results', async () => {
    let running = 0;
    let peak = 0;
    const out = await runPool([30, 5, 20, 1, 10], 2, async (ms, i) => {
      running++;
      peak = Math.max(peak, running);
      await tick(ms);
      running--;
      return i * 10;
    });
    expect(out).toEqual([0, 10, 20, 30, 40]);
    expect(peak).toBe(2);
  });

  it('hands out no job once stopped; the ones not started stay undefined', async () => {
    let stop = false;
    const out = await runPool(
      [1, 2, 3, 4],
      1,
      async (x) => {
        if (x === 2) stop = true;
        return x;
      },
      () => stop,
    );
    expect(out).toEqual([1, 2, undefined, undefined]);
  });

  it('odd concurrency values still run every job', async () => {
    expect(await runPool([1, 2, 3], 0, async (x) => x)).toEqual([1, 2, 3]);
    expect(await runPool([1, 2, 3], Number.NaN, async (x) => x)).toEqual([1, 2, 3]);
    expect(await runPool([], 4, async (x) => x)).toEqual([]);
  });
});

describe('defaultConcurrency', () => {
  it('two per core, between 2 and 8', () => {
    expect([1, 2, 3, 16].map(defaultConcurrency)).toEqual([2, 4, 6, 8]);
  });
});
