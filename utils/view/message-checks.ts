// Checks for what crosses a message boundary into a view: record pushes on the port and background answers.
import type { PortPush } from '../messaging/protocol.ts';
import { unpackRecord } from '../messaging/record-pack.ts';
import { isPageRecordShape } from '../record/record-shape.ts';

/** A record push on the live port, checked: it comes from our background, but a stray message must not crash a view. */
export function asPortPush(raw: unknown): PortPush | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || raw.type !== 'record') return null;
  if ('packed' in raw) {
    const record = unpackRecord(raw.packed);
    return record && isPageRecordShape(record) ? { type: 'record', record } : null;
  }
  if (!('record' in raw)) return null;
  const record: unknown = raw.record;
  if (record === null) return { type: 'record', record: null };
  return isPageRecordShape(record) ? { type: 'record', record } : null;
}

/** The `detail` of a background answer (clean-audit, consent-action), checked since it crosses a message boundary. */
export function responseDetail(x: unknown): string | null {
  if (typeof x !== 'object' || x === null || !('detail' in x)) return null;
  return typeof x.detail === 'string' ? x.detail : null;
}
