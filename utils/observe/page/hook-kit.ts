// What every write hook shares: guarded reads of page objects through the built-ins captured at document_start, and
// the proxy wrapper that reports after the original ran. Bundled into the main-world script like the hooks.
import type { Disguise } from './disguise.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
export type Fn = (...args: never[]) => unknown;
export type After = (self: unknown, args: unknown[], result: unknown) => void;
const isFn = (x: unknown): x is Fn => typeof x === 'function';

export interface HookKit {
  now(): number;
  cap(s: string, n: number): string;
  /** DOMString conversion of primitives only: converting an object would run page code (toString) a second time. */
  text(v: unknown): string | undefined;
  arg(args: ArrayLike<unknown>, i: number): unknown;
  /** An accessor's getter, from the prototype or the nearest ancestor that defines it. */
  getter(proto: object | undefined, name: string): Fn | undefined;
  /** The object on `start`'s prototype chain that has `name` as an own property. */
  findOwner(start: unknown, name: string): object | undefined;
  /** An own data property only: a getter or an inherited one would run (or be chosen by) page code. */
  own(o: unknown, k: string): unknown;
  /** Proxies keep name, length and `this`, the disguise the original's toString; its exceptions pass untouched. */
  wrap(orig: Fn, after: After): Fn;
  /** Replaces `owner[name]` (a configurable method) with its wrapper; leaves it alone when anything is odd. */
  hookMethod(owner: object | undefined, name: string, after: After): void;
  /** The function every wrapper's report runs under: a stack taken below it starts at the page's caller. */
  below: Fn;
}
interface Handler {
  apply(this: Handler, target: Fn, self: unknown, args: unknown[]): unknown;
  after: After;
}

export function makeHookKit(win: Win, i: Intrinsics, disguise: Disguise): HookKit {
  const { apply, getDesc, defineProp, getProto, setProto, ProxyCtor, DateCtor, dateNow, StringCtor, strSlice } = i;
  const getter = (proto: object | undefined, name: string): Fn | undefined => {
    try {
      let o: unknown = proto;
      for (let n = 0; n < 10 && typeof o === 'object' && o !== null; n++) {
        const g = getDesc(o, name)?.get;
        if (g) return g;
        o = getProto(o);
      }
    } catch {
      /* not available */
    }
    return undefined;
  };
  const findOwner = (start: unknown, name: string): object | undefined => {
    let o: unknown = start;
    for (let n = 0; n < 20 && typeof o === 'object' && o !== null; n++) {
      if (getDesc(o, name)) return o;
      o = getProto(o);
    }
    return undefined;
  };
  /** The one apply trap of every wrapper (`this` is its handler): a single function for the tracer to start below. */
  const trap = function (this: Handler, target: Fn, self: unknown, args: unknown[]): unknown {
    const result: unknown = apply(target, self, args);
    try {
      this.after(self, args, result);
    } catch {
      /* reporting must never break the page */
    }
    return result;
  };
  const wrap = (orig: Fn, after: After): Fn => {
    const handler: Handler = { apply: trap, after };
    setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
    const proxy = new ProxyCtor(orig, handler as ProxyHandler<Fn>);
    disguise.register(proxy, orig);
    return proxy;
  };
  return {
    now: () => apply(dateNow, DateCtor, []),
    cap: (s, n) => (s.length > n ? apply(strSlice, s, [0, n]) : s),
    text: (v) => {
      if (typeof v === 'string') return v;
      if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return StringCtor(v);
      return undefined;
    },
    arg: (args, n) => (n < args.length ? args[n] : undefined),
    getter,
    findOwner,
    below: trap as Fn,
    own: (o, k) => (typeof o === 'object' && o ? getDesc(o, k)?.value : undefined),
    wrap,
    hookMethod(owner, name, after) {
      try {
        const d = owner ? getDesc(owner, name) : undefined;
        const orig: unknown = d?.value;
        if (!owner || !d || !isFn(orig) || !d.configurable) return;
        defineProp(owner, name, {
          value: wrap(orig, after),
          writable: d.writable,
          enumerable: d.enumerable,
          configurable: true,
        });
      } catch {
        /* leave this API unhooked */
      }
    },
  };
}
