// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { HookEvent } from './contract.ts';
import { disguiseFor } from './disguise.ts';
import { makeHookKit } from './hook-kit.ts';
import { installWebRtcHooks } from './hooks-webrtc.ts';
import { captureIntrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
interface Config {
  iceServers?: Array<{ urls?: string | string[]; url?: string; username?: string; credential?: string }>;
  iceCandidatePoolSize?: number;
}
const calls: string[] = [];
/** A fresh stand-in with the browser's shape (methods and getter on its own prototype, a copy of the configuration). */
function makeFake() {
  return class RTCPeerConnection extends EventTarget {
    #config: Config;
    #state = 'new';
    constructor(config: Config = {}) {
      super();
      const copy = structuredClone(config);
      if (copy.iceServers?.some((s) => s.urls === 'bad:')) throw new SyntaxError('bad URL');
      this.#config = copy;
    }
    getConfiguration(): Config {
      return structuredClone(this.#config);
    }
    setConfiguration(config: Config): void {
      this.#config = structuredClone(config);
    }
    setLocalDescription(): Promise<void> {
      calls.push('sld');
      return Promise.resolve();
    }
    get iceGatheringState(): string {
      return this.#state;
    }
    /** The browser starting to gather by itself (a setLocalDescription of another realm). */
    startGathering(): void {
      this.#state = 'gathering';
      this.dispatchEvent(new Event('icegatheringstatechange'));
    }
  };
}
type FakePeerConnection = InstanceType<ReturnType<typeof makeFake>>;

let events: HookEvent[] = [];
let win: Win;
let original: unknown;
beforeEach(() => {
  events = [];
  calls.length = 0;
  // A fresh stand-in per test (the hooks replace the window's constructor), on a window-like object of this realm.
  const Ctor = makeFake();
  original = Ctor;
  win = Object.create(window) as Win;
  for (const k of ['Object', 'Reflect', 'Array', 'Proxy', 'JSON', 'Date', 'String', 'Math', 'EventTarget', 'Function'])
    Object.defineProperty(win, k, { value: (globalThis as unknown as Record<string, unknown>)[k] });
  Object.defineProperty(win, 'RTCPeerConnection', { value: Ctor, writable: true, configurable: true });
  Object.defineProperty(win, 'webkitRTCPeerConnection', { value: Ctor, writable: true, configurable: true });
  const i = captureIntrinsics(win);
  const disguise = disguiseFor(win, i);
  installWebRtcHooks(
    win,
    (ev) => void events.push(ev),
    () => undefined,
    i,
    makeHookKit(win, i, disguise),
    disguise,
  );
});

const urls = (): unknown[] => events.map((e) => e.url);
const stun = {
  iceServers: [{ urls: ['stun:stun.example:3478', 'turn:turn.example'], username: 'u', credential: 's3' }],
};

describe('WebRTC ICE server hooks', () => {
  it('report each server once at setLocalDescription, not at construction, and never the credential', async () => {
    const pc = new win.RTCPeerConnection(stun);
    expect(events).toEqual([]);
    await pc.setLocalDescription();
    expect(calls).toEqual(['sld']);
    expect(events.map((e) => [e.k, e.api, e.url])).toEqual([
      ['page-connection', 'webrtc', 'stun:stun.example:3478'],
      ['page-connection', 'webrtc', 'turn:turn.example'],
    ]);
    expect(JSON.stringify(events)).not.toContain('s3');
    await pc.setLocalDescription();
    expect(events).toHaveLength(2); // gathering again reaches the same servers: said once
  });

  it("Firefox's deprecated `url` is read beside `urls`", async () => {
    const legacy = { iceServers: [{ url: 'stun:legacy.example' }] } as unknown as RTCConfiguration;
    await new win.RTCPeerConnection(legacy).setLocalDescription();
    expect(urls()).toEqual(['stun:legacy.example']);
  });

  it('a connection without servers gathers host candidates only: nothing is reported', async () => {
    await new win.RTCPeerConnection().setLocalDescription();
    await new win.RTCPeerConnection({ iceServers: [] }).setLocalDescription();
    expect(events).toEqual([]);
  });

  it('a candidate pool gathers at construction and at setConfiguration: reported then', () => {
    new win.RTCPeerConnection({ ...stun, iceCandidatePoolSize: 1 });
    expect(urls()).toEqual(['stun:stun.example:3478', 'turn:turn.example']);
    const pc = new win.RTCPeerConnection();
    pc.setConfiguration({ iceServers: [{ urls: 'stuns:other.example:5349' }] });
    expect(events).toHaveLength(2); // no pool: not yet
    pc.setConfiguration({ iceServers: [{ urls: 'stuns:other.example:5349' }], iceCandidatePoolSize: 2 });
    expect(urls()).toContain('stuns:other.example:5349');
  });

  it("the browser's gathering event covers a setLocalDescription the hook did not see", () => {
    const pc = new win.RTCPeerConnection(stun) as unknown as FakePeerConnection;
    pc.startGathering();
    expect(urls()).toEqual(['stun:stun.example:3478', 'turn:turn.example']);
  });

  it("the servers are read from the browser's copy: a getter on the page's object runs once, its later answer is not taken", async () => {
    let reads = 0;
    const config = {
      get iceServers() {
        reads++;
        return reads === 1 ? [{ urls: 'stun:real.example' }] : [{ urls: 'stun:decoy.example' }];
      },
    };
    const pc = new win.RTCPeerConnection(config as RTCConfiguration);
    await pc.setLocalDescription();
    expect(reads).toBe(1);
    expect(urls()).toEqual(['stun:real.example']);
  });

  it('keeps the constructor indistinguishable: one wrapper for both names and the prototype, subclasses, errors', () => {
    const Ctor = win.RTCPeerConnection;
    expect((win as unknown as Record<string, unknown>).webkitRTCPeerConnection).toBe(Ctor);
    expect(Ctor.prototype.constructor).toBe(Ctor);
    expect(new Ctor() instanceof Ctor).toBe(true);
    class Sub extends Ctor {}
    const sub = new Sub(stun);
    expect(sub).toBeInstanceOf(Sub);
    expect(() => new Ctor({ iceServers: [{ urls: 'bad:' }] })).toThrow(SyntaxError);
    expect(() => (Ctor as unknown as () => void)()).toThrow(TypeError);
    expect(Function.prototype.toString.call(Ctor)).toBe(Function.prototype.toString.call(original));
    expect(Ctor.name).toBe('RTCPeerConnection');
  });
});
