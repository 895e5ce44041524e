// Web storage as the isolated world last saw it: tells writes that bypassed the hooks from values already known.
import { MAX_NAME, MAX_VALUE } from './contract.ts';
import { cap } from './event-fields.ts';

/** What the isolated world remembers of one storage value: enough to tell a change, without keeping megabytes. */
export interface StoredValue {
  length: number;
  head: string;
}

export function storedValue(value: string): StoredValue {
  return { length: value.length, head: cap(value, MAX_VALUE) };
}

function sameStored(a: StoredValue | undefined, b: StoredValue): boolean {
  return a !== undefined && a.length === b.length && a.head === b.head;
}

export interface StorageChange {
  key: string;
  value: string;
  valueLength: number;
}

/**
 * Keys of a storage snapshot that appeared or changed since `known` (which hooked writes also update), and updates
 * `known`.
 * Keys are capped like event keys so that a hooked write and a snapshot of the same key agree.
 */
export function diffStorage(
  known: Map<string, StoredValue>,
  snapshot: Iterable<readonly [string, string]>,
): StorageChange[] {
  const changes: StorageChange[] = [];
  const seen = new Set<string>();
  for (const [rawKey, value] of snapshot) {
    if (typeof rawKey !== 'string' || typeof value !== 'string') continue;
    const key = cap(rawKey, MAX_NAME);
    seen.add(key);
    const now = storedValue(value);
    if (sameStored(known.get(key), now)) continue;
    known.set(key, now);
    changes.push({ key, value: now.head, valueLength: now.length });
  }
  // A removed key that comes back is a new write.
  for (const key of [...known.keys()]) if (!seen.has(key)) known.delete(key);
  return changes;
}

/** A hooked write (already capped): the snapshot that follows must not report it again. */
export function noteStorageWrite(
  known: Map<string, StoredValue>,
  key: string,
  head: string,
  valueLength: number,
): void {
  known.set(cap(key, MAX_NAME), { length: valueLength, head: cap(head, MAX_VALUE) });
}
