// The page's built-ins as they were before any page script ran.
// The main world is shared with the page: whatever we call
// later through `window` the page may have replaced, so every
// built-in the hooks, the tracer, the bridge and the probes use
// is taken once, here, at document_start. Bundled into the main-world script (no import survives the build).

type Win = Window & typeof globalThis;
type Fn = (...args: never[]) => unknown;
/** What captureIntrinsics reads of a window: a test may hand in a partial one, so the rarer parts are optional. */
export type IntrinsicWindow = Pick<
  Win,
  | 'Object'
  | 'Reflect'
  | 'Array'
  | 'Proxy'
  | 'JSON'
  | 'Date'
  | 'String'
  | 'Math'
  | 'setTimeout'
  | 'clearTimeout'
  | 'EventTarget'
> &
  Partial<Pick<Win, 'Error' | 'MessageEvent' | 'CustomEvent' | 'queueMicrotask' | 'Function' | 'WeakMap' | 'Promise'>>;

export interface Intrinsics {
  apply: typeof Reflect.apply;
  reflectGet: typeof Reflect.get;
  reflectSet: typeof Reflect.set;
  deleteProp: typeof Reflect.deleteProperty;
  getDesc: typeof Object.getOwnPropertyDescriptor;
  defineProp: typeof Object.defineProperty;
  getProto: typeof Object.getPrototypeOf;
  setProto: typeof Object.setPrototypeOf;
  create: typeof Object.create;
  keys: typeof Object.keys;
  objProto: object;
  isArray: typeof Array.isArray;
  splice: typeof Array.prototype.splice;
  ProxyCtor: ProxyConstructor;
  JSONObj: JSON;
  stringify: typeof JSON.stringify;
  parse: typeof JSON.parse;
  DateCtor: DateConstructor;
  dateNow: typeof Date.now;
  StringCtor: StringConstructor;
  strSlice: typeof String.prototype.slice;
  strIndexOf: typeof String.prototype.indexOf;
  strTrim: typeof String.prototype.trim;
  MathObj: Math;
  random: typeof Math.random;
  later: typeof setTimeout;
  cancel: typeof clearTimeout;
  addListener: typeof EventTarget.prototype.addEventListener;
  removeListener: typeof EventTarget.prototype.removeEventListener;
  dispatch: typeof EventTarget.prototype.dispatchEvent;
  microtask: typeof queueMicrotask | undefined;
  CustomEventCtor: typeof CustomEvent | undefined;
  msgData: Fn | undefined;
  msgSource: Fn | undefined;
  ErrorCtor: ErrorConstructor | undefined;
  /** Error.prototype's `stack` getter where the engine has one (SpiderMonkey); V8 puts `stack` on each error. */
  stackGetter: Fn | undefined;
  /** V8's Error.captureStackTrace: a stack that starts below a given function, so our own frames are never taken. */
  captureStack: Fn | undefined;
  fnToString: Fn | undefined;
  WeakMapCtor: WeakMapConstructor | undefined;
  bind: Fn | undefined;
  /** Promise jobs: the probes call page code from them, so that no frame of ours is below it (probe-kit.ts). */
  PromiseCtor: PromiseConstructor | undefined;
  promiseResolve: Fn | undefined;
  promiseThen: Fn | undefined;
}

/** Takes every built-in we use later; call it before any page script can run. */
export function captureIntrinsics(win: IntrinsicWindow): Intrinsics {
  const O = win.Object;
  const R = win.Reflect;
  const getDesc = O.getOwnPropertyDescriptor;
  const target = win.EventTarget.prototype;
  const getterOf = (proto: object | undefined, name: string): Fn | undefined => {
    try {
      return proto ? getDesc(proto, name)?.get : undefined;
    } catch {
      return undefined;
    }
  };
  const fnProto = win.Function?.prototype;
  return {
    apply: R.apply,
    reflectGet: R.get,
    reflectSet: R.set,
    deleteProp: R.deleteProperty,
    getDesc,
    defineProp: O.defineProperty,
    getProto: O.getPrototypeOf,
    setProto: O.setPrototypeOf,
    create: O.create,
    keys: O.keys,
    objProto: O.prototype,
    isArray: win.Array.isArray,
    splice: win.Array.prototype.splice,
    ProxyCtor: win.Proxy,
    JSONObj: win.JSON,
    stringify: win.JSON.stringify,
    parse: win.JSON.parse,
    DateCtor: win.Date,
    dateNow: win.Date.now,
    StringCtor: win.String,
    strSlice: win.String.prototype.slice,
    strIndexOf: win.String.prototype.indexOf,
    strTrim: win.String.prototype.trim,
    MathObj: win.Math,
    random: win.Math.random,
    later: win.setTimeout,
    cancel: win.clearTimeout,
    addListener: target.addEventListener,
    removeListener: target.removeEventListener,
    dispatch: target.dispatchEvent,
    microtask: win.queueMicrotask,
    CustomEventCtor: win.CustomEvent,
    msgData: getterOf(win.MessageEvent?.prototype, 'data'),
    msgSource: getterOf(win.MessageEvent?.prototype, 'source'),
    ErrorCtor: win.Error,
    stackGetter: getterOf(win.Error?.prototype, 'stack'),
    captureStack: (win.Error as { captureStackTrace?: Fn } | undefined)?.captureStackTrace,
    fnToString: fnProto?.toString,
    WeakMapCtor: win.WeakMap,
    bind: fnProto?.bind,
    PromiseCtor: win.Promise,
    promiseResolve: win.Promise?.resolve,
    promiseThen: win.Promise?.prototype.then,
  };
}
