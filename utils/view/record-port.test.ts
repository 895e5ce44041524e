import { describe, expect, it } from 'vitest';
import { sample } from '../../test/support/view-records.ts';
import { overPort } from '../../test/support/port.ts';
import { FIRST_SCREEN_SUFFIX, RECORD_PORT_PREFIX, recordPortOf, type FullRequest } from '../messaging/protocol.ts';
import { recordPush } from '../messaging/record-pack.ts';
import { newPage } from '../record/record.ts';
import { firstScreen, firstScreenPush, type FirstScreen } from './first-screen.ts';
import { followRecord, RECONNECT_MAX_MS, RECONNECT_MS, type RecordPort } from './record-port.ts';

class FakePort implements RecordPort {
  private msg: Array<(raw: unknown) => void> = [];
  private down: Array<() => void> = [];
  onMessage = { addListener: (l: (raw: unknown) => void): void => void this.msg.push(l) };
  onDisconnect = { addListener: (l: () => void): void => void this.down.push(l) };
  posted: FullRequest[] = [];
  postMessage(msg: FullRequest): void {
    this.posted.push(msg);
  }
  push(raw: unknown): void {
    for (const l of this.msg) l(raw);
  }
  die(): void {
    for (const l of this.down) l();
  }
}

function harness(failFirst = 0) {
  const ports: FakePort[] = [];
  const names: string[] = [];
  const delays: number[] = [];
  const timers: Array<() => void> = [];
  let fails = failFirst;
  const connect = (name: string): RecordPort => {
    names.push(name);
    if (fails-- > 0) throw new Error('no worker');
    const p = new FakePort();
    ports.push(p);
    return p;
  };
  const later = (f: () => void, ms: number): void => {
    delays.push(ms);
    timers.push(f);
  };
  const runTimer = (): void => timers.shift()?.();
  return { ports, names, delays, connect, later, runTimer };
}

describe('followRecord', () => {
  it("passes each valid push on, drops malformed ones, on the tab's record port", () => {
    const h = harness();
    const got: unknown[] = [];
    followRecord(h.connect, 7, { onRecord: (r) => got.push(r) }, h.later);
    const r = newPage(7, 'https://a.example/', 0);
    h.ports[0]?.push({ type: 'record', record: r });
    h.ports[0]?.push({ type: 'record', record: { url: 'x' } });
    h.ports[0]?.push({ type: 'record', record: null });
    expect(h.names).toEqual([`${RECORD_PORT_PREFIX}7`]);
    expect(got).toEqual([r, null]);
  });

  it('reconnects after a disconnect with doubling delays, capped, and a push resets the delay', () => {
    const h = harness();
    let downs = 0;
    followRecord(
      h.connect,
      1,
      {
        onRecord: () => {},
        onDisconnect: () => {
          downs += 1;
        },
      },
      h.later,
    );
    for (let i = 0; i < 6; i++) {
      h.ports.at(-1)?.die();
      h.runTimer();
    }
    expect(downs).toBe(6);
    expect(h.delays).toEqual([RECONNECT_MS, 1000, 2000, 4000, RECONNECT_MAX_MS, RECONNECT_MAX_MS]);
    h.ports.at(-1)?.push({ type: 'record', record: null });
    h.ports.at(-1)?.die();
    expect(h.delays.at(-1)).toBe(RECONNECT_MS);
  });

  it('retries when connecting itself throws (no worker yet)', () => {
    const h = harness(2);
    followRecord(h.connect, 3, { onRecord: () => {} }, h.later);
    h.runTimer();
    h.runTimer();
    expect(h.names).toHaveLength(3);
    expect(h.ports).toHaveLength(1);
    expect(h.delays).toEqual([RECONNECT_MS, 1000]);
  });

  describe('first screen first (the popup)', () => {
    it('asks for the first screen, passes it on, and asks for the record only when told to, once', () => {
      const h = harness();
      const screens: FirstScreen[] = [];
      const records: unknown[] = [];
      let want: (() => void) | null = null;
      followRecord(
        h.connect,
        7,
        {
          onRecord: (r) => records.push(r),
          onFirstScreen: (screen, wantRecord) => {
            screens.push(screen);
            want = wantRecord;
          },
        },
        h.later,
      );
      expect(h.names).toEqual([`${RECORD_PORT_PREFIX}7${FIRST_SCREEN_SUFFIX}`]);
      expect(recordPortOf(h.names[0] ?? '')).toEqual({ tabId: 7, first: true });
      const port = h.ports[0];
      const r = sample();
      port?.push(firstScreenPush(r));
      port?.push({ type: 'first-screen', screen: { view: 1 } });
      expect(screens).toEqual([overPort(firstScreen(r))]);
      expect(port?.posted).toEqual([]);
      (want as (() => void) | null)?.();
      (want as (() => void) | null)?.();
      expect(port?.posted).toEqual([{ type: 'full' }]);
      port?.push(recordPush(r));
      expect(records).toEqual([overPort(r)]);
      // A first screen after the record is no longer one: dropped.
      port?.push(firstScreenPush(r));
      expect(screens).toHaveLength(1);
    });

    it('a tab without a record answers with the null push: the record is asked for at once', () => {
      const h = harness();
      const records: unknown[] = [];
      followRecord(h.connect, 2, { onRecord: (x) => records.push(x), onFirstScreen: () => {} }, h.later);
      h.ports[0]?.push(recordPush(null));
      expect(records).toEqual([null]);
      expect(h.ports[0]?.posted).toEqual([{ type: 'full' }]);
    });

    it('a reconnect (the worker restarted) asks for the record, not the first screen', () => {
      const h = harness();
      followRecord(h.connect, 5, { onRecord: () => {}, onFirstScreen: () => {} }, h.later);
      h.ports[0]?.die();
      h.runTimer();
      expect(h.names).toEqual([`${RECORD_PORT_PREFIX}5${FIRST_SCREEN_SUFFIX}`, `${RECORD_PORT_PREFIX}5`]);
      expect(recordPortOf(h.names[1] ?? '')).toEqual({ tabId: 5, first: false });
    });
  });
});
