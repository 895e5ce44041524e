// Messages to the extension's service worker itself, through the debugger protocol (Playwright's Worker.evaluate), with
// no extension page on the way: the background's WORKER_ENTRY (utils/messaging/protocol.ts) and its tab list.
import type { BrowserContext, Worker } from 'playwright-core';
import { WORKER_ENTRY, type Message } from '../../utils/messaging/protocol.ts';
import type { ListedTab } from './tab-claim.ts';

/** One call into the service worker; a worker that stopped in between is asked again (or the helper page is). */
export const WORKER_CALL_MS = 3_000;

/** The part of the extension API the code run in the service worker uses (a global there). */
interface WorkerApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> };
  runtime: { onMessage: { hasListeners(): boolean } };
}

/** What answerInWorker returns when no worker of the extension can take the message: the helper page takes it. */
export const NO_WORKER = Symbol('no worker');
/** Messages that change nothing in the background: asked again elsewhere when the worker's answer is late. */
const READS: ReadonlySet<Message['type']> = new Set(['ping', 'get-record']);

/** The background's answer to `message`, as JSON text, from its WORKER_ENTRY; null while the worker has none yet. */
export function callEntry(worker: Worker, message: Message): Promise<string | null> {
  return worker.evaluate(
    async ({ name, m }) => {
      const entry = (globalThis as unknown as Record<string, ((m: unknown) => Promise<string>) | undefined>)[name];
      return entry ? entry(m) : null;
    },
    { name: WORKER_ENTRY, m: message },
  );
}

/** `call`, or null once it fails or has not answered within WORKER_CALL_MS (a worker stopped mid-call). */
export function withinWorkerCall<T>(call: Promise<T | null>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), WORKER_CALL_MS);
  });
  return Promise.race([call.catch(() => null), late]).finally(() => clearTimeout(timer));
}

/**
 * `message` answered in the extension's service worker, or NO_WORKER when no worker runs with its entry set (stopped,
 * starting again). A read is given up after WORKER_CALL_MS (a worker stopped mid-call) and asked again from the helper
 * page; a message that acts (a banner answer) is sent only once a ping through the same worker answered, and then
 * once: its failure is the message's failure, as a helper page's would be.
 */
export async function answerInWorker(
  context: BrowserContext,
  extensionId: string,
  message: Message,
): Promise<unknown | typeof NO_WORKER> {
  const worker = extensionWorker(context, extensionId);
  if (!worker) return NO_WORKER;
  if (READS.has(message.type)) {
    const json = await withinWorkerCall(callEntry(worker, message));
    return json === null ? NO_WORKER : (JSON.parse(json) as unknown);
  }
  if ((await withinWorkerCall(callEntry(worker, { type: 'ping' }))) === null) return NO_WORKER;
  const json = await callEntry(worker, message);
  if (json === null) throw new Error(`the extension's worker lost its entry while '${message.type}' was sent`);
  return JSON.parse(json) as unknown;
}

/** The extension's service worker in this context as Playwright attached it, or null. */
export function extensionWorker(context: BrowserContext, extensionId: string): Worker | null {
  const origin = `chrome-extension://${extensionId}/`;
  return context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? null;
}

/**
 * The tab list read in the extension's service worker itself, with no helper page on the way; null while the worker's
 * start script has not run. Its listeners are all registered synchronously in that script, so a task after it sees
 * them (the ping's guarantee: its handler is one of them), and the tab query is an extension API call made after them.
 */
export function tabsInWorker(worker: Worker): Promise<ListedTab[] | null> {
  return worker.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const api = (globalThis as unknown as { chrome: WorkerApi }).chrome;
    if (!api.runtime.onMessage.hasListeners()) return null;
    const all = await api.tabs.query({});
    return all.map((t) => ({ id: t.id ?? -1, url: t.url ?? '', pendingUrl: t.pendingUrl ?? '' }));
  });
}
