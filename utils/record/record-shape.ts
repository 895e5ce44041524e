// The envelope check on its own, without the record builder's imports: the popup checks every push with it before its
// first paint, and importing it from page-record.ts would bring tldts (via party.ts) into that paint.
import type { PageRecord } from './page-record.ts';

/** Envelope check for a record from outside this code (a port, storage, a file): the fields readers rely on exist. */
export function isPageRecordShape(x: unknown): x is PageRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r: Record<string, unknown> = { ...x };
  return (
    typeof r.url === 'string' &&
    typeof r.site === 'string' &&
    typeof r.startedAt === 'number' &&
    typeof r.partial === 'boolean' &&
    Array.isArray(r.requests) &&
    Array.isArray(r.cookies) &&
    Array.isArray(r.storage) &&
    Array.isArray(r.errors) &&
    typeof r.consent === 'object' &&
    r.consent !== null
  );
}
