// The answer in flight, kept in storage.session: a worker stopped between "asked autoconsent to opt in/out" and its
// "done" still records the choice, at the moment it was asked, when autoconsent's result reaches the restarted worker.
// The same for a button-text click: the frame reports its click again (autoconsent.content.ts), and that counts.
import type { ConsentAction } from '../../utils/observe/events.ts';
import { SessionMirror, type MirrorArea } from '../../utils/record/session-mirror.ts';
import { RESULT_TIMEOUT_MS } from './automation-state.ts';

/** `ca1-answer:<tabId>`: removed on done, on the tab's next document, when the tab closes; ignored once too old. */
export const ANSWER_KEY_PREFIX = 'ca1-answer:';

export interface StoredAnswer {
  action: ConsentAction;
  /** When optIn/optOut was first sent: the choice's time. */
  t: number;
  /** When this rule was asked (a multi-step banner asks again): its time limit runs from here. */
  asked: number;
  frameId: number;
  cmp: string;
  /** The asked frame's document (Chrome's documentId), null where the browser gives none (Firefox). */
  documentId: string | null;
  resultOk: boolean;
  selfTest: boolean;
  /** A button-text click asked of the frame (cmp is then TEXT_CLICK), not an autoconsent rule. */
  text: boolean;
}

/** The `cmp` of a stored button-text click: what it waits for is the frame's own report of its click. */
export const TEXT_CLICK = 'button text';
/** How long a restored button-text click waits for its frame's report (sent once the click returned, retried once). */
export const TEXT_REPORT_MS = 15_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** A stored answer as read back, or null if it is not one. */
export function asStoredAnswer(v: unknown): StoredAnswer | null {
  if (!isObject(v)) return null;
  const { action, t, asked, frameId, cmp, documentId, resultOk, selfTest, text = false } = v;
  if (action !== 'reject' && action !== 'accept') return null;
  if (!isTime(t) || !isTime(asked) || typeof frameId !== 'number' || !Number.isInteger(frameId) || frameId < 0)
    return null;
  if (typeof cmp !== 'string' || (documentId !== null && typeof documentId !== 'string')) return null;
  if (typeof resultOk !== 'boolean' || typeof selfTest !== 'boolean' || typeof text !== 'boolean') return null;
  return { action, t, asked, frameId, cmp, documentId, resultOk, selfTest, text };
}

/** A stored answer still within its time limit at `now` (not asked in the future: a clock set back). */
const live = (a: StoredAnswer, now: number): boolean => a.asked + RESULT_TIMEOUT_MS > now && a.asked <= now;

/**
 * The answers in flight by tab, mirrored through the worker's one serial writer (session-mirror.ts): a removal is never
 * overtaken by its write, and a key past its rule's time limit is swept even if nothing else removes it.
 */
export class AnswerStore {
  private readonly mirror: SessionMirror;
  private readonly now: () => number;

  constructor(
    area: MirrorArea,
    o: { now?: () => number; later?: (fn: () => void, ms: number) => void; onError?: (e: unknown) => void } = {},
  ) {
    this.now = o.now ?? Date.now;
    this.mirror = new SessionMirror(area, ANSWER_KEY_PREFIX, {
      now: this.now,
      later: o.later ?? ((fn, ms) => setTimeout(fn, ms)),
      onError: o.onError,
    });
  }

  keep(tabId: number, a: StoredAnswer): void {
    this.mirror.set(String(tabId), a, { expires: a.asked + RESULT_TIMEOUT_MS });
  }

  /** No storage call for a tab with nothing stored (a new document asks this at every navigation). */
  drop(tabId: number): void {
    if (this.mirror.has(String(tabId))) this.mirror.delete(String(tabId));
  }

  has(tabId: number): boolean {
    return this.mirror.has(String(tabId));
  }

  /** The answers a stopped worker left in `all` still within their time limit, by tab; the others are removed. */
  restore(all: Record<string, unknown>): Map<number, StoredAnswer> {
    const now = this.now();
    const found = this.mirror.restore(all, (raw, id) => {
      const a = asStoredAnswer(raw);
      if (!/^\d+$/.test(id) || !a || !live(a, now)) return null;
      return { value: a, expires: a.asked + RESULT_TIMEOUT_MS };
    });
    return new Map(found.map(([id, a]) => [Number(id), a]));
  }

  settled(): Promise<void> {
    return this.mirror.settled();
  }
}
