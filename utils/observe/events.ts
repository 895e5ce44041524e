// The project's own event types: every raw browser or page event becomes one of these, once, in adapter.ts. The
// kinds live by origin in browser/browser-events.ts, page/page-reports.ts and worker-events.ts (the background's own);
// this file is the one to import.
// `k` names the kind in words: the few bytes it adds per stored event were measured not to matter (see the commit
// "Readable event codes"), and storage.session, where events persist, is emptied on every extension update.

import type {
  CookieEvent,
  NavEvent,
  RedirectEvent,
  RequestErrorEvent,
  RequestEvent,
  ResponseEvent,
} from './browser/browser-events.ts';
import type {
  PageBeacon,
  PageBody,
  PageCmpGlobalsEvent,
  PageConnection,
  PageConsentModeEvent,
  PageCookieWrite,
  PageFormsEvent,
  PageGppEvent,
  PageListingCut,
  PageResource,
  PageStorageWrite,
  PageTcfEvent,
} from './page/page-reports.ts';
import type {
  AutomationEvent,
  BatchEvent,
  ChoiceEvent,
  CleanStartEvent,
  FormLeakEvent,
  FormTestEvent,
  GestureEvent,
  RecordErrorEvent,
  TruncatedEvent,
} from './worker-events.ts';

export * from './browser/browser-events.ts';
export * from './page/page-reports.ts';
export * from './worker-events.ts';

/** Where a fact comes from: 'browser' = webRequest/cookies APIs (ground truth), 'page' = main-world hooks
 * (page-reported, validated). */
export type Source = 'browser' | 'page';

export type PageEvent =
  | PageCookieWrite
  | PageStorageWrite
  | PageBeacon
  | PageConnection
  | PageBody
  | PageResource
  | PageTcfEvent
  | PageConsentModeEvent
  | PageGppEvent
  | PageCmpGlobalsEvent
  | PageFormsEvent
  | PageListingCut;
export type AuditEvent =
  | NavEvent
  | RedirectEvent
  | RequestEvent
  | ResponseEvent
  | RequestErrorEvent
  | CookieEvent
  | PageEvent
  | RecordErrorEvent
  | ChoiceEvent
  | AutomationEvent
  | CleanStartEvent
  | GestureEvent
  | TruncatedEvent
  | FormTestEvent
  | FormLeakEvent
  | BatchEvent;
