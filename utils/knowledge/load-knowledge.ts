// The findings engine's knowledge with the IP-to-country table fetched from where the extension (or a server) keeps it.
import { createKnowledge, type Knowledge } from './knowledge.ts';
import { loadIpTableHere, loadIpTableOffThread, type IpTableWorker } from './ip-table-thread.ts';

/**
 * A missing or corrupt table costs only the server countries, never the findings. With `worker` (an extension page)
 * the table is decoded in that Worker, off the page's main thread; without it, or if it fails, here.
 */
export async function loadKnowledge(ipTableUrl: string, worker?: () => IpTableWorker): Promise<Knowledge> {
  const ipTable = worker ? await loadIpTableOffThread(ipTableUrl, worker) : await loadIpTableHere(ipTableUrl);
  return createKnowledge({ ipTable });
}
