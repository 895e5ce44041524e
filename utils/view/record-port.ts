// Following a tab's live record over the record port, as the popup and the report page both do: every push checked,
// and a reconnect with back-off when the service worker stops (its ports die with it).
import { FIRST_SCREEN_SUFFIX, RECORD_PORT_PREFIX, type FullRequest } from '../messaging/protocol.ts';
import type { PageRecord } from '../record/record.ts';
import { asFirstScreen, type FirstScreen } from './first-screen.ts';
import { asPortPush } from './message-checks.ts';

export const RECONNECT_MS = 500;
export const RECONNECT_MAX_MS = 5000;

/** The part of runtime.Port used here (a test passes its own). */
export interface RecordPort {
  onMessage: { addListener(listener: (raw: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage?(msg: FullRequest): void;
}

export interface RecordFollower {
  /** Each valid push: the tab's record, or null when it has none */
  onRecord(record: PageRecord | null): void;
  /**
   * Set: the first connect asks for the first screen (the popup), which comes before the record; call `wantRecord`
   * once it is painted, and the record and its later pushes follow. A reconnect asks for the record at once.
   */
  onFirstScreen?(screen: FirstScreen, wantRecord: () => void): void;
  /** The port went down; a reconnect is scheduled */
  onDisconnect?(): void;
}

export function followRecord(
  connect: (name: string) => RecordPort,
  tabId: number,
  follower: RecordFollower,
  later: (f: () => void, ms: number) => unknown = setTimeout,
): void {
  let delay = RECONNECT_MS;
  let first = follower.onFirstScreen !== undefined;
  const retry = (): void => {
    later(open, delay);
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };
  function open(): void {
    let port: RecordPort;
    const withScreen = first;
    first = false;
    try {
      port = connect(`${RECORD_PORT_PREFIX}${tabId}${withScreen ? FIRST_SCREEN_SUFFIX : ''}`);
    } catch {
      retry();
      return;
    }
    let asked = !withScreen;
    const wantRecord = (): void => {
      if (asked) return;
      asked = true;
      try {
        port.postMessage?.({ type: 'full' });
      } catch {
        // The port is down: its reconnect asks for the record.
      }
    };
    port.onMessage.addListener((raw) => {
      const screen = asked ? null : asFirstScreen(raw);
      if (screen) {
        delay = RECONNECT_MS;
        follower.onFirstScreen?.(screen, wantRecord);
        return;
      }
      const push = asPortPush(raw);
      if (!push) return;
      delay = RECONNECT_MS;
      // A tab without a record answers a first-screen connect with the null push: the record's pushes follow it.
      wantRecord();
      follower.onRecord(push.record);
    });
    port.onDisconnect.addListener(() => {
      follower.onDisconnect?.();
      retry();
    });
  }
  open();
}
