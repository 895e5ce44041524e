// The automation's per-tab state: frames and what autoconsent found in them, the answer in flight, how long to wait.
import type { ConsentAction } from '../../utils/observe/events.ts';

/**
 * How long answer() waits for autoconsent to find a banner before trying button texts (late banners, slow CMP scripts).
 */
const WAIT_FOR_POPUP_MS = 3000;
/** A CMP was detected but its popup not yet seen: autoconsent checks visibility for ~5 s more. */
const WAIT_AFTER_DETECT_MS = 6000;
const WAIT_MAX_MS = 8000;
/** Some rules open the settings layer and untick switches: give them time before calling it failed. */
export const RESULT_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

export interface FrameInfo {
  url: string;
  lifecycle: string;
  detected: Set<string>;
  popup: string | null;
  /** Autoconsent's detection passes started in this frame (its reports' findCmpAttempts). */
  passes: number;
  /** The frame's document as its messages name it (Chrome's documentId; null in Firefox). */
  documentId?: string | null;
}
export interface Pending {
  action: ConsentAction;
  /** When optIn/optOut was sent: the visitor's choice happens here. */
  t: number | null;
  frameId: number | null;
  cmp: string | null;
  /** The asked frame's document (Chrome), for a result that reaches a restarted worker. */
  documentId?: string | null;
  /** When the current rule was asked (its time limit runs from here). */
  asked?: number;
  resultOk: boolean;
  selfTest: boolean;
  /** Restored from a stored button-text click: waits for the asked frame's report of it. */
  text?: boolean;
  settled: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}
export interface TabState {
  frames: Map<number, FrameInfo>;
  pending: Pending | null;
  lastDetectAt: number;
  seen: Set<string>;
}

/** A tab's state, made on first use. */
export function tabState(tabs: Map<number, TabState>, tabId: number): TabState {
  let s = tabs.get(tabId);
  if (!s) {
    s = { frames: new Map(), pending: null, lastDetectAt: 0, seen: new Set() };
    tabs.set(tabId, s);
  }
  return s;
}

/** A frame's state, made on first use (a message from a frame whose init the worker missed). */
export function frameOf(s: TabState, frameId: number, url: string): FrameInfo {
  let f = s.frames.get(frameId);
  if (!f) {
    f = { url, lifecycle: 'unknown', detected: new Set(), popup: null, passes: 0 };
    s.frames.set(frameId, f);
  }
  return f;
}

export function once(s: TabState, key: string): boolean {
  if (s.seen.has(key)) return false;
  s.seen.add(key);
  return true;
}

export function settle(p: Pending): void {
  p.settled = true;
  if (p.timer) clearTimeout(p.timer);
  p.timer = null;
}

/** The first frame (lowest id) whose autoconsent found an open banner, and the rule that found it. */
function popupFrame(s: TabState): [number, string] | null {
  const withPopup = [...s.frames].filter(([, f]) => f.popup !== null).sort(([a], [b]) => a - b);
  const first = withPopup[0];
  return first && first[1].popup !== null ? [first[0], first[1].popup] : null;
}

/**
 * Waits for a banner while autoconsent may still find one; longer once a CMP was detected but not yet shown. `step`
 * runs on each poll and may answer the banner itself (by its text): then 'answered'.
 */
export async function waitForPopup(
  s: TabState,
  p: Pending,
  since: number,
  step: () => Promise<boolean> = () => Promise.resolve(false),
): Promise<[number, string] | null | 'answered'> {
  for (;;) {
    const found = popupFrame(s);
    if (found || s.pending !== p) return found;
    if (await step()) return 'answered';
    if (s.pending !== p || p.settled) return null;
    const now = Date.now();
    const frames = [...s.frames.values()];
    // Every frame's autoconsent has finished looking and found nothing: no use waiting.
    if (frames.length > 0 && frames.every((f) => f.lifecycle === 'nothingDetected')) return null;
    const deadline =
      s.lastDetectAt > since - WAIT_AFTER_DETECT_MS
        ? Math.min(since + WAIT_MAX_MS, Math.max(since + WAIT_FOR_POPUP_MS, s.lastDetectAt + WAIT_AFTER_DETECT_MS))
        : since + WAIT_FOR_POPUP_MS;
    if (now >= deadline) return null;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
