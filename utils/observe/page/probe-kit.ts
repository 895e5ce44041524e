// What every consent probe shares: guarded reads of page objects, capped strings, calls into page code from a clean
// stack and a per-kind event budget. Every object the probes read belongs to the page, so nothing here may throw or
// trust a getter, and no page code may run with our frames below it: a page function or getter that looks at
// `new Error().stack` would find our chrome-extension:// / moz-extension:// frames there and could cloak (#15 item 8).
// So page code runs from promise jobs the engine starts, through native functions only (a bound Reflect.apply, a bound
// JSON.stringify that takes a copy of a page object), and we read the outcome in the job after.
import type { Emit } from './contract.ts';
import type { Intrinsics, IntrinsicWindow } from './intrinsics.ts';

/** A hostile page must not turn us into a flood. */
const MAX_EVENTS_PER_KIND = 200;
/** A copy of a page object longer than this (JSON characters) is not read: consent data is far smaller. */
export const MAX_SNAPSHOT = 1_000_000;

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
  /** A property read of a browser object (a WindowProxy): may run page code, so never for objects the page made. */
  read(o: unknown, k: string | number): unknown;
  /** An own data property (our copies of page objects): never runs page code, never follows the prototype. */
  own(o: unknown, k: string | number): unknown;
  isObj(x: unknown): x is object;
  isCount(x: unknown): x is number;
  /**
   * Calls a page function from a clean stack, later (a promise job); `done` gets what it returned (not if it threw).
   */
  callPage(fn: Fn, self: unknown, args: unknown[], done?: (result: unknown) => void): void;
  /** A JSON copy of a page value, taken from a clean stack (getters and toJSON run under JSON.stringify only). */
  snapshot(value: unknown, done: (copy: unknown) => void): void;
  /** Runs our own `f` once the current script is done (a promise job). */
  soon(f: () => void): void;
  /** `win[name]` as an own property: a data value now, an accessor's value from a clean stack later. */
  global(win: object, name: string, use: (value: unknown) => void): void;
  send(kind: ProbeKind, ev: Readonly<Record<string, string | number | boolean>>): void;
  /** A callback handed to page code: whatever it is called with, it never throws back into the page. */
  guarded(f: (a: unknown, b: unknown) => void): (a?: unknown, b?: unknown) => void;
}

export function makeProbeKit(emit: Emit, i: Intrinsics): ProbeKit {
  const { apply, reflectGet, getDesc, defineProp, JSONObj, stringify, parse, DateCtor, dateNow, strSlice } = i;
  const { bind, PromiseCtor, promiseResolve, promiseThen } = i;
  const counts: Record<string, number> = { 'page-tcf': 0, 'page-gpp': 0, 'page-consent-mode': 0, 'page-cmp': 0 };
  const ignore = (): void => {};
  /** `then` on our own promise: its own `constructor` is undefined, so no species getter of the page is looked up. */
  const then = (p: unknown, ok: Fn, fail: Fn): unknown => {
    defineProp(p, 'constructor', { value: undefined });
    return apply(promiseThen as Fn, p, [ok, fail]);
  };
  /** Runs `task` (a bound native) as a promise job: the engine calls it with no script frame below. */
  const job = (task: Fn, done?: (v: unknown) => void): void => {
    if (!PromiseCtor || !promiseResolve || !promiseThen) return; // no clean way to call page code: we do not call it
    try {
      const after = then(apply(promiseResolve, PromiseCtor, [undefined]), task, ignore as Fn);
      // A rejection is handled (a page watching `unhandledrejection` must not see ours); `done` never throws.
      then(
        after,
        ((v: unknown) => {
          try {
            done?.(v);
          } catch {
            /* page garbage */
          }
        }) as Fn,
        ignore as Fn,
      );
    } catch {
      /* not called */
    }
  };
  /** Reflect.apply(fn, self, args) as a function of no arguments (no spread: the page may replace the iterator). */
  const call = (fn: unknown, self: unknown, args: unknown[]): Fn =>
    apply(bind as Fn, apply, [undefined, fn, self, args]) as Fn;
  /** The own descriptor's value, without reading a key the page may have put on Object.prototype. */
  const dataOf = (d: PropertyDescriptor | undefined): { value: unknown } | undefined =>
    d === undefined ? undefined : (getDesc(d, 'value') as { value: unknown } | undefined);
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
    own(o, k) {
      if ((typeof o !== 'object' && typeof o !== 'function') || o === null) return undefined;
      try {
        return dataOf(getDesc(o, k))?.value;
      } catch {
        return undefined;
      }
    },
    isObj: (x): x is object => typeof x === 'object' && x !== null,
    isCount: (x): x is number => typeof x === 'number' && x >= 0 && x <= 0xffffff && x % 1 === 0,
    callPage(fn, self, args, done) {
      // Reflect.apply bound to the call: the job's own argument (undefined) is one past what it reads.
      if (bind) job(call(fn, self, args), done);
    },
    snapshot(value, done) {
      if (!bind) return;
      // JSON.stringify(value, undefined): the job's argument lands in the replacer's place.
      job(apply(bind, stringify, [JSONObj, value]) as Fn, (json) => {
        if (typeof json !== 'string' || json.length > MAX_SNAPSHOT) return;
        done(apply(parse, JSONObj, [json]));
      });
    },
    soon(f) {
      job(f as Fn);
    },
    global(win, name, use) {
      let d: PropertyDescriptor | undefined;
      try {
        d = getDesc(win, name);
      } catch {
        return;
      }
      const data = dataOf(d);
      if (d === undefined || data) return use(data?.value);
      const get = getDesc(d, 'get')?.value as unknown;
      if (typeof get === 'function' && bind) job(call(get, win, []), use);
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
