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
