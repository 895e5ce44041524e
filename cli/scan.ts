// One URL under one consent scenario, in a fresh Chromium profile with the extension: load, settle, answer the banner
// through the background (as the popup does), settle, fetch the record. Browser-bound; the analysis happens in main.ts.
import type { BrowserContext } from 'playwright-core';
import {
  BackgroundTimeoutError,
  claimParkedTabInWorker,
  getPreviousRecord,
  getRecord,
  launchAuditBrowser,
  LaunchError,
  messageThroughWorker,
  parkTab,
  pingInWorker,
  sendToBackground,
  tabList,
} from './browser/index.ts';
import type { ScenarioConsent } from '../utils/export/report.ts';
import type { PageRecord } from '../utils/record/page-record.ts';
import type { SettleOptions } from './settle.ts';
import { watchContext } from './watch.ts';
import { trace } from './trace.ts';
import { fillForms, type FormsMode } from './forms.ts';
import { joinReload, leavePage, movedOnGap, reloadNote, selfNavigationGap, watchNavigations } from './leave.ts';
import { watchPopups, withWindows } from './popups.ts';
import { watchReports } from './reporting-api.ts';
import { joinReports } from './reporting-join.ts';
import { restoreClientHints } from './browser/ua-hints.ts';
import { scriptClickNote, trustedClicks, type Landings, type TrustedClicks } from './browser/trusted-click.ts';
import { landedElsewhereGap } from './landed-elsewhere.ts';
import {
  answerOf,
  emptyAttempt,
  errorLine,
  leftSite,
  notAudited,
  pollAnswer,
  answerAfterLostReply,
  LostReply,
  lostReply,
  retryMissed,
  waitUntilReady,
  type Attempt,
  type ScenarioResult,
} from './scenario-common.ts';

export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;
/** One ping of a worker still starting; the loop tries again until the worker timeout (scenario-common.ts). */
const PING_TIMEOUT_MS = 3_000;

export interface ScenarioRun {
  url: string;
  consent: ScenarioConsent;
  settle: SettleOptions;
  loadTimeoutMs: number;
  extensionDir: string;
  chromium: string;
  chromiumArgs: string[];
  /** false: --no-sandbox was asked for */
  sandbox: boolean;
  /** Canary form fill (issue 17); absent or 'off' = none. */
  forms?: FormsMode;
  /** Told each phase as it begins (the live progress line) */
  onPhase?: (phase: string) => void;
  /**
   * Answer the banner once the page has loaded instead of after it settled: only when the `none` scenario of the
   * same URL runs too, which records the untouched page (the before-choice evidence).
   */
  answerAtLoad?: boolean;
}

/** The worker is up and its listeners are registered once it answers a ping from an extension page. */
export async function waitForWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await waitUntilReady(() => sendToBackground(context, extensionId, { type: 'ping' }, PING_TIMEOUT_MS));
}

/** Poll until the banner answer has a result: the choice is recorded, or the automation says it could not answer. */
export async function waitForAnswer(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  consent: ScenarioConsent,
  askedAt: number,
): Promise<void> {
  await pollAnswer(() => getRecord(context, extensionId, tabId), consent, askedAt);
}

async function attempt(run: ScenarioRun): Promise<Attempt> {
  const out = emptyAttempt();
  const tag = `${run.consent} ${run.url}`;
  const phase = (p: string): void => {
    trace(`${tag}: ${p}`);
    run.onPhase?.(p);
  };
  let browser;
  phase('starting Chromium');
  try {
    browser = await launchAuditBrowser({
      extensionDir: run.extensionDir,
      chromiumPath: run.chromium,
      extraArgs: run.chromiumArgs,
      sandbox: run.sandbox,
      warmupUrl: null,
    });
  } catch (e) {
    if (e instanceof LaunchError) return { ...out, error: e.message, launchError: e.message };
    return { ...out, error: `Chromium could not be started: ${errorLine(e)}` };
  }
  const { context, extensionId } = browser;
  const watch = watchContext(context, extensionId);
  try {
    phase('waiting for the extension');
    // Messages go to the extension's service worker itself: no helper page to open in each scenario's browser (a
    // helper page only if the worker stops and must be woken). The start-up about:blank tab, which nobody else drives,
    // is the audited tab: opening a tab in a browser just started took 0.3-1 s.
    messageThroughWorker(context);
    const startTab = context.pages().find((p) => p.url() === 'about:blank');
    // The audited tab parks on its marker while the worker starts; the site still loads only after the worker has
    // registered its listeners (it can miss a navigation before), and the tab is claimed by its marker as before.
    const parked = (startTab ? Promise.resolve(startTab) : context.newPage()).then(async (p) => ({
      page: p,
      marker: await parkTab(p),
    }));
    parked.catch(() => {}); // a failed worker start is the error said; a parked tab that failed too is no second one
    await waitUntilReady(() => pingInWorker(context, extensionId));
    trace(`${tag}: the extension answered`);
    const { page, marker } = await parked;
    // The audited tab is the one parked here, known before the site runs: a twin the page opens is never read.
    const tabId = await claimParkedTabInWorker(context, extensionId, marker);
    // From the browser itself: the user agent carries only the major version (the headful one the pages see).
    out.browserVersion = context.browser()?.version() ?? null;
    trace(`${tag}: tab claimed`);
    let response;
    phase('loading');
    // The run's own navigation is the first; any later one of the top document is the page's own (a reload).
    const navs = watchNavigations(page);
    // A window the page opens is a tab of its own: its requests are not in this tab's record (cli/popups.ts).
    const popups = watchPopups(page);
    // Reporting API reports leave without a tab: DevTools sees them queued (cli/reporting-api.ts), the record has them.
    const devtools = await context.newCDPSession(page).catch(() => null);
    const reports = devtools && (await watchReports(devtools).catch(() => null));
    // The client hints the user-agent switch empties would tell the CLI from a visitor (cli/browser/ua-hints.ts).
    if (devtools) await restoreClientHints(context, devtools).catch(() => false);
    if (!reports) out.notes.push('Reporting API reports could not be watched: a report the page had sent is not said');
    try {
      response = await page.goto(run.url, { waitUntil: 'load', timeout: run.loadTimeoutMs });
    } catch (e) {
      return { ...out, error: `page could not be loaded: ${errorLine(e)}`, loadFailed: true };
    }
    const loadedAt = Date.now();
    // The browser's address of the loaded document (after redirects), which history.replaceState does not change.
    const loadedUrl = response?.url() ?? page.url();
    trace(`${tag}: load event`);
    out.httpStatus = response?.status() ?? null;
    out.error = notAudited(run.url, out.httpStatus, page.url());
    // The audit's record: after a reload of the page's own (a consent tool's, after the answer), both documents'.
    const audited = async (): Promise<PageRecord | null> => {
      const r = await getRecord(context, extensionId, tabId);
      if (!r || navs.list.length < 2) return r;
      const previous = await getPreviousRecord(context, extensionId, tabId).catch(() => null);
      return joinReload(loadedUrl, navs.list, r, previous) ?? r;
    };
    const gone = (): boolean => leftSite(run.url, page.url()) !== null;
    const early = run.answerAtLoad === true && run.consent !== 'none' && out.error === null;
    if (!early) {
      phase('waiting after load');
      if (!gone()) out.settle.afterLoad = await watch.settle(tabId, run.settle, gone);
    }
    out.error ??= leftSite(run.url, page.url());
    let clicker: TrustedClicks | null = null;
    if (run.consent !== 'none' && out.error === null) {
      const action = run.consent;
      const askedAt = Date.now();
      // Said in the report: this scenario's record starts the choice early; the untouched page is the none scenario's.
      if (early)
        out.notes.push(
          `asked to ${action} the banner ${askedAt - loadedAt} ms after the load event, without waiting for the page to settle (--answer ready): the before-choice evidence of this URL is the "none" scenario's`,
        );
      phase('answering the banner');
      // The automation's clicks become DevTools input (isTrusted true); a failed set-up leaves the script clicks.
      clicker = await trustedClicks(context, page, extensionId).catch(() => null);
      await clicker?.arm();
      const reply: unknown = await sendToBackground(context, extensionId, {
        type: 'consent-action',
        tabId,
        action,
      }).catch((e: unknown) => {
        // A stalled background is no unanswered banner: the scenario is not audited.
        if (e instanceof BackgroundTimeoutError) throw e;
        return new LostReply(e);
      });
      out.answered = answerOf(reply);
      // A reply lost with a stopped worker is no unanswered banner when the record has the choice.
      if (lostReply(reply)) out.answered = await answerAfterLostReply(audited, action, askedAt, out.answered);
      if (out.answered.started) {
        // A choice the replaced document recorded counts: a consent tool may reload the page at once.
        await pollAnswer(audited, action, askedAt);
        // The wait after the answer starts when the trusted clicks are made: the recorded choice is the click's report,
        // a DevTools round trip before the click (a hit 1.5 s after the click was missed so; as cli/scan-firefox.ts).
        await clicker?.done().catch(() => null);
        phase('waiting after answer');
        out.settle.afterAnswer = await watch.settle(tabId, run.settle, gone);
      } else if (early && !gone()) {
        // No banner answered: the record still covers the page until it settles, as in the settled order.
        phase('waiting after load');
        out.settle.afterLoad = await watch.settle(tabId, run.settle, gone);
      }
    }
    if (out.answered?.started) {
      const clicks = clicker ? await clicker.done() : null;
      out.answerClicks = clicks ?? { trusted: 0, script: ['no DevTools input'] };
      const note = scriptClickNote(out.answerClicks);
      if (note) out.notes.push(note);
    }
    // Where the trusted clicks landed: a page may have moved another element under the pointer (answered otherwise).
    const landed: Landings | null = clicker ? await clicker.landings() : null;
    await clicker?.close();
    const left = leftSite(run.url, page.url());
    // A wait cut short because the page left is no statement about how the audited page settled.
    if (left !== null) out.settle = { afterLoad: null, afterAnswer: null };
    out.error ??= left;
    let session = null;
    if ((run.forms === 'fill' || run.forms === 'submit') && left === null) {
      phase('filling forms');
      session = await fillForms(page, context);
      await watch.settle(tabId, run.settle, gone);
    }
    // What the page sends only when it is left is evidence too; a form still to submit needs its page.
    if (run.forms !== 'submit') {
      phase('leaving the page');
      await leavePage(page, (o) => watch.settle(tabId, o));
    }
    // Watched until here: a reload that races the leave step replaced the record too. A submission is the run's own.
    navs.stop();
    popups.stop();
    // The record is taken before a submission: the form's target page would start a new record in this tab.
    out.record = await audited();
    trace(`${tag}: record taken`);
    if (!out.record) out.error ??= 'the extension recorded nothing for this page';
    if (out.record?.documents) out.notes.push(reloadNote(out.record));
    const moved = out.record && movedOnGap(loadedUrl, out.record, Date.now());
    if (moved) out.record?.errors.push(moved);
    // Said only where the documents could not be joined: evidence is missing then.
    const reloaded =
      out.record && !out.record.documents && selfNavigationGap(loadedUrl, loadedAt, navs.list, out.record, Date.now());
    if (reloaded) out.record?.errors.push(reloaded);
    // The answer the page has is not known: what was recorded after it is not judged as if it were.
    const wrong = out.record && landed && landedElsewhereGap(landed, Date.now());
    if (wrong) out.record?.errors.push(wrong);
    if (out.record) {
      // What the windows the page opened loaded is evidence too (cli/popups.ts); a window not read is a gap.
      const read = (id: number): Promise<PageRecord | null> => getRecord(context, extensionId, id);
      const w = await withWindows(out.record, tabId, popups.list(), () => tabList(context, extensionId), read);
      out.record = w.record;
      if (w.note) out.notes.push(w.note);
    }
    // The reports the browser queued are requests of the record (cli/reporting-join.ts), or a gap where not named.
    if (out.record && reports) out.record = joinReports(out.record, reports.list(), reports.dropped(), Date.now());
    if (session) {
      const submitted = run.forms === 'submit' ? await session.submit().catch(() => false) : false;
      if (submitted) await watch.settle(tabId, run.settle, () => false);
      // The page after submission, for the double opt-in hint ("we have sent you a confirmation e-mail").
      const after = submitted
        ? {
            pageText: await page.innerText('body', { timeout: 3_000 }).catch(() => ''),
            formText: session.formText,
            pageUrl: page.url(),
          }
        : null;
      out.forms = { leaks: await session.collect(out.record), filled: session.filled, submitted, after };
    }
    return out;
  } catch (e) {
    return { ...out, error: out.error ?? errorLine(e) };
  } finally {
    watch.stop();
    await browser.close();
    trace(`${tag}: closed`);
  }
}

export function runScenario(run: ScenarioRun): Promise<ScenarioResult> {
  return retryMissed(() => attempt(run));
}
