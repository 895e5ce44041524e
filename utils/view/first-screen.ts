// The popup's first screen, built by the worker from the record it holds: the view and the consent header without
// the request entries under each host (the record's URLs are most of a push). The record follows when the popup asks.
import type { RecordSource } from '../messaging/record-pack.ts';
import type { PageRecord } from '../record/record.ts';
import { consentView, type ConsentView } from './consent-view.ts';
import { buildView, type RecordView } from './record-view.ts';

export interface FirstScreen {
  /** buildView(record) without a filter; each host group's `requests` is empty (its `count` is kept) */
  view: RecordView;
  consent: ConsentView;
}

/** What the worker posts on a first-screen port before the record (utils/messaging/protocol.ts, recordPortOf). */
export interface FirstScreenPush {
  type: 'first-screen';
  screen: FirstScreen;
}

/** The same view and consent header the popup builds from `record` before a filter is set, host requests left out. */
export function firstScreen(record: PageRecord): FirstScreen {
  const view = buildView(record);
  return {
    view: {
      ...view,
      sites: view.sites.map((s) => ({ ...s, hosts: s.hosts.map((h) => ({ ...h, requests: [] })) })),
    },
    consent: consentView(record),
  };
}

export function firstScreenPush(record: PageRecord): FirstScreenPush {
  return { type: 'first-screen', screen: firstScreen(record) };
}

/**
 * The first screen for each builder, built again only when its record changed (as PushCache does for the record): a
 * popup reopened on a finished page gets the one made for the last open.
 */
export class FirstScreenCache {
  private readonly last = new WeakMap<RecordSource, { revision: number; record: PageRecord; push: FirstScreenPush }>();

  /** null when the tab has no record */
  push(source: RecordSource | undefined): FirstScreenPush | null {
    const record = source?.record;
    if (!source || !record) return null;
    const hit = this.last.get(source);
    if (hit && hit.revision === source.revision && hit.record === record) return hit.push;
    const push = firstScreenPush(record);
    this.last.set(source, { revision: source.revision, record, push });
    return push;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Envelope check (as isPageRecordShape is for a record): the fields the popup's sections read exist. */
function isFirstScreenShape(x: unknown): x is FirstScreen {
  if (!isObject(x) || !isObject(x.view) || !isObject(x.consent)) return false;
  const { view, consent } = x;
  const counts = view.counts;
  const lists = ['sites', 'cookies', 'storage', 'beacons', 'frames', 'errors'] as const;
  return (
    typeof view.url === 'string' &&
    typeof view.site === 'string' &&
    typeof view.startedAt === 'number' &&
    typeof view.partial === 'boolean' &&
    typeof view.requestCount === 'number' &&
    (view.choice === null || isObject(view.choice)) &&
    isObject(counts) &&
    isObject(counts.phases) &&
    lists.every((k) => Array.isArray(view[k])) &&
    Array.isArray(view.sites) &&
    view.sites.every((s: unknown) => isObject(s) && Array.isArray(s.hosts) && Array.isArray(s.types)) &&
    Array.isArray(consent.cmps) &&
    Array.isArray(consent.changes) &&
    Array.isArray(consent.automation)
  );
}

/** A first-screen push from the port, checked: it comes from our background, but a stray message must not crash. */
export function asFirstScreen(raw: unknown): FirstScreen | null {
  if (!isObject(raw) || raw.type !== 'first-screen') return null;
  return isFirstScreenShape(raw.screen) ? raw.screen : null;
}
