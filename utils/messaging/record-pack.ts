// The record as the live port carries it: the request and cookie lists as rows without their key names, and the
// strings that repeat down a column (host, site, type, initiator, ...) once in a table. 5,000 requests are 2.0 MB as
// objects; the popup has to receive and parse every byte before its first paint. Unpacked it is the same record.
import type { PageRecord } from '../record/record.ts';
import type { PortWire } from './protocol.ts';

/** One packed list: the key lists seen (shapes), then per object its shape and its values in that key order. */
export interface PackedRows {
  /** Per shape: its keys, and which of them hold an index into `strings` instead of the value. */
  shapes: Array<{ keys: string[]; interned: number[] }>;
  /** [shape, ...values] */
  rows: unknown[][];
}

export interface PackedRecord {
  /** The record with 0 in place of `requests` and `cookies` */
  rest: Record<string, unknown>;
  requests: PackedRows;
  cookies: PackedRows;
  strings: string[];
}

/** What the worker posts on a record port for a tab's record (or its absence). */
export function recordPush(record: PageRecord | null): PortWire {
  return record ? { type: 'record', packed: packRecord(record) } : { type: 'record', record: null };
}

/** What `PushCache` needs of a record builder: its record and a number that changes with every change to it. */
export interface RecordSource {
  readonly record: PageRecord | null;
  readonly revision: number;
}

/**
 * The push for each builder, packed again only when its record changed: a popup that connects to a finished page gets
 * the push made for the last change (or the last connect) instead of a fresh pack of 5,000 rows.
 */
export class PushCache {
  private readonly last = new WeakMap<RecordSource, { revision: number; record: PageRecord | null; push: PortWire }>();

  push(source: RecordSource | undefined): PortWire {
    if (!source) return recordPush(null);
    const hit = this.last.get(source);
    if (hit && hit.revision === source.revision && hit.record === source.record) return hit.push;
    const push = recordPush(source.record);
    this.last.set(source, { revision: source.revision, record: source.record, push });
    return push;
  }
}

/** Lists packed; every other field goes as it is. */
const PACKED = ['requests', 'cookies'] as const;

/** Pack a record's big lists. JSON drops undefined-valued keys, so the shapes do too: the result is the same. */
export function packRecord(record: PageRecord): PackedRecord {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const rest: Record<string, unknown> = {};
  // The packed lists keep their place (a 0 stands in) so that the unpacked record has the same key order.
  for (const [k, v] of Object.entries(record)) rest[k] = (PACKED as readonly string[]).includes(k) ? 0 : v;
  return {
    rest,
    requests: packRows(record.requests as unknown as ReadonlyArray<Record<string, unknown>>, intern),
    cookies: packRows(record.cookies as unknown as ReadonlyArray<Record<string, unknown>>, intern),
    strings,
  };
}

function packRows(list: ReadonlyArray<Record<string, unknown>>, intern: (s: string) => number): PackedRows {
  // A shape is the keys and which of their values are strings (those are interned): one pass, no second look.
  const shapeOf = new Map<string, number>();
  const shapes: PackedRows['shapes'] = [];
  const rows: unknown[][] = [];
  let last: { id: number; keys: string[]; strings: boolean[] } | null = null;
  const keys: string[] = [];
  const strings: boolean[] = [];
  for (const obj of list) {
    const row: unknown[] = [0];
    keys.length = 0;
    strings.length = 0;
    for (const k in obj) {
      const v = obj[k];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      keys.push(k);
      const isString = typeof v === 'string';
      strings.push(isString);
      row.push(isString ? intern(v) : v);
    }
    // Most rows have the shape of the row before: compared key by key, without building a lookup string.
    if (!last || !sameShape(last, keys, strings)) {
      const key = keys.map((k, c) => (strings[c] ? `$${k}` : `_${k}`)).join('\u0000');
      let id = shapeOf.get(key);
      if (id === undefined) {
        id = shapes.length;
        shapeOf.set(key, id);
        shapes.push({ keys: [...keys], interned: strings.flatMap((x, c) => (x ? [c] : [])) });
      }
      last = { id, keys: [...keys], strings: [...strings] };
    }
    row[0] = last.id;
    rows.push(row);
  }
  return { shapes, rows };
}

function sameShape(s: { keys: string[]; strings: boolean[] }, keys: string[], strings: boolean[]): boolean {
  if (s.keys.length !== keys.length) return false;
  for (let c = 0; c < keys.length; c++) if (s.keys[c] !== keys[c] || s.strings[c] !== strings[c]) return false;
  return true;
}

/** The record back from a packed push, or null when the push is not well formed (it crossed a message boundary). */
export function unpackRecord(raw: unknown): Record<string, unknown> | null {
  if (!isObject(raw) || !isObject(raw.rest) || !Array.isArray(raw.strings)) return null;
  const strings: unknown[] = raw.strings;
  if (!strings.every((s) => typeof s === 'string')) return null;
  const record: Record<string, unknown> = { ...raw.rest };
  for (const k of PACKED) {
    const list = unpackRows(raw[k], strings as string[]);
    if (!list) return null;
    record[k] = list;
  }
  return record;
}

function unpackRows(raw: unknown, strings: readonly string[]): Array<Record<string, unknown>> | null {
  if (!isObject(raw) || !Array.isArray(raw.shapes) || !Array.isArray(raw.rows)) return null;
  const shapes: Array<{ keys: string[]; interned: boolean[]; template: Record<string, unknown> }> = [];
  for (const s of raw.shapes as unknown[]) {
    if (!isObject(s) || !Array.isArray(s.keys) || !Array.isArray(s.interned)) return null;
    const keys: unknown[] = s.keys;
    const interned: unknown[] = s.interned;
    // No key a record has could set a prototype: refuse rather than build an object JSON.parse would not.
    if (!keys.every((k) => typeof k === 'string' && k !== '__proto__')) return null;
    if (!interned.every((c) => Number.isInteger(c))) return null;
    const flags = keys.map(() => false);
    for (const c of interned as number[]) flags[c] = true;
    // Each row starts as a copy of its shape's object (its keys in order, undefined): filling the keys in is then no
    // change of the object's layout per key (a cold first unpack of the bench's push: 14-19 M instructions fewer).
    const template: Record<string, unknown> = {};
    for (const k of keys as string[]) template[k] = undefined;
    shapes.push({ keys: keys as string[], interned: flags, template });
  }
  const out: Array<Record<string, unknown>> = [];
  for (const row of raw.rows as unknown[]) {
    if (!Array.isArray(row)) return null;
    const shape = typeof row[0] === 'number' ? shapes[row[0]] : undefined;
    if (!shape || row.length !== shape.keys.length + 1) return null;
    const obj: Record<string, unknown> = { ...shape.template };
    for (let c = 0; c < shape.keys.length; c++) {
      let v: unknown = row[c + 1];
      if (shape.interned[c] === true) {
        v = typeof v === 'number' ? strings[v] : undefined;
        if (v === undefined) return null;
      }
      obj[shape.keys[c] as string] = v;
    }
    out.push(obj);
  }
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
