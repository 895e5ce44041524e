// Events the extension makes itself: the visitor's choice, the banner automation, clean starts, form tests, errors.
import type { Attribution } from './page/page-reports.ts';

export type ConsentAction = 'accept' | 'reject';
/** How the visitor's choice became known. */
export type ChoiceSource = 'automation' | 'user' | 'signal';
/** The visitor's answer to the banner: everything after it is in the "after accept/reject" phase. */
export interface ChoiceEvent {
  k: 'choice';
  t: number;
  action: ConsentAction;
  source: ChoiceSource;
  via: string;
}
export type AutomationStatus = 'cmp-detected' | 'popup-found' | 'started' | 'done' | 'failed' | 'no-banner';
/** What the banner automation (autoconsent or the button-text fallback) did. */
export interface AutomationEvent {
  k: 'automation';
  t: number;
  status: AutomationStatus;
  action?: ConsentAction;
  cmp?: string;
  detail?: string;
}
/**
 * A trusted input event (pointerdown, keydown: `isTrusted`,
 * which no script can forge) seen by our isolated-world recorder
 * in one of the tab's frames. A CMP signal counts as the visitor's answer only after one of these.
 */
export interface GestureEvent {
  k: 'gesture';
  t: number;
  top: boolean;
}
/**
 * A page-events batch stored: its document (the recorder's own token, with the frame) and its number there. Stored with
 * the batch's events, so that a restarted worker knows which batches it has (a resent one is not applied twice).
 */
export interface BatchEvent {
  k: 'batch';
  t: number;
  doc: string;
  id: number;
}
/** Events of this page not stored because the tab went over its storage budget (running totals; the latest counts). */
export interface TruncatedEvent {
  k: 'truncated';
  t: number;
  pageEvents: number;
  browserEvents: number;
}
/** "Start clean audit": what was cleared before the reload, and which stored consent was found. */
export interface CleanStartEvent {
  k: 'clean';
  t: number;
  clearedCookies: number;
  clearedOrigins: string[];
  storedConsent: string[];
}

/**
 * "Test forms": canaries were typed into these fields of the page (extension); the scan of what follows starts at `t`.
 */
export interface FormTestEvent {
  k: 'form-test';
  t: number;
  fields: Array<{ field: 'email' | 'phone' | 'name' | 'text'; control: string | null; frameUrl: string }>;
}
/**
 * A copy of a canary the background found during a form test: in a request (URL, header, body), a cookie or a storage
 * write. Only the match is kept, never the body it was found in.
 */
export interface FormLeakEvent {
  k: 'form-leak';
  t: number;
  url: string;
  host: string;
  method: string;
  type: string;
  field: 'email' | 'phone' | 'name' | 'text';
  encoding: string;
  normalised: boolean;
  where: 'url' | 'header' | 'body' | 'cookie' | 'storage';
  /** Cookie name or storage key that held the copy. */
  key?: string;
  /** Script that wrote the storage value, when the page's stack named it. */
  script?: string;
  /** How far that name can be trusted (the storage write's own attribution) */
  attribution?: Attribution;
}

/** Something could not be recorded as it was: kept so that the report says so instead of silently dropping it. */
export interface RecordErrorEvent {
  k: 'error';
  t: number;
  where: string;
  message: string;
}
