// An IndexedDB record as a storage value: `store|key|field|field…` (a line each), read by the same checks as any stored
// value (the echo check splits on `|`; the record key is the second part). Shared by the main-world hooks and the
// listing, so it takes its built-ins from the caller and uses no method a page can replace.

/** Top-level fields of a record's value taken at most (data properties with a string or number value only). */
export const MAX_FIELDS = 16;
/** Characters of a store name or record key kept. */
const MAX_PART = 256;

export interface RecordReadKit {
  keys(o: object): string[];
  /** An own data property's value, never a getter's (reading one would run page code). */
  own(o: unknown, k: string): unknown;
}

const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && v === v ? '' + v : undefined;

/** A name with `|` and line breaks made `/`: a store named `a|b` cannot move the record key out of its place. */
function part(v: unknown): string {
  const s = scalar(v) ?? '';
  let out = '';
  for (let n = 0; n < s.length && n < MAX_PART; n++) out += s[n] === '|' || s[n] === '\n' ? '/' : s[n];
  return out;
}

/**
 * A value already stored by the browser (its structured clone succeeded, so it holds no Proxy at its top): only its own
 * keys and own data properties are read, never a getter or a nested object.
 */
export function recordText(kit: RecordReadKit, store: string, key: unknown, value: unknown): string {
  let out = part(store) + '|' + part(key);
  const primitive = scalar(value);
  if (primitive !== undefined) return out + '|' + primitive;
  if (typeof value !== 'object' || value === null) return out;
  const names = kit.keys(value);
  for (let n = 0; n < names.length && n < MAX_FIELDS; n++) {
    const field = scalar(kit.own(value, names[n]!));
    if (field !== undefined) out += '|' + field;
  }
  return out;
}

/** The record keys of a value made of recordText lines (the second part of each); none in a name-only value. */
export function recordKeysOf(value: string): string[] {
  const out: string[] = [];
  for (const line of value.split('\n')) {
    const parts = line.split('|');
    if (parts.length > 1 && parts[1]) out.push(parts[1]);
  }
  return out;
}
