// Issue 15.5: a page that shares our world cannot choose or hide the script a write is attributed to.
// Each test runs page code in its own V8 realm (node:vm), as a page runs in its own window.
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { captureIntrinsics } from './intrinsics.ts';
import { attributeStack } from './stack.ts';
import { makeTracer } from './tracer.ts';

type Win = Window & typeof globalThis;
const PAGE = 'https://www.shop.example/';
const TRACKER = 'https://cdn.tracker.example/t.js';
const HERE = decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/[^/]*$/, ''));

/** A fresh realm with a tracer installed "at document_start"; `write()` in the page takes a trace as a hooked write does. */
function realm(
  below = false,
  setup = '',
  deferred = false,
): {
  run: (code: string, filename?: string) => unknown;
  attribute: () => { script?: string; attribution: string };
  stack: () => string;
  /** Deferred realms: the traces taken since the last flush, formatted now in one batch, as the bridge's crossing does. */
  flush: () => Array<{ script?: string; attribution: string }>;
} {
  const ctx = createContext({});
  const g = runInContext('globalThis', ctx) as Record<string, unknown>;
  const win = Object.assign(Object.create(null) as object, {
    Object: g.Object,
    Reflect: g.Reflect,
    Array: g.Array,
    Proxy: g.Proxy,
    JSON: g.JSON,
    Date: g.Date,
    String: g.String,
    Math: g.Math,
    Error: g.Error,
    Function: g.Function,
    setTimeout,
    clearTimeout,
    EventTarget,
  }) as unknown as Win;
  if (setup) runInContext(setup, ctx, { filename: PAGE });
  const tracer = makeTracer(win, captureIntrinsics(win));
  let last: ReturnType<typeof attributeStack> = { attribution: 'unknown' };
  let lastStack = '';
  const selfFile = 'chrome-extension://abc/content-scripts/main-world.js';
  // Our hook, as a function of its own file that the page calls.
  // `below`: the stack is taken below the hook's own function, as the hooks take it below their shared trap.
  const hook = runInContext('(capture) => function write() { return capture(write); }', ctx, {
    filename: selfFile,
  }) as (c: (fn: () => unknown) => unknown) => () => unknown;
  const held: Array<object | undefined> = [];
  const attributeOne = (trace: object | undefined): ReturnType<typeof attributeStack> => {
    const f = trace ? tracer.format(trace) : { stack: '', kind: 'page' as const };
    lastStack = f.stack;
    return attributeStack(f.stack, [selfFile, HERE], f.kind); // our modules: one bundled file in a browser
  };
  g.write = hook((fn) => {
    const trace = tracer.capture(below ? fn : undefined);
    if (deferred) held.push(trace);
    else last = attributeOne(trace);
    return undefined;
  });
  return {
    run: (code, filename = PAGE) => runInContext(code, ctx, { filename }),
    attribute: () => last,
    stack: () => lastStack,
    flush: () => tracer.batch(() => held.splice(0).map(attributeOne)),
  };
}

describe('tracer: attribution a page cannot launder or forge', () => {
  it('a plain write from a script is confident', () => {
    const r = realm();
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
  });

  it('//# sourceURL names are kept but marked as named by the page, inline and in eval', () => {
    const r = realm();
    r.run(`write()\n//# sourceURL=${TRACKER}`, PAGE);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'named-by-page' });
    r.run(`eval("write()\\n//# sourceURL=https://www.shop.example/app.js")`, TRACKER);
    expect(r.attribute()).toEqual({ script: 'https://www.shop.example/app.js', attribution: 'named-by-page' });
    // Unnamed eval: the script that called eval.
    r.run('eval("write()")', TRACKER);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
  });

  it('a page prepareStackTrace that forges frames is set aside; a locked one makes the attribution unknown', () => {
    const r = realm();
    r.run(`Error.prepareStackTrace = () => 'Error\\n    at ${PAGE}forged.js:1:1'`, PAGE);
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
    expect(r.run('typeof Error.prepareStackTrace')).toBe('function'); // the page's, put back
    r.run(
      `Object.defineProperty(Error, 'prepareStackTrace', { value: () => 'Error\\n    at ${PAGE}forged.js:1:1', writable: false, configurable: false })`,
    );
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ script: `${PAGE}forged.js`, attribution: 'unknown' });
  });

  it('Error.stackTraceLimit lowered is raised for our capture; locked at 0 or made a non-number, with Object.prototype.stack polluted, leaves no confident caller', () => {
    const r = realm();
    r.run('Error.stackTraceLimit = 0', PAGE);
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
    expect(r.run('Error.stackTraceLimit')).toBe(0);
    r.run(
      `Object.defineProperty(Object.prototype, 'stack', { value: 'Error\\n    at ${PAGE}framed.js:1:1', writable: true, configurable: true })`,
    );
    r.run(`Object.defineProperty(Error, 'stackTraceLimit', { value: 'none', writable: false, configurable: false })`);
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ attribution: 'unknown' });
  });

  it("a descriptor's missing fields are not read from a polluted Object.prototype: no page getter runs in our capture, and a lowered limit is still raised", () => {
    for (const below of [false, true]) {
      const r = realm(below);
      r.run('Error.stackTraceLimit = 0; globalThis.seen = 0', PAGE);
      // A data descriptor has no own get/set: inherited ones would say "accessor" (and a getter would run in our hook).
      r.run(
        `for (const k of ['get', 'set']) Object.defineProperty(Object.prototype, k, { get() { globalThis.seen++; return () => 1; }, configurable: true })`,
        PAGE,
      );
      r.run('write()', TRACKER);
      expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
      expect(r.run('globalThis.seen')).toBe(0);
      expect(r.run('Error.stackTraceLimit')).toBe(0);
    }
  });

  it('locked at 0: no frames, so no caller', () => {
    const r = realm();
    r.run(`Object.defineProperty(Error, 'stackTraceLimit', { value: 0, writable: false, configurable: false })`);
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ attribution: 'unknown' });
  });

  it('taken below our hook, the stack starts at the page caller (no frame of ours) and attributes the same', () => {
    for (const below of [false, true]) {
      const r = realm(below);
      r.run('write()', TRACKER);
      expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
      expect(r.stack().includes('main-world.js')).toBe(!below);
      r.run(`write()\n//# sourceURL=${TRACKER}`, PAGE);
      expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'named-by-page' });
      r.run('eval("write()")', TRACKER);
      expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
    }
    // A page that replaces captureStackTrace and lowers the limit afterwards changes nothing: ours was taken at the start.
    const r = realm(true);
    r.run('Error.captureStackTrace = () => {}; Error.stackTraceLimit = 0', PAGE);
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
    expect(r.run('Error.stackTraceLimit')).toBe(0);
  });

  it('asks V8 for no line or column (the costly part), and attributes two scripts, an inline one and an eval as before', () => {
    // Counts every position V8 is asked for, on the realm's own CallSite prototype, before the tracer takes its methods.
    const countPositions = `
      Error.prepareStackTrace = (_e, frames) => frames;
      const site = Object.getPrototypeOf(new Error().stack[0]);
      delete Error.prepareStackTrace;
      globalThis.positions = 0;
      for (const name of ['getLineNumber', 'getColumnNumber', 'getEnclosingLineNumber', 'getEnclosingColumnNumber']) {
        const original = site[name];
        site[name] = function () { globalThis.positions++; return original.call(this); };
      }`;
    const OTHER = 'https://cdn.other.example/o.js';
    const r = realm(true, countPositions);
    r.run('write()', TRACKER);
    expect(r.attribute()).toEqual({ script: TRACKER, attribution: 'confident' });
    r.run('write()', OTHER);
    expect(r.attribute()).toEqual({ script: OTHER, attribution: 'confident' });
    r.run('(function inline() { write(); })()', PAGE);
    expect(r.attribute()).toEqual({ script: PAGE, attribution: 'confident' });
    r.run('eval("write()")', OTHER);
    expect(r.attribute()).toEqual({ script: OTHER, attribution: 'confident' });
    expect(r.stack()).toBe(`Error\n    at eval (eval at <anonymous> (${OTHER}:1:1), <anonymous>:0:0)`);
    r.run('write()', TRACKER);
    expect(r.stack()).toBe(`Error\n    at ${TRACKER}:0:0`);
    expect(r.run('positions')).toBe(0);
  });

  it('formatted later, at the crossing: a prepareStackTrace the page sets after its writes is set aside, one it locks makes them unknown', () => {
    const r = realm(true, '', true);
    r.run('write()', TRACKER);
    r.run('(function inline() { write(); })()', PAGE);
    r.run(`Error.prepareStackTrace = () => 'Error\\n    at ${PAGE}forged.js:1:1'`, PAGE);
    expect(r.flush()).toEqual([
      { script: TRACKER, attribution: 'confident' },
      { script: PAGE, attribution: 'confident' },
    ]);
    expect(r.run('Error.prepareStackTrace()')).toBe(`Error\n    at ${PAGE}forged.js:1:1`); // the page's, put back
    r.run('write()', TRACKER);
    r.run(
      `Object.defineProperty(Error, 'prepareStackTrace', { value: () => 'Error\\n    at ${PAGE}locked.js:1:1', writable: false, configurable: false })`,
    );
    expect(r.flush()).toEqual([{ script: `${PAGE}locked.js`, attribution: 'unknown' }]);
  });

  it('a page that calls through 20 of its own frames (and a builtin) is attributed to the innermost script', () => {
    const OTHER = 'https://cdn.other.example/o.js';
    for (const deferred of [false, true]) {
      const r = realm(true, '', deferred);
      r.run('globalThis.deep = (n, f) => (n === 0 ? f() : deep(n - 1, f))', OTHER);
      r.run('deep(20, () => write())', PAGE); // the arrow that writes is the page's own, 21 frames above OTHER's
      r.run('deep(20, write)', TRACKER); // OTHER's innermost frame calls the hook
      r.run('[0].forEach(() => deep(20, write))', PAGE);
      const got = deferred ? r.flush() : [];
      if (!deferred) {
        r.run('deep(20, () => write())', PAGE);
        got.push(r.attribute());
        r.run('deep(20, write)', TRACKER);
        got.push(r.attribute());
        r.run('[0].forEach(() => deep(20, write))', PAGE);
        got.push(r.attribute());
      }
      expect(got).toEqual([
        { script: PAGE, attribution: 'confident' },
        { script: OTHER, attribution: 'confident' },
        { script: OTHER, attribution: 'confident' },
      ]);
    }
  });
});
