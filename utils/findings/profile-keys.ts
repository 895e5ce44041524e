// Where a value sits in a request, named so the same place matches across scenarios: host, path pattern, parameter.
import { isIdLike, queryParams } from './identifiers.ts';
import { splitIds, unwrapParam } from './hidden-ids.ts';

export interface PlacedValue {
  /** Host, path pattern and place: the same in every profile that sent the request */
  key: string;
  /** What a reader calls the place: the parameter's name (or label inside it), or `path segment N` */
  label: string;
  value: string;
}

const MAX_PARAMS = 50;
const FILE_EXT = /\.[a-z][a-z0-9]{0,4}$/i;

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A path segment that may hold a value rather than name a resource: long enough, with a digit or id-like. */
function variable(s: string): boolean {
  return s.length >= 6 && (/\d/.test(s) || isIdLike(s));
}

/** The request's values by place; `path segment N` counts from 1, as the unknown-tracking reasons do. */
export function requestValues(url: string): PlacedValue[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const out: PlacedValue[] = [];
  const raw = u.pathname.split('/').filter((s) => s !== '');
  const segs = raw.map((r, i) => {
    const s = decodeSegment(r);
    return i === raw.length - 1 ? s.replace(FILE_EXT, '') : s;
  });
  const pattern = raw.map((r, i) => (variable(segs[i]!) ? '*' : r)).join('/');
  const at = `${u.host}/${pattern}`;
  segs.forEach((s, i) => {
    if (variable(s)) out.push({ key: `${at}#${i + 1}`, label: `path segment ${i + 1}`, value: s });
  });
  const params = queryParams(u.search, MAX_PARAMS);
  for (const p of params) out.push({ key: `${at}?${p.name}`, label: p.name, value: p.value });
  for (const w of params.flatMap(unwrapParam)) out.push({ key: `${at}?${w.label}`, label: w.label, value: w.value });
  for (const s of splitIds(params)) {
    const label = s.names.join('+');
    out.push({ key: `${at}?${label}`, label, value: s.value });
  }
  return out;
}

export const cookieKey = (name: string, domain: string): string => `cookie ${name}@${domain.replace(/^\./, '')}`;
export const storageKey = (kind: string, origin: string, key: string): string => `${kind} ${origin} ${key}`;
