// What every consent probe shares: guarded reads of page objects, capped strings, a guarded call into page code and a
// per-kind event budget. Every object the probes read belongs to the page, so nothing here may throw or trust a getter.
import type { Emit } from './contract.ts';
import type { Intrinsics, IntrinsicWindow } from './intrinsics.ts';

/** A hostile page must not turn us into a flood. */
const MAX_EVENTS_PER_KIND = 200;

/** What the probes use of a window (the parent is only compared and messaged). */
export type ProbeWindow = IntrinsicWindow & {
  readonly parent?: unknown;
  readonly document?: Document;
  readonly MutationObserver?: typeof MutationObserver;
};
export type Fn = (...args: never[]) => unknown;
export const isFn = (x: unknown): x is Fn => typeof x === 'function';
export type ProbeKind = 'page-tcf' | 'page-gpp' | 'page-consent-mode' | 'page-cmp';

export interface ProbeKit {
  now(): number;
  cap(s: string, n: number): string;
  quote(s: string): string;
  /** A property read that may run page code (getters, proxies): never throws. */
  read(o: unknown, k: string | number): unknown;
  isObj(x: unknown): x is object;
  isCount(x: unknown): x is number;
  /** Calls a page function; whatever it throws stays with it. */
  callPage(fn: Fn, self: unknown, args: unknown[]): unknown;
  send(kind: ProbeKind, ev: Readonly<Record<string, string | number | boolean>>): void;
  /** A callback handed to page code: whatever it is called with, it never throws back into the page. */
  guarded(f: (a: unknown, b: unknown) => void): (a?: unknown, b?: unknown) => void;
}

export function makeProbeKit(emit: Emit, i: Intrinsics): ProbeKit {
  const { apply, reflectGet, JSONObj, stringify, DateCtor, dateNow, strSlice } = i;
  const counts: Record<string, number> = { 'page-tcf': 0, 'page-gpp': 0, 'page-consent-mode': 0, 'page-cmp': 0 };
  return {
    now: () => apply(dateNow, DateCtor, []),
    cap: (s, n) => (s.length > n ? apply(strSlice, s, [0, n]) : s),
    quote: (s) => apply(stringify, JSONObj, [s]),
    read(o, k) {
      if ((typeof o !== 'object' && typeof o !== 'function') || o === null) return undefined;
      try {
        return reflectGet(o, k);
      } catch {
        return undefined;
      }
    },
    isObj: (x): x is object => typeof x === 'object' && x !== null,
    isCount: (x): x is number => typeof x === 'number' && x >= 0 && x <= 0xffffff && x % 1 === 0,
    callPage(fn, self, args) {
      try {
        return apply(fn, self, args);
      } catch {
        return undefined;
      }
    },
    send(kind, ev) {
      const n = counts[kind] ?? 0;
      if (n >= MAX_EVENTS_PER_KIND) return;
      counts[kind] = n + 1;
      emit(ev);
    },
    guarded:
      (f) =>
      (a?: unknown, b?: unknown): void => {
        try {
          f(a, b);
        } catch {
          /* page garbage */
        }
      },
  };
}
