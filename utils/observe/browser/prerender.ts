// A prerendered page (speculation rules `prerender`) loads in a frame tree of its own in the same tab, then becomes the
// tab's page without a new request when the visitor goes to it (activation). Chrome names each document
// (`documentId`, kept across activation) and its lifecycle: this tells when a prerender is shown.
//
// The document a prerender shows is known for sure only from webNavigation.onCommitted (lifecycle `prerender`): the
// documentId of its requests is not always it. A request the page's HTML starts at once (preload scanner) can reach
// the browser before the browser has committed the document, and then carries the id of the frame's previous, empty
// document (seen about 1 run in 10 of test/e2e/prerender.test.ts under load: the pixel's id was not the id of the
// page shown). Its requests are still a fallback, for a browser that gives no webNavigation event.
//
// The documents learnt are mirrored to session storage (`ca1-prerender:<documentId>`, removed when shown, with the tab
// or past MAX_DOCS): a worker stopped between a prerender and its showing still starts the shown page's record.
import type { RawRequestDetails } from './adapter.ts';

/** Prerendered documents kept at most (one per prerender a page asked for; more are forgotten oldest first). */
const MAX_DOCS = 200;

/** `ca1-prerender:<documentId>` -> [tabId, url, learnt at]: versioned with the record's keys (`ca1`). */
export const PRERENDER_KEY_PREFIX = 'ca1-prerender:';

/**
 * Where the documents are mirrored: the worker's serial writer over storage.session (record/session-mirror.ts, given
 * by the worker: observe does not import record), keyed by documentId under PRERENDER_KEY_PREFIX.
 */
export interface PrerenderMirror {
  restore<T>(all: Record<string, unknown>, read: (raw: unknown) => { value: T } | null): Array<[string, T]>;
  set(id: string, value: unknown): void;
  delete(id: string): void;
  settled(): Promise<void>;
}

interface Doc {
  tabId: number;
  url: string;
  t: number;
}

/** Chrome's fields on webRequest details for the document lifecycle (not in Firefox: nothing is seen there). */
export interface LifecycleDetails extends Pick<RawRequestDetails, 'tabId' | 'frameId' | 'type' | 'url' | 'documentId'> {
  documentLifecycle?: string;
  frameType?: string;
}

/** The fields of webNavigation.onCommitted read here (Chrome). */
export interface CommitDetails {
  tabId: number;
  frameId: number;
  url: string;
  documentId?: string;
  documentLifecycle?: string;
  frameType?: string;
}

export class PrerenderedDocuments {
  /** `${tabId}:${frameId}` of a prerender's top frame -> the URL its navigation went to (after redirects) */
  private readonly navigations = new Map<string, string>();
  /** documentId of a prerendered top document -> its tab and URL */
  private readonly docs = new Map<string, Doc>();
  /** @param mirror storage calls one after another (a removal never overtaken by the write it undoes) */
  constructor(
    private readonly mirror: PrerenderMirror | null = null,
    private readonly now: () => number = Date.now,
  ) {}

  /** A stopped worker's prerendered documents, from `all` (session storage at the start); oldest first. */
  restore(all: Record<string, unknown>): void {
    // Unreadable entries are removed by the mirror; without one (no storage) nothing is read.
    const found =
      this.mirror?.restore(all, (raw) => {
        const value = parseDoc(raw);
        return value && { value };
      }) ?? [];
    found.sort((a, b) => a[1].t - b[1].t);
    // Learnt before the restore (none in the worker, whose events wait for it) stay the newest.
    const learnt = [...this.docs];
    this.docs.clear();
    for (const [id, doc] of [...found, ...learnt]) this.docs.set(id, doc);
    this.trim();
  }

  /**
   * A request: the URL of the prerendered page it shows, now the tab's page (its first request in frame 0), else null.
   * The prerender's own requests before that are the page's that asked for it (speculative), as before.
   */
  shown(d: LifecycleDetails): string | null {
    if (d.documentLifecycle === 'prerender') {
      if (d.frameType === 'outermost_frame' && d.frameId !== undefined) this.learn(d);
      return null;
    }
    if (d.frameId !== 0 || d.documentId === undefined) return null;
    return this.take(d.tabId, d.documentId);
  }

  /**
   * A document committed (webNavigation.onCommitted): a prerender's top document is learnt (its id for sure); the
   * activation of a learnt one in frame 0 returns its URL (the tab shows it from now on, even if it never makes a
   * request), else null. Whichever of this and the shown page's first request comes first names it, once.
   */
  committed(d: CommitDetails): string | null {
    if (d.documentId === undefined || d.frameType !== 'outermost_frame') return null;
    if (d.documentLifecycle === 'prerender') {
      if (d.tabId >= 0 && d.frameId !== 0) this.remember(d.documentId, d.tabId, d.url);
      return null;
    }
    if (d.documentLifecycle !== 'active' || d.frameId !== 0) return null;
    return this.take(d.tabId, d.documentId);
  }

  forgetTab(tabId: number): void {
    const gone: string[] = [];
    for (const [key, doc] of this.docs) if (doc.tabId === tabId) gone.push(key);
    this.drop(gone);
    const prefix = `${tabId}:`;
    for (const key of this.navigations.keys()) if (key.startsWith(prefix)) this.navigations.delete(key);
  }

  private take(tabId: number, documentId: string): string | null {
    if (this.docs.size === 0) return null;
    const doc = this.docs.get(documentId);
    if (!doc || doc.tabId !== tabId) return null;
    // Every id learnt for this page in this tab goes (a request's may have been the frame's earlier document's).
    const gone: string[] = [];
    for (const [key, other] of this.docs) if (other.tabId === tabId && other.url === doc.url) gone.push(key);
    this.drop(gone);
    return doc.url;
  }

  private learn(d: LifecycleDetails): void {
    const key = `${d.tabId}:${d.frameId}`;
    if (d.type === 'main_frame') {
      this.navigations.delete(key);
      this.navigations.set(key, d.url);
    } else if (d.documentId !== undefined && !this.docs.has(d.documentId)) {
      const url = this.navigations.get(key);
      if (url !== undefined) this.remember(d.documentId, d.tabId, url);
    }
    this.trim();
  }

  private remember(documentId: string, tabId: number, url: string): void {
    const known = this.docs.get(documentId);
    if (known?.tabId === tabId && known.url === url) return;
    const doc = { tabId, url, t: this.now() };
    this.docs.set(documentId, doc);
    this.mirror?.set(documentId, [tabId, url, doc.t]);
    this.trim();
  }

  private trim(): void {
    while (this.navigations.size > MAX_DOCS) this.navigations.delete(this.navigations.keys().next().value!);
    const over: string[] = [];
    for (const key of this.docs.keys()) if (this.docs.size - over.length > MAX_DOCS) over.push(key);
    this.drop(over);
  }

  private drop(ids: string[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.docs.delete(id);
    for (const id of ids) this.mirror?.delete(id);
  }

  /** Resolves once every storage call asked for so far is done (for the tests). */
  async settled(): Promise<void> {
    await this.mirror?.settled();
  }
}

function parseDoc(raw: unknown): Doc | null {
  if (!Array.isArray(raw) || raw.length !== 3) return null;
  const [tabId, url, t] = raw as unknown[];
  if (!Number.isSafeInteger(tabId) || (tabId as number) < 0 || typeof url !== 'string' || !Number.isFinite(t))
    return null;
  return { tabId: tabId as number, url, t: t as number };
}
