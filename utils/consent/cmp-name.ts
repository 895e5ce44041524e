// Which consent manager a report names: the project's own CMP data first, then the TCF CMP id the page's API gave,
// then the autoconsent rule that found a banner, said as such.
// Autoconsent's rule names are never shown as a CMP's name.
import type { CmpDetection } from './cmp-detect.ts';

export interface CmpName {
  id: string;
  name: string;
  /** data: signatures in data/cmps.ts; tcf: only the TCF CMP id is known; banner: only a banner rule matched. */
  basis: 'data' | 'tcf' | 'banner';
}

const MAX_RULE = 80;

export function nameCmp(input: {
  detections: readonly CmpDetection[];
  tcfCmpIds: readonly number[];
  /** Autoconsent rule names from the automation steps, in order. */
  bannerRules: readonly string[];
}): CmpName | null {
  const d = input.detections[0];
  if (d) return { id: d.cmpId, name: d.name, basis: 'data' };
  const tcf = input.tcfCmpIds.find((n) => Number.isSafeInteger(n) && n > 0);
  if (tcf !== undefined)
    return { id: `tcf:${tcf}`, name: `TCF CMP id ${tcf}, not in this tool's CMP data`, basis: 'tcf' };
  const rule = input.bannerRules
    .find((r) => typeof r === 'string' && r.trim() !== '')
    ?.trim()
    .slice(0, MAX_RULE);
  if (rule !== undefined)
    return {
      id: `autoconsent:${rule}`,
      name: `banner found by autoconsent rule "${rule}" (CMP not identified)`,
      basis: 'banner',
    };
  return null;
}
