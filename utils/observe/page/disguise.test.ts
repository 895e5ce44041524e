import { runInContext, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { disguiseFor } from './disguise.ts';
import { captureIntrinsics, type IntrinsicWindow } from './intrinsics.ts';

/** A fresh V8 realm: its built-ins are really native, as in a browser page. */
const realm = (): IntrinsicWindow & { Function: FunctionConstructor } & Record<string, unknown> => {
  // The host's timers and EventTarget stand in for the page's: captureIntrinsics takes them, the disguise never uses them.
  const ctx = createContext({ setTimeout, clearTimeout, EventTarget });
  return runInContext('globalThis', ctx) as never;
};
const src = (w: { Function: FunctionConstructor }, f: unknown): string => w.Function.prototype.toString.call(f);

describe('disguise', () => {
  it('a proxy over a native method answers toString, name and length exactly as the original', () => {
    const w = realm();
    const i = captureIntrinsics(w);
    const orig = (w.Array as ArrayConstructor).prototype.push;
    const before = src(w, orig);
    const plain = new Proxy(orig, {});
    expect(src(w, plain)).not.toBe(before); // V8 shows a bare proxy as `function () { [native code] }`
    const proxy = new Proxy(orig, {});
    disguiseFor(w, i).register(proxy, orig);
    expect(src(w, proxy)).toBe(before);
    expect(before).toBe('function push() { [native code] }');
    expect(proxy.name).toBe('push');
    expect(proxy.length).toBe(1);
  });

  it('a native accessor keeps its `function set cookie`-style source', () => {
    const w = realm();
    const i = captureIntrinsics(w);
    const setter = Object.getOwnPropertyDescriptor(
      (w.Object as ObjectConstructor).getPrototypeOf(new (w.Map as MapConstructor)()),
      'size',
    )?.get;
    if (!setter) throw new Error('no Map size getter');
    const proxy = new Proxy(setter, {});
    disguiseFor(w, i).register(proxy, setter);
    expect(src(w, proxy)).toBe('function get size() { [native code] }');
  });

  it("a page function we wrap shows the page's own source", () => {
    const w = realm();
    const i = captureIntrinsics(w);
    const pageFn = runInContext('(function gtagPush(a, b) { return a + b; })', createContext(w)) as (
      ...a: unknown[]
    ) => unknown;
    const proxy = new Proxy(pageFn, {});
    disguiseFor(w, i).register(proxy, pageFn);
    expect(src(w, proxy)).toBe('function gtagPush(a, b) { return a + b; }');
    expect(proxy.length).toBe(2);
  });

  it('toString itself still looks native, by every route a page would try', () => {
    const w = realm();
    const native = src(w, w.Function.prototype.toString);
    disguiseFor(w, captureIntrinsics(w));
    const ts = w.Function.prototype.toString;
    expect(native).toBe('function toString() { [native code] }');
    expect(ts.toString()).toBe(native);
    expect(ts.call(ts)).toBe(native);
    expect(ts.name).toBe('toString');
    expect(ts.length).toBe(0);
    const d = Object.getOwnPropertyDescriptor(w.Function.prototype, 'toString');
    expect(d).toMatchObject({ writable: true, enumerable: false, configurable: true });
    // Non-functions still throw the original's TypeError, from this realm.
    expect(() => ts.call({})).toThrow(w.TypeError as unknown as ErrorConstructor);
  });

  it('is installed once per window: a second installer shares it', () => {
    const w = realm();
    const i = captureIntrinsics(w);
    const a = disguiseFor(w, i);
    const first = w.Function.prototype.toString;
    expect(disguiseFor(w, i)).toBe(a);
    expect(w.Function.prototype.toString).toBe(first);
  });

  it('a page that replaces WeakMap.prototype.get later does not break it', () => {
    const w = realm();
    const i = captureIntrinsics(w);
    const orig = (w.Math as Math).max;
    const proxy = new Proxy(orig, {});
    disguiseFor(w, i).register(proxy, orig);
    runInContext('WeakMap.prototype.get = () => "forged"', createContext(w));
    expect(src(w, proxy)).toBe('function max() { [native code] }');
  });
});
