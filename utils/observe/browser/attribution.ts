// Which tab does an event without a tab belong to? Service-worker requests (tabId -1) carry only their initiator.
import { originOf } from '../../url/url.ts';

export interface TabTop {
  tabId: number;
  url: string;
}

/**
 * Tabs whose top-level page has the worker's origin; a worker shared by several tabs is reported in each. Failing
 * those, the tabs with a frame of that origin (`framed`): the service worker of an embedded frame, e.g. a tracker's.
 */
export function tabsForWorkerRequest(
  initiator: string | undefined,
  tabs: Iterable<TabTop>,
  framed?: (tabId: number, origin: string) => boolean,
): number[] {
  if (!initiator || initiator === 'null') return [];
  const origin = originOf(initiator);
  if (origin === 'null') return [];
  const out: number[] = [];
  for (const t of tabs) if (originOf(t.url) === origin) out.push(t.tabId);
  if (out.length || !framed) return out;
  for (const t of tabs) if (framed(t.tabId, origin)) out.push(t.tabId);
  return out;
}
