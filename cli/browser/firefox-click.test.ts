import { describe, expect, it } from 'vitest';
import { takeReportedClicks } from './firefox-click.ts';

describe('takeReportedClicks', () => {
  it('clicks the reported points in order, counts the reasons as script clicks, ignores what is not a click', async () => {
    const replies: unknown[] = [
      { at: [{ x: 10, y: 20 }, 'covered'] },
      { at: [{ x: Number.NaN, y: 1 }, { x: '5', y: 1 }, 42, null] },
      'not a reply',
    ];
    const asked: boolean[] = [];
    const clicked: string[] = [];
    const r = takeReportedClicks(
      (stop) => {
        asked.push(stop);
        return Promise.resolve(stop ? { at: [{ x: 3, y: 4 }] } : (replies.shift() ?? { at: [] }));
      },
      (x, y) => {
        clicked.push(`${x},${y}`);
        return Promise.resolve();
      },
      1,
    );
    await new Promise((res) => setTimeout(res, 30));
    const done = await r.done();
    expect(clicked).toEqual(['10,20', '3,4']);
    expect(done).toEqual({ trusted: 2, script: ['covered'] });
    expect(asked.at(-1)).toBe(true);
    expect(asked.filter((s) => s)).toHaveLength(1);
  });

  it('counts a click the browser refused as a script click, not a trusted one', async () => {
    const r = takeReportedClicks(
      (stop) => Promise.resolve(stop ? { at: [{ x: 1, y: 1 }] } : { at: [] }),
      () => Promise.reject(new Error('no input')),
      1,
    );
    expect(await r.done()).toEqual({ trusted: 0, script: ['input failed'] });
  });
});
