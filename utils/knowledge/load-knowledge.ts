// The findings engine's knowledge with the IP-to-country table fetched from where the extension (or a server) keeps it.
import { createKnowledge, type Knowledge } from './knowledge.ts';
import { loadIpTable, type IpTable } from './ip-country.ts';

/** A missing or corrupt table costs only the server countries, never the findings. */
export async function loadKnowledge(ipTableUrl: string): Promise<Knowledge> {
  let ipTable: IpTable | null = null;
  try {
    const res = await fetch(ipTableUrl);
    if (res.ok) ipTable = loadIpTable(await res.arrayBuffer());
  } catch {
    // keep null
  }
  return createKnowledge({ ipTable });
}
