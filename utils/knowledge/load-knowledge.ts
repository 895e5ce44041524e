// The findings engine's knowledge with the IP-to-country table fetched from where the extension (or a server) keeps it.
import { createKnowledge, type Knowledge } from './knowledge.ts';
import type { IpTable } from './ip-country.ts';
import { loadIpTableHere } from './ip-table-thread.ts';

/** A missing or corrupt table costs only the server countries, never the findings. */
export async function loadKnowledge(ipTableUrl: string): Promise<Knowledge> {
  return knowledgeWith(await loadIpTableHere(ipTableUrl));
}

/** The knowledge around a table loaded elsewhere (the popup's, decoded in a Worker: ip-table-thread.ts). */
export function knowledgeWith(ipTable: IpTable | null): Knowledge {
  return createKnowledge({ ipTable });
}
