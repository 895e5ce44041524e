// Main-world end of the bridge to the isolated content script: the handshake, the queue of reports and its crossings.
import {
  CHANNEL_PREFIX,
  HELLO_EVENT,
  MAX_DETAIL,
  MAX_QUEUE,
  PULL_SUFFIX,
  READY_EVENT,
  type Bridge,
  type Emit,
  type HookEvent,
  type StorageKind,
  type Trace,
} from './contract.ts';
import { captureIntrinsics, type Intrinsics } from './intrinsics.ts';
import { makeTracer, type Tracer } from './tracer.ts';

/** While the page loads, the queue crosses at the latest this long after its first entry. */
const LOADING_FLUSH_MS = 1000;

type Win = Window & typeof globalThis;

/**
 * Main-world end of the bridge. Handshake: we announce a random nonce on HELLO_EVENT at document_start; the isolated
 * script,
 * which also runs at document_start, takes only the first hello and only before the page had a chance to run, and
 * acknowledges with preventDefault (dispatchEvent returns false synchronously). If it started after us, its READY_EVENT
 * makes
 * us repeat the hello. Page scripts run later and never see the nonce, so they cannot read or forge the channel.
 *
 * What crosses, and when: a write costs the page only a queued reference (and, for a first write, a captured Error).
 * While
 * the page loads, the queue crosses after the load event, or when it is full, or a second after its first entry, or at
 * pagehide; once loaded, at the end of each task. Serialising and formatting stacks happen at the crossing, so an
 * audited
 * page loads nearly as fast as an unaudited one. The events keep the time of the write, which is what places them in a
 * phase.
 */
export function connectMainWorld(
  win: Win,
  self: string,
  tracer?: Tracer,
  i: Intrinsics = captureIntrinsics(win),
): Bridge {
  const { apply, create, keys, dispatch, addListener, removeListener, JSONObj, stringify, later, splice, microtask } =
    i;
  const tracerOf = tracer ?? makeTracer(win, i);
  const CustomEventCtor = i.CustomEventCtor ?? win.CustomEvent;
  // The window's own (EventTarget's in browsers), captured before the page runs.
  const addWindowListener = win.addEventListener;
  const doc = win.document;
  const nonce = makeNonce(win);
  const channel = CHANNEL_PREFIX + nonce;
  /** Writes not yet across, in order; `traces[i]` is the caller's stack of `queue[i]` where one was taken. */
  const queue: HookEvent[] = [];
  const traces: Array<Trace | undefined> = [];
  let connected = false;
  let retryPending = false;
  let retries = 0;
  let loading = true;
  try {
    loading = doc.readyState !== 'complete';
  } catch {
    /* treat as loading: the timer still sends */
  }

  const quote = (s: string): string => apply(stringify, JSONObj, [s]); // strings never consult a page's toJSON
  /** Our own serialiser: JSON.stringify of an object would call a toJSON the page may add to Object.prototype. */
  const toJson = (ev: HookEvent, trace: Trace | undefined): string => {
    const ks: string[] = keys(ev);
    let out = '';
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === undefined || k === 'stack' || k === 'stackKind') continue;
      const v = ev[k];
      const json =
        typeof v === 'string'
          ? quote(v)
          : typeof v === 'number'
            ? v === v && v !== Infinity && v !== -Infinity
              ? '' + v
              : 'null'
            : typeof v === 'boolean'
              ? v
                ? 'true'
                : 'false'
              : undefined;
      if (json !== undefined) out += (out ? ',' : '') + quote(k) + ':' + json;
    }
    const f = trace === undefined ? undefined : tracerOf.format(trace);
    const stack = f === undefined ? (typeof ev.stack === 'string' ? ev.stack : '') : f.stack;
    if (stack !== '' || f !== undefined) out += (out ? ',' : '') + '"stack":' + quote(stack);
    if (f !== undefined) out += ',"stackKind":' + quote(f.kind);
    return '{' + out + '}';
  };
  /** True when a listener of ours accepted the event. */
  const fire = (type: string, detail: string | null): boolean => {
    const init: CustomEventInit<string | null> = create(null);
    init.detail = detail;
    init.cancelable = true;
    init.bubbles = false;
    init.composed = false;
    return !apply(dispatch, doc, [new CustomEventCtor(type, init)]);
  };
  const HEAD = '{"v":1,"events":[';
  /** Send the queue in crossings of at most MAX_DETAIL characters; what is not taken stays queued, in order. */
  const flush = (): void => {
    if (!connected || queue.length === 0) return;
    let sent = 0;
    while (sent < queue.length) {
      let body = '';
      let n = 0;
      // Serialised here, once per crossing: a stack's text is made only now, all of them with one formatter swap.
      tracerOf.batch(() => {
        for (let i = sent; i < queue.length && n < MAX_QUEUE; i++) {
          const ev = queue[i];
          if (ev === undefined) break;
          const json = toJson(ev, traces[i]);
          if (n > 0 && HEAD.length + body.length + json.length + 3 > MAX_DETAIL) break;
          body += (n ? ',' : '') + json;
          n += 1;
        }
      });
      if (n === 0) break;
      if (!fire(channel, HEAD + body + ']}')) break;
      sent += n;
    }
    if (sent > 0) {
      apply(splice, queue, [0, sent]);
      apply(splice, traces, [0, sent]);
      retries = 0;
    }
    if (queue.length === 0) return;
    // No taker: document.open() erased the listener; the isolated script adds it back on its next tick.
    if (!retryPending && retries < 120) {
      retryPending = true;
      retries += 1;
      apply(later, win, [
        () => {
          retryPending = false;
          try {
            flush();
          } catch {
            /* retried on the next event */
          }
        },
        500,
      ]);
    }
  };
  const hello = (): void => {
    if (connected) return;
    if (fire(HELLO_EVENT, '{"n":' + quote(nonce) + ',"self":' + quote(self) + '}')) {
      connected = true;
      apply(removeListener, doc, [READY_EVENT, onReady]);
      // The isolated world asks for the queue before it compares storage with what the hooks reported.
      apply(addListener, doc, [channel + PULL_SUFFIX, onPull]);
      if (!loading) flush();
    }
  };
  const onReady = (): void => {
    try {
      hello();
    } catch {
      /* stay unconnected */
    }
  };
  const onPull = (e: Event): void => {
    try {
      flush();
      if (queue.length === 0) e.preventDefault(); // the acknowledgement: nothing of ours is left behind
    } catch {
      /* not acknowledged: the isolated world skips its comparison this time */
    }
  };
  const onLoaded = (): void => {
    // After this the page has run: a late READY may be the page fishing for the nonce.
    apply(removeListener, doc, [READY_EVENT, onReady]);
    apply(removeListener, doc, ['DOMContentLoaded', onLoaded]);
  };
  const flushSafe = (): void => {
    try {
      flush();
    } catch {
      /* retried on the next event */
    }
  };
  /** After the load event's handlers, not during them: the page's load time is what an audit must not change. */
  const onLoad = (): void => {
    loading = false;
    apply(later, win, [flushSafe, 0]);
  };
  const onPageHide = (): void => {
    loading = false;
    flushSafe();
  };
  try {
    if (loading) apply(addWindowListener, win, ['load', onLoad, { once: true }]);
    // Leaving before the load (or a page that never finishes): what is queued goes now, while the isolated script
    // listens.
    apply(addWindowListener, win, ['pagehide', onPageHide]);
  } catch {
    /* no load or pagehide listener: the one-second timer still sends */
  }
  // document.open() erases every listener of the document and the window, and empties the document: a change of the
  // document's children puts ours back (adding a listener twice is a no-op). The records are not read: their getters
  // are the page's.
  const rearm = (): void => {
    try {
      if (connected) apply(addListener, doc, [channel + PULL_SUFFIX, onPull]);
      apply(addWindowListener, win, ['pagehide', onPageHide]);
    } catch {
      /* the queue still crosses on its retries */
    }
  };
  try {
    const MO = win.MutationObserver;
    apply(MO.prototype.observe, new MO(rearm), [doc, { childList: true }]);
  } catch {
    /* no observer: bypass writes after a document.open() go unseen */
  }
  try {
    apply(addListener, doc, [READY_EVENT, onReady]);
    if (doc.readyState === 'loading') apply(addListener, doc, ['DOMContentLoaded', onLoaded]);
    else apply(later, win, [onLoaded, 0]);
    hello();
  } catch {
    /* no bridge: events stay queued */
  }

  let scheduled = false;
  let timerSet = false;
  const flushSoon = (): void => {
    scheduled = false;
    if (!loading) flushSafe();
  };
  const onTimer = (): void => {
    timerSet = false;
    flushSafe();
  };
  const send: Emit = (ev: HookEvent, trace?: Trace): void => {
    try {
      // A loop of thousands of writes sends full queues as it goes instead of dropping.
      if (queue.length >= MAX_QUEUE) flush();
      if (queue.length >= MAX_QUEUE) return; // no taker yet: dropped, the browser's own cookie events still stand
      traces[queue.length] = trace;
      queue[queue.length] = ev;
      if (loading) {
        // A slow page still reports as it goes, once a second at most.
        if (!timerSet) {
          timerSet = true;
          apply(later, win, [onTimer, LOADING_FLUSH_MS]);
        }
        return;
      }
      // One crossing per task, not per write: a page writing document.cookie in a loop pays for one crossing.
      if (!scheduled) {
        scheduled = true;
        if (typeof microtask === 'function') apply(microtask, win, [flushSoon]);
        else flushSoon();
      }
    } catch {
      /* dropped */
    }
  };
  const touch = (kind: StorageKind): void => {
    try {
      if (connected) fire(channel, '{"v":1,"touch":' + quote(kind) + '}');
    } catch {
      /* the isolated world then compares against its own start */
    }
  };
  const bridge: Bridge = send;
  bridge.touch = touch;
  return bridge;
}

function makeNonce(win: Win): string {
  const words = new Uint32Array(4);
  try {
    win.crypto.getRandomValues(words);
  } catch {
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 0x1_0000_0000);
  }
  let hex = '';
  for (let i = 0; i < words.length; i++) hex += (words[i] ?? 0).toString(16).padStart(8, '0');
  return hex;
}
