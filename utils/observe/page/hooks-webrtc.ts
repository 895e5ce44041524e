// WebRTC's ICE servers: gathering sends STUN/TURN requests (UDP or TCP) to the servers the page names, which gives them
// the visitor's address, and no webRequest or DevTools event shows them. Each server URL of a connection is reported
// once, at the earliest moment gathering can start: `setLocalDescription` (Chromium and Firefox gather then, not at
// `createDataChannel` or `createOffer`), or construction and `setConfiguration` when `iceCandidatePoolSize` > 0 (a
// pool is gathered at once). The browser's `icegatheringstatechange` backs up a `setLocalDescription` taken from
// another realm. The list is read from the browser's `getConfiguration()` copy, never the page's object (its getters
// are page code); the credential is never read.
import { MAX_URL, type Emit, type Trace } from './contract.ts';
import type { Disguise } from './disguise.ts';
import type { Fn, HookKit } from './hook-kit.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
/** Servers of one configuration, and URLs of one server, read at most. */
const MAX_SERVERS = 32;
const MAX_URLS = 16;
/** Reports of one realm at most: a page making connections in a loop must not flood the record. */
const MAX_REPORTS = 500;

export function installWebRtcHooks(
  win: Win,
  emit: Emit,
  traceBelow: (below: Fn) => Trace | undefined,
  i: Intrinsics,
  kit: HookKit,
  disguise: Disguise,
): void {
  const { apply, getDesc, defineProp, setProto, ProxyCtor, isArray, WeakMapCtor } = i;
  const { now, text, own, getter, hookMethod } = kit;
  const construct = win.Reflect.construct as (target: Fn, args: unknown[], newTarget: Fn) => unknown;
  const Ctor: unknown = getDesc(win, 'RTCPeerConnection')?.value;
  if (typeof Ctor !== 'function' || !WeakMapCtor) return;
  const proto: unknown = getDesc(Ctor, 'prototype')?.value;
  if (typeof proto !== 'object' || proto === null) return;
  const getConfiguration: unknown = getDesc(proto, 'getConfiguration')?.value;
  if (typeof getConfiguration !== 'function') return;
  const gatheringState = getter(proto, 'iceGatheringState');
  /** URLs each connection has reported (a connection keeps its own: a second one to the same server is reported). */
  const reported = new WeakMapCtor<object, string[]>();
  let count = 0;

  /** The connection's configuration as the browser holds it, or undefined (not a connection, closed in Firefox). */
  const configOf = (pc: unknown): unknown => {
    try {
      return apply(getConfiguration as Fn, pc, []);
    } catch {
      return undefined;
    }
  };
  const urlsOf = (config: unknown): string[] => {
    const out: string[] = [];
    const servers = own(config, 'iceServers');
    if (!isArray(servers)) return out;
    const n = own(servers, 'length');
    for (let s = 0; typeof n === 'number' && s < n && s < MAX_SERVERS; s++) {
      const server = own(servers, text(s) ?? '');
      // Firefox still takes the deprecated `url` beside `urls`; a browser that ignores it does not hand it back.
      const legacy = own(server, 'url');
      if (typeof legacy === 'string') out.push(legacy);
      const urls = own(server, 'urls');
      if (typeof urls === 'string') out.push(urls);
      else if (isArray(urls)) {
        const m = own(urls, 'length');
        for (let u = 0; typeof m === 'number' && u < m && u < MAX_URLS; u++) {
          const url = own(urls, text(u) ?? '');
          if (typeof url === 'string') out.push(url);
        }
      }
    }
    return out;
  };
  /** Reports the servers of `pc` it has not reported yet: gathering can start now. */
  const gather = (pc: unknown, config: unknown, trace: () => Trace | undefined): void => {
    if (typeof pc !== 'object' || pc === null) return;
    const urls = urlsOf(config);
    if (urls.length === 0) return; // no server: host candidates only, nothing leaves the machine
    let seen = reported.get(pc);
    if (!seen) reported.set(pc, (seen = []));
    const t = now();
    let tr: Trace | undefined;
    for (const url of urls) {
      if (count >= MAX_REPORTS || seen.length >= MAX_SERVERS * MAX_URLS || seen.includes(url)) continue;
      seen.push(url);
      count++;
      tr ??= trace();
      emit({ k: 'page-connection', t, api: 'webrtc', url: kit.cap(url, MAX_URL) }, tr);
    }
  };
  const pooled = (config: unknown): boolean => {
    const size = own(config, 'iceCandidatePoolSize');
    return typeof size === 'number' && size > 0;
  };

  // The browser's own signal, for a setLocalDescription of another realm called on our connection (no stack then).
  const onGathering = function (this: unknown): void {
    try {
      if (gatheringState && apply(gatheringState, this, []) === 'gathering')
        gather(this, configOf(this), () => undefined);
    } catch {
      /* reporting must never break the page */
    }
  };
  const handler = {
    construct(target: Fn, args: unknown[], newTarget: Fn): object {
      const pc = construct(target, args, newTarget) as object;
      try {
        apply(i.addListener, pc, ['icegatheringstatechange', onGathering]);
        const config = configOf(pc);
        if (pooled(config)) gather(pc, config, () => traceBelow(handler.construct as Fn));
      } catch {
        /* reporting must never break the page */
      }
      return pc;
    },
  };
  setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
  hookMethod(proto, 'setLocalDescription', (self) => gather(self, configOf(self), () => traceBelow(kit.below)));
  hookMethod(proto, 'setConfiguration', (self) => {
    const config = configOf(self);
    if (pooled(config)) gather(self, config, () => traceBelow(kit.below));
  });
  try {
    const wrapped = new ProxyCtor(Ctor as Fn, handler as ProxyHandler<Fn>);
    disguise.register(wrapped, Ctor);
    // Chromium's webkitRTCPeerConnection is the same function: both names (and the prototype's constructor) get the
    // one wrapper, so neither a comparison nor `pc.constructor` finds the original.
    for (const [owner, name] of [
      [win, 'RTCPeerConnection'],
      [win, 'webkitRTCPeerConnection'],
      [proto, 'constructor'],
    ] as const) {
      const d = getDesc(owner, name);
      if (!d || d.value !== Ctor || !d.configurable) continue;
      defineProp(owner, name, { value: wrapped, writable: d.writable, enumerable: d.enumerable, configurable: true });
    }
  } catch {
    /* the constructor stays unwrapped: setLocalDescription is still hooked */
  }
}
