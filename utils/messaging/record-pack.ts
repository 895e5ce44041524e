// The record as the live port carries it: the request and cookie lists as rows without their key names, the strings
// that repeat down a column (host, site, type, initiator, ...) once in a table, and a long string that differs from
// the one above it in its column only in the middle (a page's request URLs) as that difference. 5,000 requests are
// 2.0 MB as objects; the popup has to receive and parse every byte before its first paint. Unpacked it is the same
// record.
import type { PageRecord } from '../record/record.ts';
import type { PortWire } from './protocol.ts';

/**
 * One packed list: the key lists seen (shapes), then per object its shape and its values in that key order. A string
 * column's value is an index into `strings`, or the text `keep,end,middle`: the first `keep` and last `end` characters
 * of the value above it in the same column (by key, in whatever shape), with `middle` between them. One JSON value
 * either way: the parse's cost is in the values more than in the bytes.
 */
export interface PackedRows {
  /** Per shape: its keys, and which of them hold a string (an index into `strings` or a difference). */
  shapes: Array<{ keys: string[]; interned: number[] }>;
  /** [shape, ...values] */
  rows: unknown[][];
}

/** A string this long or longer is sent as its difference from the one above it when they share this much. */
const DIFF_MIN_LENGTH = 32;
const DIFF_MIN_SHARED = 16;

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
  const add = (s: string): number => {
    const i = strings.length;
    strings.push(s);
    stringIndex.set(s, i);
    return i;
  };
  const table: StringTable = { add, seen: (s) => stringIndex.get(s) };
  const rest: Record<string, unknown> = {};
  // The packed lists keep their place (a 0 stands in) so that the unpacked record has the same key order.
  for (const [k, v] of Object.entries(record)) rest[k] = (PACKED as readonly string[]).includes(k) ? 0 : v;
  return {
    rest,
    requests: packRows(record.requests as unknown as ReadonlyArray<Record<string, unknown>>, table),
    cookies: packRows(record.cookies as unknown as ReadonlyArray<Record<string, unknown>>, table),
    strings,
  };
}

interface StringTable {
  /** Adds a string the table does not have; its index */
  add(s: string): number;
  /** The string's index if the table has it */
  seen(s: string): number | undefined;
}

function packRows(list: ReadonlyArray<Record<string, unknown>>, table: StringTable): PackedRows {
  // A shape is the keys and which of their values are strings (those are interned): one pass, no second look.
  const shapeOf = new Map<string, number>();
  const shapes: PackedRows['shapes'] = [];
  const rows: unknown[][] = [];
  let last: { id: number; keys: string[]; strings: boolean[] } | null = null;
  const keys: string[] = [];
  const strings: boolean[] = [];
  /** Per key, the string value of the row above that has one */
  const above = new Map<string, string>();
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
      if (isString) {
        row.push(encodeString(v, above.get(k), table));
        above.set(k, v);
      } else row.push(v);
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

/**
 * The value's index in the table, or its difference from the one above it in its column when it is long and shares
 * enough with it (then it stays out of the table: a page's URLs differ row by row, and they were most of its bytes).
 */
function encodeString(s: string, above: string | undefined, table: StringTable): number | string {
  const known = table.seen(s);
  if (known !== undefined) return known;
  if (above !== undefined && s.length >= DIFF_MIN_LENGTH) {
    const max = Math.min(s.length, above.length);
    let keep = 0;
    while (keep < max && s.charCodeAt(keep) === above.charCodeAt(keep)) keep++;
    let end = 0;
    while (end < max - keep && s.charCodeAt(s.length - 1 - end) === above.charCodeAt(above.length - 1 - end)) end++;
    if (keep + end >= DIFF_MIN_SHARED) return `${keep},${end},${s.slice(keep, s.length - end)}`;
  }
  return table.add(s);
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
  // Per string column its key's slot in `above` (a key has one slot whatever the shape), -1 for other columns.
  const slotOf = new Map<string, number>();
  const shapes: Array<{ keys: string[]; slots: number[] }> = [];
  for (const s of raw.shapes as unknown[]) {
    if (!isObject(s) || !Array.isArray(s.keys) || !Array.isArray(s.interned)) return null;
    const keys: unknown[] = s.keys;
    const interned: unknown[] = s.interned;
    // No key a record has could set a prototype: refuse rather than build an object JSON.parse would not.
    if (!keys.every((k) => typeof k === 'string' && k !== '__proto__')) return null;
    if (!interned.every((c) => Number.isInteger(c))) return null;
    const slots = keys.map(() => -1);
    for (const c of interned as number[]) {
      const key = keys[c];
      if (typeof key !== 'string') continue;
      let slot = slotOf.get(key);
      if (slot === undefined) slotOf.set(key, (slot = slotOf.size));
      slots[c] = slot;
    }
    shapes.push({ keys: keys as string[], slots });
  }
  /** Per slot, the string value of the row above that has one */
  const above: Array<string | undefined> = [];
  const out: Array<Record<string, unknown>> = [];
  for (const row of raw.rows as unknown[]) {
    if (!Array.isArray(row)) return null;
    const shape = typeof row[0] === 'number' ? shapes[row[0]] : undefined;
    if (!shape || row.length !== shape.keys.length + 1) return null;
    const obj: Record<string, unknown> = {};
    for (let c = 0; c < shape.keys.length; c++) {
      let v: unknown = row[c + 1];
      const slot = shape.slots[c] as number;
      if (slot >= 0) {
        v = typeof v === 'number' ? strings[v] : decodeDiff(v, above[slot]);
        if (v === undefined) return null;
        above[slot] = v as string;
      }
      obj[shape.keys[c] as string] = v;
    }
    out.push(obj);
  }
  return out;
}

/** `keep,end,middle` against the string above, or undefined when it is not one or does not fit that string. */
function decodeDiff(v: unknown, above: string | undefined): string | undefined {
  if (above === undefined || typeof v !== 'string') return undefined;
  const a = v.indexOf(',');
  const b = a < 0 ? -1 : v.indexOf(',', a + 1);
  if (b < 0) return undefined;
  const keep = digits(v, 0, a);
  const end = digits(v, a + 1, b);
  if (keep < 0 || end < 0 || keep + end > above.length) return undefined;
  return above.slice(0, keep) + v.slice(b + 1) + above.slice(above.length - end);
}

/** The decimal number in `s` from `from` to `to` (1 to 9 digits), or -1. */
function digits(s: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
