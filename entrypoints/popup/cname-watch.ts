// Firefox's browser.dns for the popup: resolves the first-party
// hosts of each pushed record (and the third-party hosts no tracker matches; each host once) and reports
// the cloaked ones. Chrome has no browser.dns: the popup then says it cannot see CNAME cloaking.
import { browser } from 'wxt/browser';
import type { Knowledge } from '../../utils/findings/index.ts';
import {
  canonicalNameLookup,
  findCnameCloaks,
  type CnameCloak,
  type CnameLookup,
} from '../../utils/findings/cname-cloak.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { CnameView } from '../../components/cname-note.tsx';

interface DnsApi {
  resolve(host: string, flags?: string[]): Promise<{ canonicalName?: string | null }>;
}

/** browser.dns where the browser has it (Firefox, with the manifest's "dns" permission). */
function dnsApi(): DnsApi | null {
  const api = (browser as unknown as { dns?: DnsApi }).dns;
  return api && typeof api.resolve === 'function' ? api : null;
}

export interface CnameWatch {
  initial: CnameView;
  /** Look at a record's first-party hosts; `changed` is called when the cloak list changes */
  update(record: PageRecord, knowledge: Knowledge, changed: (v: CnameView) => void): void;
}

export function cnameWatch(): CnameWatch {
  const api = dnsApi();
  if (!api) return { initial: { supported: false }, update: () => {} };
  // One DNS question per name for the popup's life.
  const cache = new Map<string, Promise<string[]>>();
  const base = canonicalNameLookup((host) => api.resolve(host, ['canonical_name']));
  const lookup: CnameLookup = {
    resolveCname(host) {
      let p = cache.get(host);
      if (!p) cache.set(host, (p = base.resolveCname(host)));
      return p;
    },
  };
  let last = '';
  let running = Promise.resolve();
  return {
    initial: { supported: true, cloaks: [] },
    update(record, knowledge, changed) {
      // Serialised, so an older record's answer never replaces a newer one's.
      running = running.then(async () => {
        const cloaks: CnameCloak[] = await findCnameCloaks(record, knowledge.trackers, lookup).catch(() => []);
        const key = JSON.stringify(cloaks);
        if (key === last) return;
        last = key;
        changed({ supported: true, cloaks });
      });
    },
  };
}
