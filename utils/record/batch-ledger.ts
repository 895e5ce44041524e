// Which page-events batches a page's record holds, by document: a batch the recorder sends again because its answer
// was lost (the worker stopped after storing it) is recognised and not applied twice. Rebuilt from the stored `batch`
// events at a restart. Bounded: a hostile or broken sender can neither grow it nor make it refuse later real batches.

/** Ids a document's recorder numbers 1, 2, 3...: a jump past the highest seen by more than this is not believed. */
export const MAX_JUMP = 1000;
/** Ids kept per document below its highest: a resend comes within a second of its first try, a few batches later. */
export const WINDOW = 256;
/** Documents kept per page (frames, document.open()): beyond it the oldest is forgotten. */
export const MAX_DOCS = 256;
/** A document token as the recorder makes it (recorder.content.ts), with its frame id in front. */
const DOC_RE = /^\d{1,10}:[0-9a-f]{16}$/;

/** A batch's ids as the worker accepts them: a document token and a positive integer id. */
export function isBatchId(doc: unknown, id: unknown): id is number {
  return typeof doc === 'string' && DOC_RE.test(doc) && typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

interface DocIds {
  max: number;
  ids: Set<number>;
}

export class BatchLedger {
  private readonly docs = new Map<string, DocIds>();

  /** False when this document's batch `id` is already held; otherwise true, and noted if it is believable. */
  take(doc: string, id: number): boolean {
    if (!isBatchId(doc, id)) return true;
    const d = this.docs.get(doc);
    if (d?.ids.has(id)) return false;
    // Not believed (a jump no recorder makes): stored, not noted, so that it cannot push later real ids out.
    if (id > (d?.max ?? 0) + MAX_JUMP) return true;
    // Below the window: its first copy may have been forgotten; better a count of one too many than a lost write.
    if (d && id <= d.max - WINDOW) return true;
    this.note(doc, id, d);
    return true;
  }

  private note(doc: string, id: number, d: DocIds | undefined): void {
    if (!d) {
      if (this.docs.size >= MAX_DOCS) this.docs.delete(this.docs.keys().next().value as string);
      d = { max: 0, ids: new Set() };
      this.docs.set(doc, d);
    }
    d.ids.add(id);
    if (id > d.max) {
      d.max = id;
      for (const old of d.ids) if (old <= id - WINDOW) d.ids.delete(old);
    }
  }

  clear(): void {
    this.docs.clear();
  }
}
