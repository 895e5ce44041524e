// What both scenario engines share (scan.ts in Chromium, scan-firefox.ts in Firefox): the result of one scenario, how
// a loaded page is judged (HTTP error, another site), when the banner answer has a result, and the retry of a missed
// recording.
import { setTimeout as sleep } from 'node:timers/promises';
import type { PageRecord } from '../utils/record/record.ts';
import type { ScenarioConsent } from '../utils/export/report.ts';
import { siteOf } from '../utils/url/party.ts';
import type { SettleResult } from './settle.ts';
import type { FormsResult } from './forms.ts';

/** The background gives an autoconsent rule 30 s before calling it failed. */
const ANSWER_TIMEOUT_MS = 35_000;
/** After a rule reports failure the button-text fallback runs; its result comes within a few seconds. */
const AFTER_FAILED_MS = 5_000;
const POLL_MS = 200;
/** How long the extension's background may take to answer its first ping. */
const WORKER_TIMEOUT_MS = 10_000;

/** The first line of an error: Playwright appends a call log and prefixes the call ("page.goto: "). */
export function errorLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split('\n')[0]?.trim() ?? m).replace(/^page\.goto: /, '');
}

/** The background is up and its listeners are registered once it answers `ping()` with ready (either engine). */
export async function waitUntilReady(ping: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  for (;;) {
    const reply: unknown = await ping().catch(() => null);
    if (typeof reply === 'object' && reply !== null && Object.getOwnPropertyDescriptor(reply, 'ready')?.value === true)
      return;
    if (Date.now() >= deadline)
      throw new Error(`the extension's background did not answer within ${WORKER_TIMEOUT_MS} ms`);
    await sleep(POLL_MS);
  }
}
import type { AnswerClicks } from './browser/trusted-click.ts';

export interface ScenarioResult {
  record: PageRecord | null;
  answered: { started: boolean; detail: string } | null;
  /** The scenario could not be audited (page did not load, HTTP error, left the site, browser failed) */
  error: string | null;
  /** The page could not be loaded at all (DNS, connection, TLS, timeout) */
  loadFailed: boolean;
  /** Chromium could not be started: one plain line; no other scenario can run either */
  launchError: string | null;
  /** HTTP status of the main document; null when there was no response */
  httpStatus: number | null;
  /** How the waits after the load and after the answer ended */
  settle: { afterLoad: SettleResult | null; afterAnswer: SettleResult | null };
  /** Things worth saying in the report that are not errors */
  notes: string[];
  /** How the banner answer's clicks were made (trusted input / script click); absent when no answer started */
  answerClicks?: AnswerClicks | null;
  browserVersion: string | null;
  /** Canary copies seen after the form fill, and the fields typed into (null when --forms was not asked for). */
  forms?: FormsResult | null;
  startedAt: number;
  finishedAt: number;
}

export type Attempt = Omit<ScenarioResult, 'startedAt' | 'finishedAt'>;

/** A scenario attempt before anything happened: no record, no answer, no error (both engines start from it). */
export function emptyAttempt(): Attempt {
  return {
    record: null,
    answered: null,
    error: null,
    loadFailed: false,
    launchError: null,
    httpStatus: null,
    settle: { afterLoad: null, afterAnswer: null },
    notes: [],
    browserVersion: null,
  };
}

export function asAnswer(x: unknown): { started: boolean; detail: string } | null {
  if (typeof x !== 'object' || x === null) return null;
  const started = Object.getOwnPropertyDescriptor(x, 'started')?.value;
  const detail = Object.getOwnPropertyDescriptor(x, 'detail')?.value;
  return typeof started === 'boolean' ? { started, detail: typeof detail === 'string' ? detail : '' } : null;
}

/** The banner answer's reply that never came: the call to the background failed (not a reply of the background's). */
export class LostReply {
  readonly started = false;
  readonly detail: string;
  constructor(e: unknown) {
    this.detail = `the background did not answer: ${errorLine(e)}`;
  }
}

export function lostReply(reply: unknown): reply is LostReply {
  return reply instanceof LostReply;
}

/** The background's answer to consent-action; anything else is said as an answer that did not start. */
export function answerOf(reply: unknown): { started: boolean; detail: string } {
  return (
    asAnswer(reply) ?? {
      started: false,
      detail: `unexpected answer from the background: ${JSON.stringify(reply)?.slice(0, 200)}`,
    }
  );
}

/** The registrable domain of a URL's host, or null for a URL without one. */
export function siteOfUrl(url: string): string | null {
  try {
    const h = new URL(url).hostname;
    return h ? siteOf(h) : null;
  } catch {
    return null;
  }
}

/** Why a page that ended on `finalUrl` is not an audit of `asked`, or null. about:blank and errors pages count too. */
export function leftSite(asked: string, finalUrl: string): string | null {
  const want = siteOfUrl(asked);
  const got = siteOfUrl(finalUrl);
  return want !== null && got === want ? null : `the page went to a different site: ${finalUrl.slice(0, 500)}`;
}

/** Why a loaded page is not an audit of `asked` (an HTTP error, another site), or null: both engines judge it alike. */
export function notAudited(asked: string, httpStatus: number | null, finalUrl: string): string | null {
  // An error page or another site is no audit of the URL asked for: recorded as evidence, never "clean".
  if (httpStatus !== null && httpStatus >= 400) return `the page answered HTTP ${httpStatus}: not audited`;
  return leftSite(asked, finalUrl);
}

/** Whether the banner answer has a result: the choice is recorded, or the automation says it could not answer. */
export function answerDone(r: PageRecord | null, consent: ScenarioConsent, askedAt: number, now: number): boolean {
  if (r?.consent.choice?.action === consent) return true;
  const since = r?.consent.automation.filter((a) => a.t >= askedAt - 50) ?? [];
  const last = since[since.length - 1];
  if (last?.status === 'no-banner') return true;
  return last?.status === 'failed' && now - last.t > AFTER_FAILED_MS;
}

/**
 * Poll until the banner answer has a result (answerDone) or the answer timeout passed; `get` reads the tab's record.
 */
export async function pollAnswer(
  get: () => Promise<PageRecord | null>,
  consent: ScenarioConsent,
  askedAt: number,
): Promise<void> {
  await answerResult(get, consent, askedAt);
}

/** Polls as pollAnswer does; the last record read once it has a result, or null when the timeout passed. */
async function answerResult(
  get: () => Promise<PageRecord | null>,
  consent: ScenarioConsent,
  askedAt: number,
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<PageRecord | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const r = await get().catch(() => null);
    if (answerDone(r, consent, askedAt, Date.now())) return r;
    await sleep(POLL_MS);
  }
  return null;
}

/**
 * The background's reply to the banner answer was lost (its worker stopped while autoconsent ran the rule: the reply
 * only comes when the rule is done), yet the answer may have been given: the extension keeps the answer in flight and
 * records its choice after a restart. `failed` stands unless the record shows the choice asked for since `askedAt`.
 */
export async function answerAfterLostReply(
  get: () => Promise<PageRecord | null>,
  consent: ScenarioConsent,
  askedAt: number,
  failed: { started: boolean; detail: string },
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<{ started: boolean; detail: string }> {
  const r = await answerResult(get, consent, askedAt, timeoutMs);
  const choice = r?.consent.choice;
  if (!choice || choice.action !== consent || choice.at < askedAt - 50) return failed;
  return {
    started: true,
    detail: `${failed.detail}; the extension recorded the ${consent} choice at +${Math.max(0, choice.at - askedAt)} ms after it was asked (via ${choice.via})`,
  };
}

/**
 * A recording the worker missed (it can miss the first navigation of a profile) is retried once in a new profile;
 * the same for either engine.
 */
export async function retryMissed(attemptOnce: () => Promise<Attempt>): Promise<ScenarioResult> {
  const startedAt = Date.now();
  const missed = (r: Attempt): boolean =>
    r.record?.partial === true ||
    (r.record === null &&
      !r.loadFailed &&
      r.launchError === null &&
      r.error?.startsWith('the extension recorded nothing') === true);
  let result = await attemptOnce();
  if (missed(result)) result = await attemptOnce();
  if (result.record?.partial)
    result.notes.push(
      'the extension saw the page only after its navigation started: the record may miss the first requests',
    );
  return { ...result, startedAt, finishedAt: Date.now() };
}
