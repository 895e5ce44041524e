// Stacks of the page's callers, taken at each hooked write and formatted only when the report crosses the bridge.
import { MAX_STACK, type Trace } from './contract.ts';
import { captureIntrinsics, type Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
export interface Tracer {
  capture(): Trace | undefined;
  format(trace: Trace): string;
}

/**
 * Stacks of the page's callers, with built-ins captured now. A page that shortens or rewrites stacks must not hide the caller:
 * the limit is raised for the capture, `prepareStackTrace` is set aside for the formatting (V8 consults it then).
 */
export function makeTracer(win: Win, i: Intrinsics = captureIntrinsics(win)): Tracer {
  const { apply, reflectSet, reflectGet, stackGetter, strSlice } = i;
  const ErrorCtor = i.ErrorCtor ?? win.Error;
  return {
    capture(): Trace | undefined {
      const E = ErrorCtor;
      let limit: number | undefined;
      let swapLimit = false;
      try {
        // Only where the engine has it (V8). Changing the limit is costly in V8 (~0.2 ms a write): only when a page lowered
        // it below the default of 10.
        if (typeof E.stackTraceLimit === 'number' && E.stackTraceLimit < 10) { limit = E.stackTraceLimit; E.stackTraceLimit = 10; swapLimit = true; }
      } catch { /* a locked property: use what we get */ }
      try {
        return new E();
      } catch {
        return undefined;
      } finally {
        try {
          if (swapLimit && limit !== undefined) E.stackTraceLimit = limit;
        } catch { /* nothing to restore */ }
      }
    },
    format(trace: Trace): string {
      const E = ErrorCtor;
      let prepare: unknown;
      let swapPrepare = false;
      try {
        if (E.prepareStackTrace !== undefined) { prepare = E.prepareStackTrace; reflectSet(E, 'prepareStackTrace', undefined); swapPrepare = true; }
      } catch { /* a locked property: use what we get */ }
      try {
        const s: unknown = stackGetter ? apply(stackGetter, trace, []) : reflectGet(trace, 'stack');
        return typeof s === 'string' ? (s.length > MAX_STACK ? apply(strSlice, s, [0, MAX_STACK]) : s) : '';
      } catch {
        return '';
      } finally {
        try {
          if (swapPrepare) reflectSet(E, 'prepareStackTrace', prepare);
        } catch { /* nothing to restore */ }
      }
    },
  };
}
