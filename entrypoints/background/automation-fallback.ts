// What the automation does when autoconsent cannot finish: the button-text fallback in each frame, and the time limit
// on a rule that never reports.
import { asFallbackReply, type FallbackClick } from '../../utils/consent/automation/autoconsent-messages.ts';
import type { AuditEvent, AutomationEvent } from '../../utils/observe/events.ts';
import { framesOf, sendTab } from './automation-frames.ts';
import { RESULT_TIMEOUT_MS, settle, type Pending, type TabState } from './automation-state.ts';
import { TEXT_CLICK, type StoredAnswer } from './automation-store.ts';

export type AnswerResult = { started: boolean; detail: string };
export type Emit = (tabId: number, ev: Omit<AutomationEvent, 'k' | 't'> & { t?: number }) => void;
/** Where the automation's results go: its own events and the visitor's choice it made. */
export interface AutomationOutput {
  emit: Emit;
  push: (tabId: number, events: AuditEvent[]) => void;
  /** The answer in flight to storage (automation-store.ts), and out of it. */
  keep: (tabId: number, a: StoredAnswer) => void;
  drop: (tabId: number) => void;
}

/** Where a frame's result happened, for the event's detail (nothing for the top page). */
export const where = (frameId: number, url: string): string =>
  frameId === 0 ? '' : ` (in frame ${url.slice(0, 200)})`;

/** Autoconsent reports a result or nothing at all (e.g. a rule waiting for an element forever): bound the wait. */
export function watch(emit: Emit, tabId: number, p: Pending, cmp: string, ms = RESULT_TIMEOUT_MS): void {
  if (p.timer) clearTimeout(p.timer);
  p.timer = setTimeout(() => {
    if (p.settled) return;
    settle(p);
    emit(tabId, {
      status: 'failed',
      action: p.action,
      cmp: p.text ? undefined : cmp,
      detail: p.text
        ? 'the button-text click asked before a worker restart was not reported by its frame'
        : `autoconsent rule "${cmp}" did not finish within ${RESULT_TIMEOUT_MS / 1000} s`,
    });
  }, ms);
}

/** Why the text was tried, for the event's detail: after the full wait, or early (see text-first.ts). */
export const AFTER_WAIT = 'no autoconsent rule found the banner within 3 s';

/** Clicks a known button text in each frame in turn (top page first) until one answers the banner. */
export async function runFallback(
  out: AutomationOutput,
  tabId: number,
  s: TabState,
  p: Pending,
): Promise<AnswerResult> {
  const reasons: string[] = [];
  const clicked = await clickByText(out, tabId, s, p, AFTER_WAIT, reasons);
  if (clicked) return clicked;
  if (p.settled || p.frameId !== null) return { started: true, detail: 'Answering the banner.' };
  settle(p);
  const detected = [...new Set([...s.frames.values()].flatMap((f) => [...f.detected]))];
  const known = detected.length
    ? `autoconsent detected ${detected.join(', ')} but no open banner`
    : 'no autoconsent rule matched';
  const detail = `No banner answered: ${known}; button text fallback: ${reasons.join('; ') || 'nothing found'}.`;
  out.emit(tabId, { status: 'no-banner', action: p.action, detail });
  return { started: false, detail };
}

/**
 * One try of the button texts: the answer once a frame clicked (or delegated to its rule), null when none did (then
 * `reasons` says why, and the answer is still open).
 */
export async function clickByText(
  out: AutomationOutput,
  tabId: number,
  s: TabState,
  p: Pending,
  why: string,
  reasons: string[] = [],
): Promise<AnswerResult | null> {
  for (const frameId of await framesOf(tabId, s.frames.keys())) {
    if (p.settled || p.frameId !== null) break;
    const sentAt = Date.now();
    // A worker stopped before the reply still records the click: the frame reports it again, to the next worker.
    const documentId = s.frames.get(frameId)?.documentId ?? null;
    out.keep(tabId, {
      action: p.action,
      t: sentAt,
      asked: sentAt,
      frameId,
      cmp: TEXT_CLICK,
      documentId,
      resultOk: false,
      selfTest: false,
      text: true,
    });
    const reply = asFallbackReply(await sendTab(tabId, { type: 'button-fallback', action: p.action }, frameId));
    out.drop(tabId);
    if (!reply || reply.kind === 'found') continue;
    const url = s.frames.get(frameId)?.url ?? '';
    if (reply.kind === 'delegated') return dispatchDelegated(out.emit, tabId, p, frameId, reply.cmp, sentAt);
    if (reply.kind === 'none') {
      if (frameId === 0 || reply.candidates > 0 || !reply.reason.startsWith('nothing found'))
        reasons.push(`${frameId === 0 ? 'page' : `frame ${frameId}`}: ${reply.reason}`);
      continue;
    }
    recordClick(out, tabId, p, reply, sentAt, `${why}`, where(frameId, url));
    return {
      started: true,
      detail: `Clicked "${reply.text}" (${why}; matched the button text).`,
    };
  }
  return null;
}

function dispatchDelegated(
  emit: Emit,
  tabId: number,
  p: Pending,
  frameId: number,
  cmp: string,
  sentAt: number,
): AnswerResult {
  p.t = sentAt;
  p.frameId = frameId;
  p.cmp = cmp;
  emit(tabId, {
    t: sentAt,
    status: 'started',
    action: p.action,
    cmp,
    detail: 'autoconsent in the frame had the banner open and answers it',
  });
  watch(emit, tabId, p, cmp);
  return { started: true, detail: `Answering the banner with autoconsent's "${cmp}" rule (${p.action}).` };
}

/**
 * The visitor's choice a button-text click made, at the click's own time (the content script's clock) unless that is
 * implausible (before it was asked, or in the future).
 */
export function recordClick(
  out: AutomationOutput,
  tabId: number,
  p: Pending,
  click: FallbackClick,
  sentAt: number,
  why: string,
  place: string,
): void {
  const t = click.at >= sentAt - 1000 && click.at <= Date.now() + 1000 ? click.at : sentAt;
  settle(p);
  p.t = t;
  out.emit(tabId, {
    t,
    status: 'done',
    action: p.action,
    detail: `button text fallback (${why}): "${click.text}" (${click.path})${place}`,
  });
  out.push(tabId, [{ k: 'choice', t, action: p.action, source: 'automation', via: `button-text:${click.label}` }]);
}
