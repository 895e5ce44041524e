// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CMPS } from '../../../data/cmps.ts';
import { installConsentProbes, type ProbeOptions, type Probes } from './consent-probes.ts';
import { CMP_GLOBALS, MAX_ARGS_JSON } from './contract.ts';
import type { PageEvent } from '../events.ts';
import type { HookEvent } from './contract.ts';
import { fromMainWorld } from './from-main-world.ts';
import { validatePageEvent } from './page-events.ts';

const FRAME = 'https://www.shop.example/';
const TC1 = 'CQA1bcAQA1bcAAGABCENBKFgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA';
const TC2 =
  'CQA1bcAQA1bcAAGABCENBKFsAP_gAEPgAAYgJ3NV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIEu3bBIQNlHJDUTVCgaogVryDMak2coTNKJ6BkiFMRM2dYCF5vm4tj-QKY5vr991dx2B-t7dr83dzyz4VHn3a5_2a0WJCdA5-tDfv9bROb-9IOd_x8v4v8_F_rE2_eT1l_tevp7D9-cts7_XW-9_fff79Ll9-gAAAAAAAAA';
const T_GPP = 'DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA';

const events: HookEvent[] = [];
let probes: Probes | undefined;
const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));
const start = (opts: ProbeOptions = {}): Probes => {
  probes = installConsentProbes(window, (ev) => events.push(ev), { manual: true, ...opts });
  return probes;
};
const setGlobal = (name: string, value: unknown): void => {
  Object.defineProperty(window, name, { value, writable: true, configurable: true, enumerable: true });
};
/** What reaches the background: the bridge's JSON, then the isolated world's completion and validation. */
const delivered = (): Array<PageEvent | null> =>
  events.map((ev) =>
    validatePageEvent(
      fromMainWorld(JSON.parse(JSON.stringify(ev)), [], 'https://www.shop.example'),
      FRAME,
      Date.now() + 1000,
    ),
  );
const ofKind = <K extends PageEvent['k']>(k: K): Array<Extract<PageEvent, { k: K }>> =>
  delivered().filter((e): e is Extract<PageEvent, { k: K }> => e !== null && e.k === k);

afterEach(() => {
  probes?.stop();
  probes = undefined;
  events.length = 0;
  for (const name of ['__tcfapi', '__gpp', 'dataLayer', 'gtag', ...CMP_GLOBALS]) Reflect.deleteProperty(window, name);
});

type Cb = (data: unknown, success: boolean) => void;
/** A CMP as the TCF spec describes it: addEventListener answers asynchronously and on every change; getTCData has no eventStatus. */
function fakeTcfCmp(initial: string) {
  let tc = initial;
  const calls: Array<[unknown, unknown]> = [];
  const listeners: Cb[] = [];
  const data = (eventStatus?: string): object => ({
    tcString: tc,
    cmpId: 28,
    cmpVersion: 7,
    gdprApplies: true,
    tcfPolicyVersion: 4,
    listenerId: 1,
    ...(eventStatus ? { eventStatus } : {}),
  });
  const api = (command: unknown, version: unknown, cb: unknown): void => {
    calls.push([command, version]);
    if (typeof cb !== 'function') return;
    const call: Cb = (d, s) => {
      cb(d, s);
    };
    if (command === 'getTCData') call(data(), true);
    if (command === 'addEventListener') {
      listeners.push(call);
      setTimeout(() => call(data('tcloaded'), true), 1);
    }
  };
  return {
    api,
    calls,
    change(next: string, status: string): void {
      tc = next;
      for (const l of listeners) l(data(status), true);
    },
  };
}

describe('IAB TCF', () => {
  it('finds a __tcfapi defined late, calls getTCData once and follows the listener events', async () => {
    const p = start();
    p.check();
    expect(events).toEqual([]);
    const cmp = fakeTcfCmp(TC1);
    setGlobal('__tcfapi', cmp.api);
    p.check();
    p.check();
    expect(cmp.calls).toEqual([]); // called from a clean stack: in a promise job, not under check()
    await tick();
    expect(cmp.calls).toEqual([
      ['getTCData', 2],
      ['addEventListener', 2],
    ]);
    await tick();
    cmp.change(TC1, 'cmpuishown');
    cmp.change(TC2, 'useractioncomplete');
    await tick();
    expect(
      ofKind('page-tcf').map((e) => [e.eventStatus, e.tcString, e.cmpId, e.cmpVersion, e.gdprApplies, e.frameUrl]),
    ).toEqual([
      ['getTCData', TC1, 28, 7, true, FRAME],
      ['tcloaded', TC1, 28, 7, true, FRAME],
      ['cmpuishown', TC1, 28, 7, true, FRAME],
      ['useractioncomplete', TC2, 28, 7, true, FRAME],
    ]);
  });

  it('a stub replaced by the real CMP is asked again; repeated identical answers are reported once', async () => {
    const p = start();
    const queued: unknown[][] = [];
    setGlobal('__tcfapi', (...args: unknown[]) => {
      queued.push(args);
    });
    p.check();
    await tick();
    expect(queued.map((a) => a[0])).toEqual(['getTCData', 'addEventListener']);
    const cmp = fakeTcfCmp(TC1);
    setGlobal('__tcfapi', cmp.api);
    // The real CMP also processes the stub's queue: the same answers arrive twice.
    for (const args of queued) cmp.api(args[0], args[1], args[2]);
    p.check();
    await tick();
    await tick();
    expect(ofKind('page-tcf').map((e) => e.eventStatus)).toEqual(['getTCData', 'tcloaded']);
  });

  it('a hostile __tcfapi: throws, returns garbage, calls back with non-objects, throwing getters, huge or non-string TC strings', async () => {
    const p = start();
    const answers: unknown[] = [
      null,
      undefined,
      42,
      'tcString',
      [TC1],
      { tcString: 12345, eventStatus: 'tcloaded' },
      { tcString: 'x'.repeat(20_000), eventStatus: 'tcloaded' },
      {
        get tcString(): string {
          throw new Error('boom');
        },
        eventStatus: 'tcloaded',
      },
      { tcString: TC1, eventStatus: { toString: () => 'tcloaded' } },
      { tcString: TC1, eventStatus: 'tcloaded', cmpId: 'x', cmpVersion: -1, gdprApplies: 'yes' },
      { tcString: '<script>', eventStatus: 'tcloaded' },
      { tcString: TC1, eventStatus: 'weird' },
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
        },
      ),
    ];
    setGlobal('__tcfapi', (cmd: unknown, _v: unknown, cb: unknown) => {
      if (cmd === 'getTCData') throw new Error('page bug');
      if (typeof cb === 'function') for (const a of answers) cb(a, true);
      return {
        then: () => {
          throw new Error('not a promise');
        },
      };
    });
    expect(() => p.check()).not.toThrow();
    await tick();
    // Only the data-shaped answers cross; the validator then keeps the one with a valid TC string and status.
    expect(events.map((e) => (e.tcString === TC1 ? e.eventStatus : typeof e.tcString))).toEqual([
      'tcloaded',
      'string',
      'weird',
    ]);
    expect(ofKind('page-tcf')).toEqual([
      { k: 'page-tcf', t: expect.any(Number), tcString: TC1, eventStatus: 'tcloaded', frameUrl: FRAME },
    ]);
  });

  it('a CMP calling back synchronously thousands of times is capped; a success=false answer is ignored', async () => {
    const p = start();
    let calls = 0;
    setGlobal('__tcfapi', (cmd: unknown, _v: unknown, cb: unknown) => {
      if (cmd !== 'addEventListener' || typeof cb !== 'function') return;
      cb({ tcString: TC2, eventStatus: 'tcloaded' }, false);
      for (let i = 0; i < 5000; i++) {
        calls += 1;
        cb({ tcString: i % 2 ? TC1 : TC2, eventStatus: 'tcloaded', cmpId: i }, true);
      }
    });
    p.check();
    await tick(50);
    expect(calls).toBe(5000);
    expect(events.length).toBe(200);
    expect(events[0]?.cmpId).toBe(0);
  });

  it('a getter that returns a new function on each read is not called forever', async () => {
    const p = start();
    let made = 0;
    let called = 0;
    Object.defineProperty(window, '__tcfapi', {
      configurable: true,
      get: () => {
        made += 1;
        return () => {
          called += 1;
        };
      },
    });
    for (let i = 0; i < 50; i++) {
      p.check();
      await tick(0); // the getter runs from a clean stack too: one job per check
    }
    expect(made).toBeGreaterThan(10);
    expect(called).toBe(20); // ten discoveries, two calls each
    expect(events).toEqual([]);
  });
});

describe('TCF locator (postMessage from a child frame)', () => {
  /**
   * A child frame whose parent hosts the CMP and its __tcfapiLocator frame (happy-dom has no real frames). The parent is
   * cross-origin unless `sameOrigin`: reading its globals then throws, as a browser's WindowProxy does.
   */
  function childFrame(
    answer: (call: { command: unknown; callId: unknown }, reply: (ret: unknown) => void) => void,
    sameOrigin?: { __tcfapi: unknown },
  ) {
    const child = Object.assign(new EventTarget(), {
      Object,
      Reflect,
      Array,
      Proxy,
      JSON,
      Date,
      String,
      Math,
      setTimeout,
      clearTimeout,
      EventTarget,
      MessageEvent,
    });
    const posted: unknown[] = [];
    const blocked = (): never => {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    };
    const target = {
      frames: { __tcfapiLocator: {} },
      get __tcfapi(): unknown {
        return sameOrigin ? sameOrigin.__tcfapi : blocked();
      },
      postMessage(msg: unknown, origin: unknown): void {
        posted.push([msg, origin]);
        const call: unknown = Reflect.get(Object(msg), '__tcfapiCall');
        if (typeof call !== 'object' || call === null) return;
        const command: unknown = Reflect.get(call, 'command');
        const callId: unknown = Reflect.get(call, 'callId');
        answer({ command, callId }, (ret) => {
          // What a browser's MessageEvent carries (happy-dom keeps data and source as own values too).
          const e = new Event('message');
          Object.defineProperties(e, { data: { value: ret }, source: { value: parent } });
          child.dispatchEvent(e);
        });
      },
    };
    // A cross-origin WindowProxy refuses its globals' descriptors too; postMessage and frames stay reachable.
    const parent: typeof target = sameOrigin
      ? target
      : new Proxy(target, {
          getOwnPropertyDescriptor: (t, k) => (k === '__tcfapi' ? blocked() : Reflect.getOwnPropertyDescriptor(t, k)),
        });
    Object.defineProperty(child, 'parent', { value: parent });
    return { child, parent, posted };
  }

  it('asks the CMP frame, and accepts its answers (object or JSON text) only for our call ids', () => {
    const { child, posted } = childFrame(({ command, callId }, reply) => {
      const base = { tcString: TC1, cmpId: 10, gdprApplies: true };
      if (command === 'getTCData')
        reply(JSON.stringify({ __tcfapiReturn: { returnValue: base, success: true, callId } }));
      if (command === 'addEventListener') {
        reply({ __tcfapiReturn: { returnValue: { ...base, eventStatus: 'tcloaded' }, success: true, callId } });
        reply({
          __tcfapiReturn: {
            returnValue: { ...base, tcString: TC2, eventStatus: 'useractioncomplete' },
            success: true,
            callId: 'someone-else',
          },
        });
      }
    });
    probes = installConsentProbes(child, (ev) => events.push(ev), { manual: true });
    probes.check();
    expect(posted.map((m) => JSON.stringify(m))).toEqual([
      expect.stringMatching(
        /^\[\{"__tcfapiCall":\{"command":"getTCData","version":2,"callId":"consent-auditor-\d+-get"\}\},"\*"\]$/,
      ),
      expect.stringMatching(
        /^\[\{"__tcfapiCall":\{"command":"addEventListener","version":2,"callId":"consent-auditor-\d+-listen"\}\},"\*"\]$/,
      ),
    ]);
    expect(ofKind('page-tcf').map((e) => [e.eventStatus, e.tcString, e.cmpId])).toEqual([
      ['getTCData', TC1, 10],
      ['tcloaded', TC1, 10],
    ]);
    probes.check();
    expect(posted.length).toBe(2); // asked once
  });

  it('repeats unanswered calls a few times (the locator frame may exist before the CMP listens), then stops', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      let listening = false;
      const { child, posted } = childFrame(({ command, callId }, reply) => {
        if (listening && command === 'addEventListener')
          reply({ __tcfapiReturn: { returnValue: { tcString: TC1, eventStatus: 'tcloaded' }, success: true, callId } });
      });
      probes = installConsentProbes(child, (ev) => events.push(ev), { manual: true });
      probes.check();
      probes.check(); // too soon to repeat
      expect(posted.length).toBe(2);
      vi.advanceTimersByTime(1000);
      listening = true;
      probes.check();
      expect(posted.length).toBe(4);
      expect(ofKind('page-tcf').map((e) => e.eventStatus)).toEqual(['tcloaded']);
      vi.advanceTimersByTime(1000);
      probes.check();
      expect(posted.length).toBe(4); // answered: no more calls

      const silent = childFrame(() => undefined);
      const p2 = installConsentProbes(silent.child, () => undefined, { manual: true });
      for (let i = 0; i < 20; i++) {
        p2.check();
        vi.advanceTimersByTime(1000);
      }
      expect(silent.posted.length).toBe(10); // five tries of two calls
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not ask a same-origin parent, with or without __tcfapi yet (our script there reports it), nor from the top frame', () => {
    for (const api of [() => undefined, undefined]) {
      const { child, posted } = childFrame(() => undefined, { __tcfapi: api });
      probes = installConsentProbes(child, (ev) => events.push(ev), { manual: true });
      probes.check();
      expect(posted).toEqual([]);
      probes.stop();
    }
    start().check(); // happy-dom's window is a top frame
    expect(events).toEqual([]);
  });
});

describe('IAB GPP', () => {
  it('ping and addEventListener: gppString and applicable sections, deduplicated', async () => {
    const p = start();
    const calls: unknown[] = [];
    setGlobal('__gpp', (cmd: unknown, cb: unknown) => {
      calls.push(cmd);
      if (typeof cb !== 'function') return undefined;
      if (cmd === 'ping')
        cb({ gppVersion: '1.1', cmpStatus: 'loaded', gppString: T_GPP, applicableSections: [7, 'x', 2.5, -1] }, true);
      if (cmd === 'addEventListener') {
        cb(
          {
            eventName: 'listenerRegistered',
            listenerId: 1,
            data: true,
            pingData: { gppString: T_GPP, applicableSections: [7, 'x', 2.5, -1] },
          },
          true,
        );
        cb({ eventName: 'signalStatus', pingData: { gppString: 'DBABMA~CQA', applicableSections: [2] } }, true);
        cb({ eventName: 'bad', pingData: { gppString: 42 } }, true);
        cb(null, true);
      }
      return undefined;
    });
    p.check();
    p.check();
    await tick();
    expect(calls).toEqual(['ping', 'addEventListener']);
    expect(ofKind('page-gpp').map((e) => [e.gppString, e.sections])).toEqual([
      [T_GPP, [7, -1]],
      ['DBABMA~CQA', [2]],
    ]);
  });

  it('GPP 1.0 answers ping by return value; a throwing __gpp does not break the probe', async () => {
    const p = start();
    setGlobal('__gpp', (cmd: unknown) => {
      if (cmd === 'ping') return { gppString: T_GPP, applicableSections: [6] };
      throw new Error('unsupported');
    });
    expect(() => p.check()).not.toThrow();
    await tick();
    expect(ofKind('page-gpp').map((e) => e.sections)).toEqual([[6]]);
  });
});

describe('Google Consent Mode on dataLayer', () => {
  const dl = (): unknown[] => {
    const v: unknown = Reflect.get(window, 'dataLayer');
    if (!Array.isArray(v)) throw new Error('no dataLayer');
    return v;
  };
  function gtag(..._args: unknown[]): void {
    // As Google's snippet does: it pushes its arguments object.
    // eslint-disable-next-line prefer-rest-params
    dl().push(arguments);
  }

  it('no accessor on window.dataLayer: nothing before the page creates it, a plain data property after', () => {
    const p = start();
    expect(Object.getOwnPropertyDescriptor(window, 'dataLayer')).toBeUndefined();
    expect('dataLayer' in window).toBe(false);
    Reflect.set(window, 'dataLayer', []);
    p.check();
    expect(Object.getOwnPropertyDescriptor(window, 'dataLayer')).toEqual({
      value: dl(),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  it('the snippet `dataLayer = dataLayer || []` is found at the next check: commands pushed after it are reported with their push time, the array stays an array', async () => {
    const p = start();
    Reflect.set(window, 'dataLayer', Reflect.get(window, 'dataLayer') ?? []);
    p.check(); // in a page: the insertion watch, right after the script that created it
    const before = Date.now();
    gtag('consent', 'default', {
      ad_storage: 'denied',
      analytics_storage: 'denied',
      wait_for_update: 500,
      region: ['DE', 'FR'],
    });
    gtag('js', new Date());
    gtag('config', 'G-XXXX');
    gtag('consent', 'update', { ad_storage: 'granted' });
    const pushed = Date.now();
    await tick(20);
    expect(ofKind('page-consent-mode').map((e) => e.args)).toEqual([
      [
        'consent',
        'default',
        { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500, region: ['DE', 'FR'] },
      ],
      ['consent', 'update', { ad_storage: 'granted' }],
    ]);
    expect(ofKind('page-consent-mode')[0]?.t).toBeGreaterThanOrEqual(before);
    // The time of the push, not of the read after the pushing script: the read came 20 ms later.
    expect(ofKind('page-consent-mode')[1]?.t).toBeLessThanOrEqual(pushed);
    const arr = dl();
    expect([Array.isArray(arr), arr.length, Object.keys(arr), arr.push(['x'])]).toEqual([
      true,
      4,
      ['0', '1', '2', '3'],
      5,
    ]);
    expect(JSON.stringify(arr.slice(4))).toBe('[["x"]]');
    p.check();
    await tick();
    expect(ofKind('page-consent-mode').length).toBe(2); // polling does not report them again
  });

  it('entries pushed before the hook are read, then GTM replacing push keeps us in the chain; pushes that bypass us are found by polling', async () => {
    const p = start();
    Reflect.set(window, 'dataLayer', [['consent', 'default', { ad_storage: 'denied' }], { event: 'gtm.js' }]);
    p.check();
    await tick();
    expect(ofKind('page-consent-mode').map((e) => e.args[1])).toEqual(['default']);
    const arr = dl();
    const seen: unknown[] = [];
    // GTM-style: keeps the push it found and processes each command after storing it.
    const previous = Reflect.get(arr, 'push');
    Object.defineProperty(arr, 'push', {
      configurable: true,
      writable: true,
      value: function gtmPush(this: unknown[], ...items: unknown[]): number {
        const n: unknown = Reflect.apply(previous, this, items);
        seen.push(...items);
        return typeof n === 'number' ? n : -1;
      },
    });
    arr.push(['consent', 'update', { analytics_storage: 'granted' }]);
    await tick();
    expect(ofKind('page-consent-mode').map((e) => e.args[1])).toEqual(['default', 'update']);
    expect(seen.length).toBe(1);
    Array.prototype.push.call(arr, ['consent', 'update', { ad_storage: 'granted' }]);
    arr[arr.length] = ['consent', 'update', { ad_user_data: 'granted' }];
    await tick();
    expect(ofKind('page-consent-mode').length).toBe(2);
    p.check();
    await tick();
    expect(ofKind('page-consent-mode').map((e) => e.args[2])).toEqual([
      { ad_storage: 'denied' },
      { analytics_storage: 'granted' },
      { ad_storage: 'granted' },
      { ad_user_data: 'granted' },
    ]);
  });

  it("the push we wrap answers toString, name and length exactly as the one it replaced (Array's or the page's own)", async () => {
    const p = start();
    const native = Function.prototype.toString.call(Array.prototype.push);
    Reflect.set(window, 'dataLayer', []);
    p.check();
    await tick();
    const push = Reflect.get(dl(), 'push') as (...a: unknown[]) => number;
    expect(Object.getOwnPropertyDescriptor(dl(), 'push')?.value).toBe(push); // our wrapper is in place
    expect([Function.prototype.toString.call(push), push.name, push.length]).toEqual([native, 'push', 1]);
    const pagePush = function pagePush(this: unknown[], a: unknown): number {
      return Array.prototype.push.call(this, a);
    };
    const own: unknown[] = [];
    Object.defineProperty(own, 'push', { value: pagePush, writable: true, configurable: true });
    Reflect.set(window, 'dataLayer', own);
    p.check();
    await tick();
    const wrapped = Object.getOwnPropertyDescriptor(own, 'push')?.value as unknown;
    expect(wrapped).not.toBe(pagePush);
    expect(Function.prototype.toString.call(wrapped)).toBe(Function.prototype.toString.call(pagePush));
  });

  it('without manual checks, an element inserted after the snippet makes the probes find dataLayer in a microtask', async () => {
    start({ manual: false, fastMs: 60_000, slowMs: 60_000 });
    Reflect.set(window, 'dataLayer', []);
    dl().push(['consent', 'default', { ad_storage: 'denied' }]);
    expect(events).toEqual([]);
    const el = document.createElement('div');
    document.body.append(el);
    await Promise.resolve();
    await tick(0);
    el.remove();
    expect(ofKind('page-consent-mode').map((e) => e.args[1])).toEqual(['default']);
    dl().push(['consent', 'update', { ad_storage: 'granted' }]); // push is ours now: reported after this script
    await tick(0);
    expect(ofKind('page-consent-mode').map((e) => e.args[1])).toEqual(['default', 'update']);
  });

  it('a dataLayer defined by defineProperty is found by polling', async () => {
    const p = start();
    Object.defineProperty(window, 'dataLayer', { configurable: true, writable: true, value: [] });
    dl().push(['consent', 'default', { ad_storage: 'denied' }]);
    expect(events).toEqual([]);
    p.check();
    await tick();
    expect(ofKind('page-consent-mode').map((e) => e.args)).toEqual([['consent', 'default', { ad_storage: 'denied' }]]);
    dl().push(['consent', 'update', { ad_storage: 'granted' }]); // push is hooked now
    await tick();
    expect(ofKind('page-consent-mode').length).toBe(2);
  });

  it('only consent default/update with an object are reported; values are JSON-safe and capped', async () => {
    start();
    Reflect.set(window, 'dataLayer', []);
    probes?.check(); // the snippet's script ended: the insertion watch finds the array
    await tick();
    const arr = dl();
    class Params {
      ad_storage = 'denied';
    }
    const huge: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) huge[`custom_${i}`] = 'v'.repeat(300);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const entry of [
      ['consent', 'get', { ad_storage: 'denied' }],
      ['consent', 'default'],
      ['consent', 'default', 'denied'],
      ['consent', 'default', new Params()],
      ['consent', 'default', hostile],
      ['config', 'G-1', {}],
      null,
      42,
      'consent',
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          callback: () => 1,
          nested: { a: 1 },
          flag: true,
          n: Number.NaN,
          list: ['a', { b: 1 }, 3],
          ['x'.repeat(100)]: 'long key',
        },
      ],
      ['consent', 'update', huge],
    ])
      arr.push(entry);
    await tick();
    const got = ofKind('page-consent-mode');
    // A class instance is read through its JSON copy, as gtag reads its own fields: a plain object then.
    expect(got.map((e) => e.args.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
    expect(got[0]?.args[2]).toEqual({ ad_storage: 'denied' });
    got.shift();
    expect(got[0]?.args[2]).toEqual({ ad_storage: 'denied', list: ['a', 3], ['x'.repeat(64)]: 'long key' });
    const big = events.find((e) => typeof e.args === 'string' && e.args.includes('custom_0'));
    expect(typeof big?.args === 'string' ? big.args.length : 0).toBeLessThanOrEqual(MAX_ARGS_JSON);
    expect(Object.keys(Object(got[1]?.args[2])).length).toBeGreaterThan(10);
  });

  it('a push from inside a command processed by GTM is reported once, in order', async () => {
    start();
    Reflect.set(window, 'dataLayer', []);
    probes?.check(); // the snippet's script ended: the insertion watch finds the array
    await tick();
    const arr = dl();
    const previous = Reflect.get(arr, 'push');
    let depth = 0;
    Object.defineProperty(arr, 'push', {
      configurable: true,
      writable: true,
      value: function gtmPush(this: unknown[], ...items: unknown[]): unknown {
        const n: unknown = Reflect.apply(previous, this, items);
        if (depth++ === 0) this.push(['consent', 'update', { ad_storage: 'granted' }]);
        return n;
      },
    });
    arr.push(['consent', 'default', { ad_storage: 'denied' }]);
    await tick();
    expect(ofKind('page-consent-mode').map((e) => e.args[1])).toEqual(['default', 'update']);
  });
});

describe('CMP globals', () => {
  it('reports the present known globals when the list changes, never other names', () => {
    const p = start();
    p.check();
    expect(events).toEqual([]);
    setGlobal('OneTrust', {});
    setGlobal('someOtherThing', {});
    Object.defineProperty(window, 'Cookiebot', {
      configurable: true,
      get: () => {
        throw new Error('not run');
      },
    });
    p.check();
    p.check();
    setGlobal('__ucCmp', () => undefined);
    p.check();
    expect(ofKind('page-cmp').map((e) => e.globals)).toEqual([
      ['OneTrust', 'Cookiebot'],
      ['OneTrust', 'Cookiebot', '__ucCmp'],
    ]);
  });

  it('checks exactly the globals named by the CMP signatures in data/cmps.ts', () => {
    const fromData = [...new Set(CMPS.flatMap((c) => c.globals))].sort();
    expect([...CMP_GLOBALS].sort()).toEqual(fromData);
  });
});

describe('polling', () => {
  it('polls by itself fast at first, and stops when asked', async () => {
    const p = start({ manual: false, fastMs: 2, slowMs: 1000, fastPeriodMs: 10_000 });
    await tick(10);
    const cmp = fakeTcfCmp(TC1);
    setGlobal('__tcfapi', cmp.api);
    await tick(20);
    expect(cmp.calls.length).toBe(2);
    p.stop();
    setGlobal('__gpp', () => {
      throw new Error('must not be called after stop');
    });
    setGlobal('OneTrust', {});
    await tick(20);
    expect(events.every((e) => e.k === 'page-tcf')).toBe(true);
  });
});
