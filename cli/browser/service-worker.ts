// Stopping the extension's service worker on purpose, as Chrome does after 30 s idle (tests of worker restarts, bench).
import type { BrowserContext } from 'playwright-core';

/**
 * Stop every service worker of the profile and wait until one extension worker is reported stopped.
 * `ServiceWorker.stopAllWorkers` on a page's CDP session acts on the whole profile; Playwright's own worker 'close'
 * event comes late or not at all, so the CDP status is what counts. The worker starts again on its next event.
 */
export async function stopServiceWorker(context: BrowserContext, timeoutMs = 5_000): Promise<void> {
  const page = context.pages().find((p) => !p.isClosed()) ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const seen: string[] = [];
    let wake = (): void => {};
    session.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) seen.push(v.runningStatus);
      wake();
    });
    const until = (test: (s: string[]) => boolean, deadline: number, what: () => string): Promise<void> =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (test(seen)) {
            clearTimeout(timer);
            resolve();
          }
        };
        wake = check;
        clearTimeout(timer);
        timer = setTimeout(() => reject(new Error(`stopServiceWorker: ${what()} within ${deadline} ms`)), deadline);
        check();
      });
    // enable reports the current state by event after its answer, before anything the stop reports: the last status
    // seen is the worker's, stopped already or stopping now (no fixed wait for the first report).
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await until(
      (s) => s.at(-1) === 'stopped',
      timeoutMs,
      () => (seen.length ? 'the extension worker did not stop' : 'no extension service worker reported'),
    );
  } finally {
    clearTimeout(timer);
    await session.detach().catch(() => {});
  }
}
