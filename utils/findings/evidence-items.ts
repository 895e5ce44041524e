// Evidence items of findings: a request, cookie or storage fact as the report lists it.
import type { CookieFact, RequestFact, StorageFact } from './context.ts';
import type { EvidenceItem, FindingSubject } from './types.ts';

export function requestItem(r: RequestFact): EvidenceItem {
  return {
    kind: 'request',
    url: r.entry.url.length > 2000 ? `${r.entry.url.slice(0, 2000)}…` : r.entry.url,
    host: r.out.host,
    t: r.out.t,
    phase: r.out.phase,
    type: r.out.type,
    method: r.out.method,
    serverIp: r.out.serverIp,
    serverCountry: r.out.serverCountry,
    ...(r.out.viaProxy ? { viaProxy: true as const } : {}),
    script: r.out.script,
    ...(r.out.script && r.out.attribution ? { attribution: r.out.attribution } : {}),
  };
}

export function cookieItem(c: CookieFact): EvidenceItem {
  return {
    kind: 'cookie',
    name: c.out.name,
    domain: c.out.domain,
    valueLength: c.out.valueLength,
    t: c.out.t,
    lastT: c.out.lastT,
    phase: c.out.phase,
    setBy: c.out.setBy,
    writes: c.out.writes,
    script: c.out.script,
    setByUrl: c.out.setByUrl,
    purpose: c.out.purpose,
    ...(c.out.script && c.out.attribution ? { attribution: c.out.attribution } : {}),
  };
}

export function storageItem(s: StorageFact): EvidenceItem {
  return {
    kind: 'storage',
    storageKind: s.out.kind,
    origin: s.out.origin,
    key: s.out.key,
    valueLength: s.out.valueLength,
    t: s.out.t,
    lastT: s.out.lastT,
    phase: s.out.phase,
    writes: s.out.writes,
    script: s.out.script,
    ...(s.out.script && s.out.attribution ? { attribution: s.out.attribution } : {}),
  };
}

export function isCookieFact(f: CookieFact | StorageFact): f is CookieFact {
  return 'name' in f.out;
}

/** A cookie or storage write as a finding's subject, with its evidence item and (storage) id key kind:key@host. */
export function storeEvidence(f: CookieFact | StorageFact): {
  subject: FindingSubject;
  items: EvidenceItem[];
  idKey?: string;
} {
  if (isCookieFact(f))
    return { subject: { kind: 'cookie', name: f.out.name, host: f.out.domain }, items: [cookieItem(f)] };
  const s = f.out;
  return {
    subject: { kind: 'storage', name: s.key, host: s.host },
    items: [storageItem(f)],
    idKey: `${s.kind}:${s.key}@${s.host}`,
  };
}

/** The text values of a tracking-write finding: the cookie's name and domain, or the key, storage kind and origin. */
export function storeVars(f: CookieFact | StorageFact, purpose: string): Record<string, string> {
  return isCookieFact(f)
    ? { name: f.out.name, domain: f.out.domain, purpose }
    : { name: f.out.key, storageKind: f.out.kind, origin: f.out.origin, purpose };
}
