// The worker's restores run in their stated order after the one start-up read, each once, a failing one not stopping
// the rest; the order itself keeps the constraints entrypoints/background/index.ts relies on.
import { describe, expect, it } from 'vitest';
import {
  RESTORE_ORDER,
  runRestores,
  type RestoreName,
  type Stored,
} from '../../entrypoints/background/restore-order.ts';

/** Steps that log their name and what they read; `fail` throws, `slow` resolves a turn later. */
function logging(log: string[], o: { fail?: RestoreName; slow?: RestoreName } = {}) {
  const steps = {} as Record<RestoreName, (all: Stored) => void | Promise<void>>;
  for (const name of RESTORE_ORDER)
    steps[name] = (all) => {
      log.push(`${name}:${String(all.k)}`);
      if (name === o.fail) throw new Error('broken');
      if (name === o.slow) return new Promise((r) => setTimeout(r, 0)).then(() => void log.push(`${name} done`));
    };
  return steps;
}

describe('runRestores', () => {
  it('runs every step once, in RESTORE_ORDER, after the read, each with what it found', async () => {
    const log: string[] = [];
    let give: (all: Stored) => void = () => {};
    const order = runRestores(new Promise<Stored>((r) => (give = r)), logging(log), () => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual([]);
    give({ k: 1 });
    await order.after('form-tests');
    expect(log).toEqual(RESTORE_ORDER.map((n) => `${n}:1`));
  });

  it('a step that returns a promise holds the next ones until it settles; `after` resolves at its step', async () => {
    const log: string[] = [];
    const order = runRestores(Promise.resolve({ k: 2 }), logging(log, { slow: 'prerenders' }), () => {});
    await new Promise((r) => setTimeout(r, 0));
    await order.after('events');
    expect(log.slice(0, 3)).toEqual(['prerenders:2', 'prerenders done', 'events:2']);
  });

  it('a failing step is reported and the rest still run; a failed read restores nothing but releases every step', async () => {
    const log: string[] = [];
    const failed: string[] = [];
    const order = runRestores(Promise.resolve({ k: 3 }), logging(log, { fail: 'cookie-claims' }), (n) => {
      failed.push(n);
    });
    await order.after('form-tests');
    expect(failed).toEqual(['cookie-claims']);
    expect(log).toHaveLength(RESTORE_ORDER.length);

    const log2: string[] = [];
    const order2 = runRestores(Promise.reject(new Error('no read')), logging(log2), () => {});
    await order2.after('held-cookies');
    expect(log2.slice(0, 5)).toEqual(RESTORE_ORDER.slice(0, 5).map((n) => `${n}:undefined`));
  });

  it('keeps the order the worker relies on', () => {
    const at = (n: RestoreName): number => RESTORE_ORDER.indexOf(n);
    // Events wait for the prerenders, and their claims are made before the stored ones come back.
    expect(at('prerenders')).toBeLessThan(at('events'));
    expect(at('events')).toBeLessThan(at('cookie-claims'));
    // A held change placed at the restore needs the claims; it is then remembered after the older delivered ones.
    expect(at('cookie-claims')).toBeLessThan(at('held-cookies'));
    expect(at('recent-cookies')).toBeLessThan(at('held-cookies'));
  });
});
