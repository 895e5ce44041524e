// Our wrappers must look like the functions they replace: a page that compares `toString` output, `name` or `length`
// with the native ones would otherwise know it is being audited and could hide its trackers (#15 item 8).
import type { Intrinsics } from './intrinsics.ts';

type Fn = (...args: never[]) => unknown;

export interface Disguise {
  /** From now on `wrapper` answers `Function.prototype.toString` exactly as `original` does. */
  register(wrapper: object, original: object): void;
}

/** What `Function.prototype.toString` is read from and replaced on. */
export interface DisguiseWindow {
  readonly Function?: FunctionConstructor;
}

// One per window: every installer shares the same table and the same replacement toString.
const perWindow = new WeakMap<object, Disguise>();

/**
 * The window's disguise: on first use, replaces
 * `Function.prototype.toString` with a proxy that answers for our wrappers.
 */
export function disguiseFor(win: DisguiseWindow, i: Intrinsics): Disguise {
  const known = perWindow.get(win);
  if (known) return known;
  const { apply, getDesc, defineProp, setProto, ProxyCtor, WeakMapCtor } = i;
  const fnProto = win.Function?.prototype;
  const origToString = i.fnToString;
  if (!WeakMapCtor || !fnProto || !origToString) {
    const none: Disguise = { register: () => undefined };
    perWindow.set(win, none);
    return none;
  }
  const originals = new WeakMapCtor<object, object>();
  // Captured: the page may replace WeakMap.prototype's methods later.
  const mapGet = WeakMapCtor.prototype.get;
  const mapSet = WeakMapCtor.prototype.set;
  const originalOf = (f: unknown): unknown => {
    if ((typeof f !== 'function' && typeof f !== 'object') || f === null) return f;
    const o: unknown = apply(mapGet, originals, [f]);
    return o === undefined ? f : o;
  };
  const handler: ProxyHandler<Fn> = {
    // The original toString does the work, so non-functions still throw its own TypeError.
    apply: (target, self: unknown, args: unknown[]): unknown => apply(target, originalOf(self), args),
  };
  setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
  const disguise: Disguise = {
    register(wrapper, original) {
      try {
        apply(mapSet, originals, [wrapper, originalOf(original)]);
      } catch {
        /* keeps its proxy look */
      }
    },
  };
  try {
    const d = getDesc(fnProto, 'toString');
    if (d && d.configurable && typeof d.value === 'function') {
      const replacement = new ProxyCtor(origToString, handler);
      disguise.register(replacement, origToString);
      defineProp(fnProto, 'toString', {
        value: replacement,
        writable: d.writable,
        enumerable: d.enumerable,
        configurable: true,
      });
    }
  } catch {
    /* toString stays the page's: wrappers then look like bare proxies */
  }
  perWindow.set(win, disguise);
  return disguise;
}
