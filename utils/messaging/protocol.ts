// The one message protocol between background, content script, main world and extension pages.
import type { ConsentAction } from '../observe/events.ts';
import type { PageRecord } from '../record/record.ts';
import type { PackedRecord } from './record-pack.ts';

/**
 * A page-events batch's number in its document, made by the recorder (isolated world, never the page): `doc` is a
 * random token of that recorder, `id` counts 1, 2, 3... A resent batch has the same; the worker stores it once.
 */
export interface PageBatchId {
  doc: string;
  id: number;
}

export type Message =
  /** Content script -> background: page-reported events of this frame (validated again in the background). */
  | { type: 'page-events'; events: unknown[]; batch?: PageBatchId }
  /** Extension page -> background: the current page record of a tab. */
  | { type: 'get-record'; tabId: number }
  /** Extension page (CLI) -> background: the tab's record before the current one (the document a reload replaced). */
  | { type: 'get-previous-record'; tabId: number }
  /** Extension page -> background: is the worker up, which version. */
  | { type: 'ping' }
  /**
   * Extension page (popup, CLI) -> background: answer the banner of a tab for the visitor. reportClicks (the Firefox
   * CLI): the top frame's clicks are not made but reported as points (answer-click) for the CLI to click as a person.
   */
  | { type: 'consent-action'; tabId: number; action: ConsentAction; reportClicks?: true }
  /** Autoconsent content script -> background: where a reported answer click is (a point), or why it was a script's. */
  | { type: 'answer-click'; at: ClickAt }
  /** Extension page (CLI) -> background: the answer clicks reported since last asked; stop ends the reporting. */
  | { type: 'take-answer-clicks'; tabId: number; stop?: true }
  /** Autoconsent content script (top frame) -> background: where the CLI's click landed, told as it is heard. */
  | { type: 'answer-landing'; landing: 'on' | 'elsewhere' }
  /** Extension page (CLI) -> background: where the last answer click landed, asked once it is made. */
  | { type: 'answer-landed'; tabId: number }
  /** Extension page -> background: clear the site's (and its third parties') cookies and storage, then reload. */
  | { type: 'clean-audit'; tabId: number }
  /**
   * Extension page (popup) -> background: type canaries into the
   * tab's form fields (never submits), then watch for copies.
   */
  | { type: 'form-test'; tabId: number }
  /** Autoconsent content script -> background: autoconsent's own message, passed through untouched. */
  | { type: 'autoconsent'; msg: unknown }
  /** Recorder content script -> background: this frame has loaded, inject autoconsent into it now. */
  | { type: 'start-autoconsent' }
  /** Recorder content script -> background: a trusted visitor gesture (isTrusted input) at page time `t`. */
  | { type: 'user-gesture'; t: number };

export interface Responses {
  'page-events': { accepted: number; rejected: number };
  'get-record': { record: PageRecord | null };
  'get-previous-record': { record: PageRecord | null };
  /** wake only in the bench build (CONSENT_AUDITOR_BENCH=wake). */
  ping: { ready: true; version: string; wake?: WakeTimes };
  'consent-action': { started: boolean; detail: string };
  'answer-click': { accepted: boolean };
  'take-answer-clicks': { at: ClickAt[] };
  'answer-landing': { accepted: boolean };
  'answer-landed': AnswerLanded;
  'clean-audit': { cleared: boolean; clearedCookies: number; storedConsent: string[]; detail: string };
  'form-test': { started: boolean; filled: number; detail: string };
  autoconsent: unknown;
  'start-autoconsent': { started: boolean };
  'user-gesture': { accepted: boolean };
}

/** Background -> content scripts of a tab (browser.tabs.sendMessage). */
export type TabMessage =
  /** Autoconsent's messages from the background side (initResp, optIn, optOut, evalResp, ...) */
  | { type: 'autoconsent-bg'; msg: unknown }
  /** No autoconsent rule answered the banner: try the labelled common button texts (probe: only look, click nothing) */
  | { type: 'button-fallback'; action: ConsentAction; probe?: true }
  /** The CLI asked for reported clicks (consent-action reportClicks): patch element.click() or restore it */
  | { type: 'report-clicks'; on: boolean }
  /** The CLI made its click on the oldest reported point: where did it land (the top frame answers)? */
  | { type: 'answer-landed' };

/** A reported answer click: the element's centre in the top frame's viewport, or why it was clicked by script. */
export type ClickAt = { x: number; y: number } | string;

/** A ClickAt from a message, or null: a finite point, or a short reason. */
export function asClickAt(v: unknown): ClickAt | null {
  if (typeof v === 'string') return v.slice(0, 40);
  if (typeof v !== 'object' || v === null) return null;
  const { x, y } = v as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/**
 * Where an answer click landed: as the content script heard it (unseen: nothing heard), or gone (its document went
 * away with the click and told nothing). retried: elsewhere, then the chosen element clicked by script.
 */
export interface AnswerLanded {
  landed: 'on' | 'elsewhere' | 'unseen' | 'gone';
  retried: boolean;
}

/** An AnswerLanded from a reply, or null. `gone` only where the caller allows it (the content script cannot say it). */
export function asAnswerLanded(v: unknown, gone: boolean): AnswerLanded | null {
  if (typeof v !== 'object' || v === null) return null;
  const { landed, retried } = v as Record<string, unknown>;
  const known = landed === 'on' || landed === 'elsewhere' || landed === 'unseen' || (gone && landed === 'gone');
  if (!known || typeof retried !== 'boolean') return null;
  return { landed, retried: landed === 'elsewhere' && retried };
}

export function asTabMessage(raw: unknown): TabMessage | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return null;
  if (raw.type === 'answer-landed') return { type: 'answer-landed' };
  if (raw.type === 'autoconsent-bg' && 'msg' in raw) return { type: 'autoconsent-bg', msg: raw.msg };
  if (raw.type === 'button-fallback' && 'action' in raw && isAction(raw.action))
    return 'probe' in raw && raw.probe === true
      ? { type: 'button-fallback', action: raw.action, probe: true }
      : { type: 'button-fallback', action: raw.action };
  if (raw.type === 'report-clicks' && 'on' in raw && typeof raw.on === 'boolean')
    return { type: 'report-clicks', on: raw.on };
  return null;
}

function isAction(x: unknown): x is ConsentAction {
  return x === 'accept' || x === 'reject';
}

/** Milliseconds since this service-worker instance started (performance.now()), for the wake benchmark. */
export interface WakeTimes {
  scriptStart: number;
  restored: number | null;
  firstEvent: number | null;
}

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
export type ResponseOf<M extends Message> = Responses[M['type']];

/** Port name an extension page opens to get live record updates: `record:<tabId>`. */
export const RECORD_PORT_PREFIX = 'record:';
/**
 * `record:<tabId>:first` (the popup's first connect): answered with the first screen (utils/view/first-screen.ts)
 * instead of the record; the port gets the record and its later pushes once the page posts `{ type: 'full' }`.
 */
export const FIRST_SCREEN_SUFFIX = ':first';

/** The tab a record port follows, and whether it asks for the first screen first; null for any other port name. */
export function recordPortOf(name: string): { tabId: number; first: boolean } | null {
  if (!name.startsWith(RECORD_PORT_PREFIX)) return null;
  const first = name.endsWith(FIRST_SCREEN_SUFFIX);
  const id = name.slice(RECORD_PORT_PREFIX.length, first ? -FIRST_SCREEN_SUFFIX.length : undefined);
  return /^\d+$/.test(id) ? { tabId: Number(id), first } : null;
}

/** What a first-screen port's page posts when it has painted the first screen and wants the record. */
export type FullRequest = { type: 'full' };

export function isFullRequest(raw: unknown): raw is FullRequest {
  return typeof raw === 'object' && raw !== null && 'type' in raw && raw.type === 'full';
}

/** A push as the views see it. */
export type PortPush = { type: 'record'; record: PageRecord | null };
/** A push as the port carries it: the record packed (record-pack.ts), or null when the tab has none. */
export type PortWire = { type: 'record'; record: null } | { type: 'record'; packed: PackedRecord };

/**
 * The name of the background's function on its service worker's global that the CLI calls through the debugger
 * protocol (Playwright's Worker.evaluate) instead of messaging from an extension page: the same messages, the same
 * sender rule as an extension page of ours, the answer as JSON text as runtime messaging carries it. Pages and other
 * extensions cannot reach a worker's global; a debugger can do anything with the worker anyway.
 */
export const WORKER_ENTRY = 'consentAuditorMessage';

/** The parts of runtime.MessageSender the background judges a message by. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Only our own contexts may talk to the background: other extensions carry another id, and web pages cannot reach
 * onMessage at all (no externally_connectable). Page events must come from a content script in a tab; everything
 * else from an extension page of ours.
 */
export function acceptsSender(msg: Message, sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  if (
    msg.type === 'page-events' ||
    msg.type === 'autoconsent' ||
    msg.type === 'start-autoconsent' ||
    msg.type === 'user-gesture' ||
    msg.type === 'answer-click' ||
    msg.type === 'answer-landing'
  )
    return typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
  return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/**
 * A `record:<tabId>` port carries a whole tab's record: only our extension pages (popup, report, the CLI's page) may
 * open one, by the same rule as `get-record`. A content script (any tab, any frame) is refused.
 */
export function acceptsPortSender(sender: SenderLike | undefined, ownId: string, ownOrigin: string): boolean {
  return sender !== undefined && acceptsSender({ type: 'get-record', tabId: 0 }, sender, ownId, ownOrigin);
}

const TYPES: ReadonlySet<string> = new Set<Message['type']>([
  'page-events',
  'get-record',
  'get-previous-record',
  'ping',
  'consent-action',
  'answer-click',
  'take-answer-clicks',
  'answer-landing',
  'answer-landed',
  'clean-audit',
  'form-test',
  'autoconsent',
  'start-autoconsent',
  'user-gesture',
]);

/** Narrow an untrusted runtime message to the protocol; anything else is not a message of ours. */
export function asMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return null;
  const m = raw as Record<string, unknown>;
  switch (type) {
    case 'ping':
    case 'start-autoconsent':
      return { type };
    case 'get-record':
    case 'get-previous-record':
      return typeof m.tabId === 'number' && Number.isInteger(m.tabId) ? { type, tabId: m.tabId } : null;
    case 'consent-action':
      if (!(typeof m.tabId === 'number' && Number.isInteger(m.tabId) && isAction(m.action))) return null;
      return m.reportClicks === true
        ? { type, tabId: m.tabId, action: m.action, reportClicks: true }
        : { type, tabId: m.tabId, action: m.action };
    case 'answer-click': {
      const at = asClickAt(m.at);
      return at === null ? null : { type, at };
    }
    case 'answer-landing':
      return m.landing === 'on' || m.landing === 'elsewhere' ? { type, landing: m.landing } : null;
    case 'answer-landed':
      return typeof m.tabId === 'number' && Number.isInteger(m.tabId) ? { type, tabId: m.tabId } : null;
    case 'take-answer-clicks':
      if (!(typeof m.tabId === 'number' && Number.isInteger(m.tabId))) return null;
      return m.stop === true ? { type, tabId: m.tabId, stop: true } : { type, tabId: m.tabId };
    case 'clean-audit':
    case 'form-test':
      return typeof m.tabId === 'number' && Number.isInteger(m.tabId) ? { type, tabId: m.tabId } : null;
    case 'autoconsent':
      return 'msg' in m ? { type, msg: m.msg } : null;
    case 'user-gesture':
      return typeof m.t === 'number' && Number.isFinite(m.t) && m.t > 0 ? { type, t: m.t } : null;
    case 'page-events':
      // Each event is validated one by one in the background (page-events.ts); here only the shape of the batch.
      // A batch id that is not one is left out (the events are kept: a lost write is worse than one counted twice).
      if (!Array.isArray(m.events)) return null;
      return { type, events: m.events, ...pageBatchId(m.batch) };
  }
  return null;
}

/** The recorder's batch id, if it is one: a 16-hex-digit token and a positive safe integer. */
function pageBatchId(v: unknown): { batch?: PageBatchId } {
  if (typeof v !== 'object' || v === null) return {};
  const { doc, id } = v as Record<string, unknown>;
  if (typeof doc !== 'string' || !/^[0-9a-f]{16}$/.test(doc)) return {};
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return {};
  return { batch: { doc, id } };
}
