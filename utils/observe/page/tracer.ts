// Stacks of the page's callers, taken at each hooked write and formatted only when the report crosses the bridge.
// The page shares this world and may poison stacks: pollute
// Object.prototype.stack, lock Error.stackTraceLimit, install its
// own Error.prepareStackTrace, or name its code with `//#
// sourceURL=`. In V8 we format the frames ourselves from the engine's
// call sites (methods captured before the page runs), which
// tells a real script URL from a name the page gave; elsewhere
// the engine's text is kept and said to be unverified.
import { MAX_STACK, type StackKind, type Trace } from './contract.ts';
import { captureIntrinsics, type Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
export interface Formatted {
  stack: string;
  /** How far the text can be trusted: see StackKind. */
  kind: StackKind;
}
export interface Tracer {
  /**
   * The caller's stack, for formatting later. In V8, given the function our hooks run under, the stack starts below it
   * (Error.captureStackTrace): our own frames are neither taken nor formatted, only the page's.
   */
  capture(below?: Fn): Trace | undefined;
  format(trace: Trace): Formatted;
  /**
   * Runs `fn` with our formatter installed once for all the traces it formats: changing Error.prepareStackTrace is the
   * costly part in V8 (about 0.2 ms each time), so a crossing of 1,000 writes pays it once, not 1,000 times.
   */
  batch<T>(fn: () => T): T;
}
type Fn = (...args: never[]) => unknown;
/** The V8 CallSite methods we use, taken from a call site of our own before the page could change their prototype. */
interface SiteMethods {
  file: Fn;
  isEval: Fn;
  evalOrigin: Fn;
  nameOrUrl: Fn;
}
/** Marks a frame whose name came from the page's `//# sourceURL=` comment (stack.ts reads it). */
export const NAMED_BY_PAGE = 'named-by-page';
/**
 * A frame's line and column as we write them: never asked for, since V8 computes them by scanning the frame's script
 * (most of a crossing's cost) and attribution keeps only the script (stack.ts). No real line is 0.
 */
export const NO_POSITION = '0:0';
const WEB: readonly string[] = ['https:', 'http:', 'blob:', 'data:', 'file:'];

/**
 * An own property's descriptor whose missing fields read as undefined: inherited ones would come from the page's
 * Object.prototype (a `get` there makes a data property look like an accessor, and a getter would run in our hook).
 */
function ownDesc(i: Intrinsics, o: object, name: string): PropertyDescriptor | undefined {
  const d = i.getDesc(o, name);
  if (d) i.setProto(d, null);
  return d;
}

/** Data value of an own property, never running a getter of the page. */
function dataOf(i: Intrinsics, o: object, name: string): { present: boolean; value?: unknown; writable: boolean } {
  const d = ownDesc(i, o, name);
  if (!d) return { present: false, writable: true };
  if (d.get || d.set) return { present: true, writable: false }; // an accessor of the page: not ours to call
  return { present: true, value: d.value, writable: d.writable === true };
}

export function makeTracer(win: Win, i: Intrinsics = captureIntrinsics(win)): Tracer {
  const { apply, reflectSet, reflectGet, deleteProp, getDesc, getProto, create, stackGetter, strSlice, strIndexOf } = i;
  const captureStack = stackGetter ? undefined : i.captureStack;
  const E = i.ErrorCtor ?? win.Error;
  const cap = (s: string): string => (s.length > MAX_STACK ? apply(strSlice, s, [0, MAX_STACK]) : s);

  // V8 only (SpiderMonkey has a `stack` getter on Error.prototype and ignores prepareStackTrace).
  let sites: SiteMethods | undefined;
  let formatted = false;
  /** A page's script location (an eval origin holds one after 'eval at '). */
  const webUrl = (s: string, inside: boolean): boolean => {
    for (let k = 0; k < WEB.length; k++) {
      const at = apply(strIndexOf, s, [WEB[k]]);
      if (at === 0 || (inside && at > 0)) return true;
    }
    return false;
  };
  const callsites = (_e: unknown, frames: unknown): string => {
    formatted = true;
    const m = sites;
    if (!m || typeof frames !== 'object' || frames === null) return '';
    let out = '';
    const n = reflectGet(frames, 'length');
    for (let k = 0; typeof n === 'number' && k < n && k < 100; k++) {
      const f: unknown = reflectGet(frames, k);
      if (typeof f !== 'object' || f === null) continue;
      const line = NO_POSITION;
      const file: unknown = apply(m.file, f, []);
      const shown: unknown = apply(m.nameOrUrl, f, []);
      if (apply(m.isEval, f, []) === true && (typeof shown !== 'string' || shown === '')) {
        // Unnamed eval (or Function) code: the script that called eval is the writer.
        const origin: unknown = apply(m.evalOrigin, f, []);
        if (typeof origin !== 'string') continue;
        out += '\n    at eval (' + origin + ', <anonymous>:' + line + ')';
        if (webUrl(origin, true)) break;
        continue;
      }
      if (typeof shown !== 'string' || shown === '') continue; // native or anonymous
      out +=
        typeof file === 'string' && file === shown
          ? '\n    at ' + file + ':' + line
          : '\n    at ' + NAMED_BY_PAGE + ' (' + shown + ':' + line + ')';
      // The first web script is the caller (ours are extension URLs): the frames below it are not worth formatting.
      if (webUrl(shown, false)) break;
    }
    return 'Error' + out;
  };
  if (!stackGetter) {
    // One call site of ours, formatted now: its prototype's methods are still the engine's.
    const had = dataOf(i, E, 'prepareStackTrace');
    try {
      if (!had.present || had.writable) {
        reflectSet(E, 'prepareStackTrace', (_e: unknown, frames: unknown): string => {
          const f: unknown = typeof frames === 'object' && frames !== null ? reflectGet(frames, 0) : undefined;
          const proto: unknown = typeof f === 'object' && f !== null ? getProto(f) : undefined;
          const get = (name: string): Fn | undefined => {
            const v: unknown = typeof proto === 'object' && proto !== null ? getDesc(proto, name)?.value : undefined;
            return typeof v === 'function' ? (v as Fn) : undefined;
          };
          const file = get('getFileName');
          const isEval = get('isEval');
          const evalOrigin = get('getEvalOrigin');
          const nameOrUrl = get('getScriptNameOrSourceURL');
          if (file && isEval && evalOrigin && nameOrUrl) sites = { file, isEval, evalOrigin, nameOrUrl };
          return '';
        });
        reflectGet(new E(), 'stack'); // formats now
      }
    } catch {
      /* no call sites: the engine's text is used */
    } finally {
      try {
        if (!had.present) deleteProp(E, 'prepareStackTrace');
        else if (had.writable) reflectSet(E, 'prepareStackTrace', had.value);
      } catch {
        /* nothing to restore */
      }
    }
  }

  let inBatch = false;
  let ours = false; // our formatter is installed for this batch
  let pageOwned = false;
  /** One trace's text, inside a batch (our formatter installed when it could be). */
  const read = (trace: Trace): Formatted => {
    formatted = false;
    try {
      // An own property only: a missing stack (a non-number limit) must not fall through to Object.prototype.stack.
      const s: unknown = getDesc(trace, 'stack') ? reflectGet(trace, 'stack') : '';
      const kind: StackKind = formatted ? 'callsites' : pageOwned ? 'page' : 'engine';
      return { stack: typeof s === 'string' ? cap(s) : '', kind };
    } catch {
      return { stack: '', kind: 'page' };
    }
  };
  const batch = <T>(fn: () => T): T => {
    if (stackGetter || inBatch) return fn();
    const had = dataOf(i, E, 'prepareStackTrace');
    ours = sites !== undefined && (!had.present || had.writable);
    pageOwned = had.present && (!had.writable || had.value !== undefined);
    inBatch = true;
    try {
      if (ours) reflectSet(E, 'prepareStackTrace', callsites);
      return fn();
    } finally {
      inBatch = false;
      try {
        if (ours) {
          if (!had.present) deleteProp(E, 'prepareStackTrace');
          else reflectSet(E, 'prepareStackTrace', had.value);
        }
      } catch {
        /* nothing to restore */
      }
    }
  };
  return {
    capture(below?: Fn): Trace | undefined {
      let limit: unknown;
      let swapLimit = false;
      try {
        // Changing the limit is costly in V8 (~0.2 ms a write): only when a page lowered it below the default of 10.
        // The descriptor read as dataOf reads it, without its object: this runs at every hooked write.
        const d = ownDesc(i, E, 'stackTraceLimit');
        if (d && !d.get && !d.set && d.writable === true && typeof d.value === 'number' && d.value < 10) {
          limit = d.value;
          reflectSet(E, 'stackTraceLimit', 10);
          swapLimit = true;
        }
      } catch {
        /* a locked property: use what we get */
      }
      try {
        if (!below || !captureStack) return new E();
        const trace: object = create(null);
        apply(captureStack, E, [trace, below]);
        return trace;
      } catch {
        return undefined;
      } finally {
        try {
          if (swapLimit) reflectSet(E, 'stackTraceLimit', limit);
        } catch {
          /* nothing to restore */
        }
      }
    },
    format(trace: Trace): Formatted {
      if (stackGetter) {
        // SpiderMonkey: the engine's own getter, captured; its text honours //# sourceURL, so a name may be the page's.
        try {
          const s: unknown = apply(stackGetter, trace, []);
          return { stack: typeof s === 'string' ? cap(s) : '', kind: 'engine' };
        } catch {
          return { stack: '', kind: 'engine' };
        }
      }
      return inBatch ? read(trace) : batch(() => read(trace));
    },
    batch,
  };
}
