// Following a tab's live record over the record port, as the popup and the report page both do: every push checked,
// and a reconnect with back-off when the service worker stops (its ports die with it).
import { RECORD_PORT_PREFIX } from '../messaging/protocol.ts';
import type { PageRecord } from '../record/record.ts';
import { asPortPush } from './message-checks.ts';

export const RECONNECT_MS = 500;
export const RECONNECT_MAX_MS = 5000;

/** The part of runtime.Port used here (a test passes its own). */
export interface RecordPort {
  onMessage: { addListener(listener: (raw: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface RecordFollower {
  /** Each valid push: the tab's record, or null when it has none */
  onRecord(record: PageRecord | null): void;
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
  const retry = (): void => {
    later(open, delay);
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };
  function open(): void {
    let port: RecordPort;
    try {
      port = connect(`${RECORD_PORT_PREFIX}${tabId}`);
    } catch {
      retry();
      return;
    }
    port.onMessage.addListener((raw) => {
      const push = asPortPush(raw);
      if (!push) return;
      delay = RECONNECT_MS;
      follower.onRecord(push.record);
    });
    port.onDisconnect.addListener(() => {
      follower.onDisconnect?.();
      retry();
    });
  }
  open();
}
