// Content script -> background messages that survive a restarting worker, shared by the recorder and autoconsent.
// The runtime is passed in (a getter: reading it can throw once the extension was reloaded), so tests need no browser.

/** The part of runtime used here. */
export interface Runtime {
  readonly id?: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
}

/** After an extension reload an old content script stays in the page without a runtime: it should stop quietly. */
export function runtimeAlive(runtime: () => Runtime | undefined): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

/**
 * Sends `message`; a worker that is restarting rejects it, so with `retry` it is sent once more `retryMs` later if the
 * runtime is still there. Resolves with the reply, or undefined when none came. Never throws, never rejects.
 */
export function sendToWorker(
  runtime: () => Runtime | undefined,
  message: unknown,
  retry: boolean,
  retryMs: number,
  later: (f: () => void, ms: number) => unknown = setTimeout,
): Promise<unknown> {
  let sent: Promise<unknown>;
  try {
    const rt = runtime();
    sent = rt ? rt.sendMessage(message) : Promise.reject(new Error('no runtime'));
  } catch (e) {
    sent = Promise.reject(e);
  }
  return sent.catch(() => {
    if (!retry || !runtimeAlive(runtime)) return undefined;
    return new Promise<unknown>((resolve) => {
      later(() => resolve(sendToWorker(runtime, message, false, retryMs, later)), retryMs);
    });
  });
}

/** Chrome's error when the receiver closed the channel without answering. */
export const NO_RESPONSE = 'The message port closed before a response was received.';

/**
 * The browser's own runtime answering as the webextension polyfill did, for a content script shipped without it: a
 * channel closed without an answer resolves with nothing (a rejection would be resent, so a batch could arrive twice),
 * and a failure the worker reports in the polyfill's form (see the background's onMessage) rejects.
 */
export function withPolyfillReplies(get: () => Runtime | undefined): () => Runtime | undefined {
  return wrapSend(get, (rt, message) =>
    rt.sendMessage(message).then(
      (reply: unknown) => {
        const r = reply as { __mozWebExtensionPolyfillReject__?: unknown; message?: unknown } | null | undefined;
        if (r && r.__mozWebExtensionPolyfillReject__) throw new Error(String(r.message));
        return reply;
      },
      (e: unknown) => {
        if (e instanceof Error && e.message === NO_RESPONSE) return undefined;
        throw e;
      },
    ),
  );
}

/**
 * For a message whose answer is the receipt (page events: the worker answers once they are stored): an answer of
 * nothing, which is what a worker stopped before answering gives (the channel closed), rejects, so that
 * `sendToWorker` sends it once more. A worker that answers has the message; one that stopped before may have lost it.
 */
export function needsAnswer(get: () => Runtime | undefined): () => Runtime | undefined {
  return wrapSend(get, (rt, message) =>
    rt.sendMessage(message).then((reply: unknown) => {
      if (reply === undefined) throw new Error('no answer: the worker stopped before it answered');
      return reply;
    }),
  );
}

/** `get`'s runtime with its sendMessage replaced by `send`; one wrapper per runtime object, made when it changes. */
function wrapSend(
  get: () => Runtime | undefined,
  send: (rt: Runtime, message: unknown) => Promise<unknown>,
): () => Runtime | undefined {
  let last: Runtime | undefined;
  let wrapped: Runtime | undefined;
  return () => {
    const rt = get();
    if (!rt) return undefined;
    if (rt !== last || !wrapped) {
      last = rt;
      wrapped = {
        get id() {
          return rt.id;
        },
        sendMessage: (message: unknown): Promise<unknown> => send(rt, message),
      };
    }
    return wrapped;
  };
}
