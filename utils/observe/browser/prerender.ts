// A prerendered page (speculation rules `prerender`) loads in a frame tree of its own in the same tab, then becomes the
// tab's page without a new request when the visitor goes to it (activation). Chrome names each request's document
// (`documentId`, kept across activation) and its lifecycle: this tells the first request of a shown prerender.
import type { RawRequestDetails } from './adapter.ts';

/** Prerendered documents kept at most (one per prerender a page asked for; more are forgotten oldest first). */
const MAX_DOCS = 200;

/** Chrome's fields on webRequest details for the document lifecycle (not in Firefox: nothing is seen there). */
export interface LifecycleDetails extends Pick<RawRequestDetails, 'tabId' | 'frameId' | 'type' | 'url' | 'documentId'> {
  documentLifecycle?: string;
  frameType?: string;
}

export class PrerenderedDocuments {
  /** `${tabId}:${frameId}` of a prerender's top frame -> the URL its navigation went to (after redirects) */
  private readonly navigations = new Map<string, string>();
  /** documentId of a prerendered top document -> its tab and URL */
  private readonly docs = new Map<string, { tabId: number; url: string }>();

  /**
   * The URL of a prerendered page that this request shows is now the tab's page (its first request in frame 0), else
   * null. The prerender's own requests before that are the page's that asked for it (speculative), as before.
   */
  shown(d: LifecycleDetails): string | null {
    if (d.documentLifecycle === 'prerender') {
      if (d.frameType === 'outermost_frame' && d.frameId !== undefined) this.learn(d);
      return null;
    }
    if (this.docs.size === 0 || d.frameId !== 0 || d.documentId === undefined) return null;
    const doc = this.docs.get(d.documentId);
    if (!doc || doc.tabId !== d.tabId) return null;
    this.docs.delete(d.documentId);
    return doc.url;
  }

  forgetTab(tabId: number): void {
    for (const [key, doc] of this.docs) if (doc.tabId === tabId) this.docs.delete(key);
    const prefix = `${tabId}:`;
    for (const key of this.navigations.keys()) if (key.startsWith(prefix)) this.navigations.delete(key);
  }

  private learn(d: LifecycleDetails): void {
    const key = `${d.tabId}:${d.frameId}`;
    if (d.type === 'main_frame') {
      this.navigations.delete(key);
      this.navigations.set(key, d.url);
    } else if (d.documentId !== undefined && !this.docs.has(d.documentId)) {
      const url = this.navigations.get(key);
      if (url !== undefined) this.docs.set(d.documentId, { tabId: d.tabId, url });
    }
    for (const m of [this.navigations, this.docs] as Array<Map<string, unknown>>)
      if (m.size > MAX_DOCS) m.delete(m.keys().next().value!);
  }
}
