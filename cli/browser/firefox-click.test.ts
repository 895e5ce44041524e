import { describe, expect, it } from 'vitest';
import { takeReportedClicks } from './firefox-click.ts';

const on = (): Promise<unknown> => Promise.resolve({ landed: 'on', retried: false });
const NONE = { elsewhere: 0, retried: 0, unseen: 0, gone: 0 };

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
      on,
      1,
    );
    await new Promise((res) => setTimeout(res, 30));
    const done = await r.done();
    expect(clicked).toEqual(['10,20', '3,4']);
    expect(done.clicks).toEqual({ trusted: 2, script: ['covered'] });
    expect(done.landings).toEqual(NONE);
    expect(asked.at(-1)).toBe(true);
    expect(asked.filter((s) => s)).toHaveLength(1);
  });

  it('counts a click the browser refused as a script click, not a trusted one', async () => {
    const r = takeReportedClicks(
      (stop) => Promise.resolve(stop ? { at: [{ x: 1, y: 1 }] } : { at: [] }),
      () => Promise.reject(new Error('no input')),
      on,
      1,
    );
    expect(await r.done()).toEqual({ clicks: { trusted: 0, script: ['input failed'] }, landings: NONE });
  });

  it('flush: the points the worker has are clicked when it resolves, after a click the loop has in flight', async () => {
    const points: unknown[][] = [[{ x: 1, y: 1 }], [{ x: 2, y: 2 }]];
    const log: string[] = [];
    let release = (): void => {};
    const r = takeReportedClicks(
      () => Promise.resolve({ at: points.shift() ?? [] }),
      (x) => {
        log.push(`click ${x}`);
        // The first click's input round trip is slow: a flush must wait for it too.
        return x === 1 ? new Promise<void>((res) => (release = res)) : Promise.resolve();
      },
      on,
      60_000,
    );
    await new Promise((res) => setTimeout(res, 10));
    let flushed = false;
    const f = r.flush().then(() => void (flushed = true));
    await new Promise((res) => setTimeout(res, 10));
    expect([log, flushed]).toEqual([['click 1'], false]);
    release();
    await f;
    expect(log).toEqual(['click 1', 'click 2']);
    expect((await r.done()).clicks).toEqual({ trusted: 2, script: [] });
  });

  it('clicks no point once the document may be another (moved says why): the reason is counted instead', async () => {
    let navigated = false;
    const clicked: number[] = [];
    const points: unknown[][] = [
      [
        { x: 1, y: 1 },
        { x: 3, y: 3 },
      ],
    ];
    const r = takeReportedClicks(
      () => Promise.resolve({ at: points.shift() ?? [] }),
      (x) => {
        clicked.push(x);
        // The first click navigates the page: the second point was measured in the document that is gone.
        navigated = true;
        return Promise.resolve();
      },
      on,
      60_000,
      () => (navigated ? 'not clicked: the page navigated first' : null),
    );
    await r.flush();
    expect(clicked).toEqual([1]);
    expect((await r.done()).clicks).toEqual({ trusted: 1, script: ['not clicked: the page navigated first'] });
  });

  it('asks where each click landed, after it: elsewhere (retried or not), unseen and gone are counted apart', async () => {
    const answers: unknown[] = [
      { landed: 'elsewhere', retried: true },
      { landed: 'elsewhere', retried: false },
      { landed: 'unseen', retried: false },
      { landed: 'gone', retried: false },
      // A reply that is none (the worker's answer lost): not known, so gone.
      'nonsense',
      { landed: 'on', retried: true },
    ];
    const log: string[] = [];
    const r = takeReportedClicks(
      (stop) => Promise.resolve(stop ? { at: answers.map((_, i) => ({ x: i, y: 0 })) } : { at: [] }),
      (x) => (log.push(`click ${x}`), Promise.resolve()),
      () => (log.push('asked'), Promise.resolve(answers.shift())),
      60_000,
    );
    const done = await r.done();
    expect(log.slice(0, 4)).toEqual(['click 0', 'asked', 'click 1', 'asked']);
    expect(done.clicks).toEqual({ trusted: 6, script: [] });
    expect(done.landings).toEqual({ elsewhere: 2, retried: 1, unseen: 1, gone: 2 });
  });

  it('a click not made is asked for (the content script moves on to its next point) but not counted', async () => {
    let asked = 0;
    const r = takeReportedClicks(
      (stop) => Promise.resolve(stop ? { at: [{ x: 1, y: 1 }] } : { at: [] }),
      () => Promise.reject(new Error('no input')),
      () => (asked++, Promise.resolve({ landed: 'unseen', retried: false })),
      60_000,
    );
    expect((await r.done()).landings).toEqual(NONE);
    expect(asked).toBe(1);
  });
});
