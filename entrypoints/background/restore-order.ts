// A restarted worker's restores, as one list run in its order after the one start-up read (early-read.ts): each step
// takes session storage as that read found it. Browser-free, so that the order is tested (test/unit/restore-order).

export type Stored = Record<string, unknown>;

/** Runs once, after every step before it; a returned promise is awaited before the next step. */
export type RestoreRun = (all: Stored) => void | Promise<void>;

/**
 * The order (README "What the worker keeps, and what a stop does to it"):
 * - prerenders before any request or commit is read (a request may be the first of a shown prerender);
 * - then the events that waited for them, in order: their claims are made before the stored ones are back, so that
 *   those made since the start stay the newest;
 * - the cookie router's claims and the changes it delivered before its held changes: a held change placed at the
 *   restore goes to its claimant, and is kept for a late claim after the older ones;
 * - then the answer in flight and the form tests, which read the tabs' records (restored before any step).
 */
export const RESTORE_ORDER = [
  'prerenders',
  'events',
  'cookie-claims',
  'recent-cookies',
  'held-cookies',
  'answers',
  'form-tests',
] as const;
export type RestoreName = (typeof RESTORE_ORDER)[number];

export interface RestoreOrder<Name extends string> {
  /** Resolves once `name` and every step before it ran (failed or not); never rejects. */
  after(name: Name): Promise<void>;
}

/**
 * Runs `steps` in `order` once `read` is in (with `{}` if it failed: each step then restores nothing). A step that
 * throws is reported to `failed` and the next one runs: one lost restore must not keep the others (or the events)
 * waiting. Steps that return nothing run in one go, with no other callback in between.
 */
export function runRestores<Name extends string = RestoreName>(
  read: Promise<Stored>,
  steps: Readonly<Record<Name, RestoreRun>>,
  failed: (name: Name, e: unknown) => void,
  order: readonly Name[] = RESTORE_ORDER as unknown as readonly Name[],
): RestoreOrder<Name> {
  const done = new Map<Name, () => void>();
  const promises = new Map<Name, Promise<void>>();
  for (const name of order) promises.set(name, new Promise<void>((resolve) => done.set(name, resolve)));
  const run = async (all: Stored): Promise<void> => {
    for (const name of order) {
      try {
        const p = steps[name](all);
        if (p) await p;
      } catch (e) {
        failed(name, e);
      }
      done.get(name)?.();
    }
  };
  void read.then(run, () => run({}));
  return {
    after(name) {
      const p = promises.get(name);
      if (!p) throw new Error(`no restore step named ${name}`);
      return p;
    },
  };
}
