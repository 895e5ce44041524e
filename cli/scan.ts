// One URL under one consent scenario, in a fresh Chromium profile with the extension: load, wait, answer the banner
// through the background (as the popup does), wait, fetch the record. Browser-bound; the analysis happens in main.ts.
import type { BrowserContext } from 'playwright-core';
import { extensionPage, findTabId, getRecord, launchAuditBrowser, sendToBackground } from '../scripts/lib/browser.mjs';
import type { PageRecord } from '../utils/record/record.ts';
import type { ScenarioConsent } from '../utils/export/report.ts';
import { setTimeout as sleep } from 'node:timers/promises';


const LOAD_TIMEOUT_MS = 30_000;
const WORKER_TIMEOUT_MS = 10_000;
/** The background gives an autoconsent rule 30 s before calling it failed. */
const ANSWER_TIMEOUT_MS = 35_000;
/** After a rule reports failure the button-text fallback runs; its result comes within a few seconds. */
const AFTER_FAILED_MS = 5_000;
const POLL_MS = 200;

export interface ScenarioRun {
  url: string;
  consent: ScenarioConsent;
  waitMs: number;
  extensionDir: string;
  chromium: string;
  chromiumArgs: string[];
}

export interface ScenarioResult {
  record: PageRecord | null;
  answered: { started: boolean; detail: string } | null;
  /** The scenario could not be audited */
  error: string | null;
  /** The page could not be loaded at all (DNS, connection, TLS): other scenarios of this URL need not try */
  loadFailed: boolean;
  /** Things worth saying in the report that are not errors (e.g. an HTTP error status) */
  notes: string[];
  browserVersion: string | null;
  startedAt: number;
  finishedAt: number;
}

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // Playwright appends a call log; the first line says what happened.
  return (m.split('\n')[0]?.trim() ?? m).replace(/^page\.goto: /, '');
}

function asAnswer(x: unknown): { started: boolean; detail: string } | null {
  if (typeof x !== 'object' || x === null) return null;
  const started = Object.getOwnPropertyDescriptor(x, 'started')?.value;
  const detail = Object.getOwnPropertyDescriptor(x, 'detail')?.value;
  return typeof started === 'boolean' ? { started, detail: typeof detail === 'string' ? detail : '' } : null;
}

/** The worker is up and its listeners are registered once it answers a ping from an extension page. */
export async function waitForWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  for (;;) {
    const reply: unknown = await sendToBackground(context, extensionId, { type: 'ping' }).catch(() => null);
    if (typeof reply === 'object' && reply !== null && Object.getOwnPropertyDescriptor(reply, 'ready')?.value === true) return;
    if (Date.now() >= deadline) throw new Error(`the extension's background did not answer within ${WORKER_TIMEOUT_MS} ms`);
    await sleep(POLL_MS);
  }
}

/** Poll until the banner answer has a result: the choice is recorded, or the automation says it could not answer. */
export async function waitForAnswer(context: BrowserContext, extensionId: string, tabId: number, consent: ScenarioConsent, askedAt: number): Promise<void> {
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const r = await getRecord(context, extensionId, tabId).catch(() => null);
    if (r?.consent.choice?.action === consent) return;
    const since = r?.consent.automation.filter((a) => a.t >= askedAt - 50) ?? [];
    const last = since[since.length - 1];
    if (last?.status === 'no-banner') return;
    if (last?.status === 'failed' && Date.now() - last.t > AFTER_FAILED_MS) return;
    await sleep(POLL_MS);
  }
}

async function attempt(run: ScenarioRun): Promise<Omit<ScenarioResult, 'startedAt' | 'finishedAt'>> {
  const notes: string[] = [];
  let browser;
  try {
    browser = await launchAuditBrowser({ extensionDir: run.extensionDir, chromiumPath: run.chromium, extraArgs: run.chromiumArgs, warmupUrl: null });
  } catch (e) {
    return { record: null, answered: null, error: `Chromium could not be started: ${message(e)}`, loadFailed: false, notes, browserVersion: null };
  }
  const { context, extensionId } = browser;
  let browserVersion: string | null = null;
  try {
    await waitForWorker(context, extensionId);
    const ua = await (await extensionPage(context, extensionId)).evaluate(() => navigator.userAgent).catch(() => '');
    browserVersion = /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? null;
    const page = await context.newPage();
    let response;
    try {
      response = await page.goto(run.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    } catch (e) {
      return { record: null, answered: null, error: `page could not be loaded: ${message(e)}`, loadFailed: true, notes, browserVersion };
    }
    const status = response?.status();
    if (status !== undefined && status >= 400) notes.push(`the page answered HTTP ${status}`);
    const tabId = await findTabId(context, extensionId, page.url());
    if (tabId === null) return { record: null, answered: null, error: `no browser tab shows ${page.url()}`, loadFailed: false, notes, browserVersion };
    await sleep(run.waitMs);
    let answered: ScenarioResult['answered'] = null;
    if (run.consent !== 'none') {
      const action = run.consent;
      const askedAt = Date.now();
      const reply: unknown = await sendToBackground(context, extensionId, { type: 'consent-action', tabId, action })
        .catch((e: unknown) => ({ started: false, detail: `the background did not answer: ${message(e)}` }));
      answered = asAnswer(reply) ?? { started: false, detail: `unexpected answer from the background: ${JSON.stringify(reply)?.slice(0, 200)}` };
      if (answered.started) {
        await waitForAnswer(context, extensionId, tabId, action, askedAt);
        await sleep(run.waitMs);
      }
    }
    const record = await getRecord(context, extensionId, tabId);
    if (!record) return { record: null, answered, error: 'the extension recorded nothing for this page', loadFailed: false, notes, browserVersion };
    return { record, answered, error: null, loadFailed: false, notes, browserVersion };
  } catch (e) {
    return { record: null, answered: null, error: message(e), loadFailed: false, notes, browserVersion };
  } finally {
    await browser.close();
  }
}

/** A recording the worker missed (it can miss the first navigation of a profile) is retried once in a new profile. */
export async function runScenario(run: ScenarioRun): Promise<ScenarioResult> {
  const startedAt = Date.now();
  const missed = (r: Omit<ScenarioResult, 'startedAt' | 'finishedAt'>): boolean =>
    r.record?.partial === true || (r.record === null && !r.loadFailed && r.error?.startsWith('the extension recorded nothing') === true);
  let result = await attempt(run);
  if (missed(result)) result = await attempt(run);
  if (result.record?.partial) result.notes.push('the extension saw the page only after its navigation started: the record may miss the first requests');
  return { ...result, startedAt, finishedAt: Date.now() };
}
