// Isolated-world end of the bridge: takes the main world's hello, then its reports. Runs in the content script's own
// world, whose built-ins the page cannot reach.
import {
  CHANNEL_PREFIX,
  HELLO_EVENT,
  MAX_DETAIL,
  MAX_QUEUE,
  MAX_URL,
  PULL_SUFFIX,
  READY_EVENT,
  type StorageKind,
} from './contract.ts';

const NONCE = /^[0-9a-f]{32}$/;

export interface MainWorldListener {
  /** Re-adds the channel listener (idempotent): document.open() erases listeners. */
  refresh(): void;
  readonly connected: boolean;
  /**
   * Asks the main world to send what it has queued, synchronously. True when nothing of the main world's can still be
   * on
   * its way (sent now, or no main world connected); false when the main world did not answer.
   */
  pull(): boolean;
}

/**
 * Isolated-world end of the bridge: accepts the first hello only, and only before the page could run
 * (until DOMContentLoaded, or until the end of this task in documents that are already parsed, such as about:blank).
 */
export function listenMainWorld(
  win: Window,
  onReport: (events: unknown[], self: string) => void,
  onTouch: (kind: StorageKind) => void = () => {},
  onReopen: () => void = () => {},
): MainWorldListener {
  const doc = win.document;
  let nonce: string | null = null;
  let self = '';
  let open = true;

  const detailOf = (e: Event): string | undefined => {
    const d: unknown = Reflect.get(e, 'detail');
    return typeof d === 'string' && d.length <= MAX_DETAIL ? d : undefined;
  };
  const parse = (s: string | undefined): unknown => {
    if (s === undefined) return undefined;
    try {
      return JSON.parse(s);
    } catch {
      return undefined;
    }
  };
  const onEvents = (e: Event): void => {
    e.preventDefault(); // the acknowledgement: the main world keeps its queue until it sees this
    const msg = parse(detailOf(e));
    if (typeof msg !== 'object' || msg === null || !('v' in msg) || msg.v !== 1) return;
    if ('touch' in msg) {
      if (msg.touch === 'localStorage' || msg.touch === 'sessionStorage') {
        try {
          onTouch(msg.touch);
        } catch {
          /* the consumer's problem, not the page's */
        }
      }
      return;
    }
    if (!('events' in msg) || !Array.isArray(msg.events)) return;
    const events: unknown[] = msg.events.slice(0, MAX_QUEUE);
    try {
      onReport(events, self);
    } catch {
      /* the consumer's problem, not the page's */
    }
  };
  const onHello = (e: Event): void => {
    if (!open || nonce !== null) return;
    const msg = parse(detailOf(e));
    if (typeof msg !== 'object' || msg === null || !('n' in msg) || typeof msg.n !== 'string' || !NONCE.test(msg.n))
      return;
    nonce = msg.n;
    self = 'self' in msg && typeof msg.self === 'string' ? msg.self.slice(0, MAX_URL) : '';
    e.preventDefault();
    doc.removeEventListener(HELLO_EVENT, onHello);
    doc.addEventListener(CHANNEL_PREFIX + nonce, onEvents);
  };
  const close = (): void => {
    open = false;
    doc.removeEventListener(HELLO_EVENT, onHello);
  };
  doc.addEventListener(HELLO_EVENT, onHello);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', close, { once: true });
  else setTimeout(close, 0);
  const refresh = (): void => {
    if (nonce !== null) doc.addEventListener(CHANNEL_PREFIX + nonce, onEvents);
  };
  // document.open() erases every listener of the document and the window (ours too) and empties the document: a removed
  // child of the document is the sign, seen at the end of the page's task, so ours are back before its next one.
  try {
    new MutationObserver((records) => {
      if (!records.some((r) => r.removedNodes.length > 0)) return;
      refresh();
      try {
        onReopen();
      } catch {
        /* the consumer's problem, not the page's */
      }
    }).observe(doc, { childList: true });
  } catch {
    /* the periodic refresh still puts the channel back */
  }
  doc.dispatchEvent(new CustomEvent(READY_EVENT));
  return {
    refresh,
    get connected(): boolean {
      return nonce !== null;
    },
    pull(): boolean {
      if (nonce === null) return true;
      return !doc.dispatchEvent(new CustomEvent(CHANNEL_PREFIX + nonce + PULL_SUFFIX, { cancelable: true }));
    },
  };
}
