// One URL under one consent scenario in Firefox (--browser firefox): a fresh profile with the Firefox build, then the
// same steps as scan.ts (load, settle, answer the banner through the background, settle, fetch the record), through the
// Firefox runtime (cli/browser/firefox.ts). Form fill and crawl need Chromium's DevTools protocol: refused before this.
import type { HTTPRequest, HTTPResponse } from 'puppeteer-core';
import { joinReload, leavePage, movedOnGap, reloadNote, selfNavigationGap, watchNavigations } from './leave.ts';
import { watchPopups, withWindows } from './popups.ts';
import type { PageRecord } from '../utils/record/page-record.ts';
import { recordMark } from './settle.ts';
import { countRequests, watchActivity } from './watch.ts';
import {
  claimTab,
  FirefoxLaunchError,
  firefoxVersionOf,
  getPreviousRecord,
  getRecord,
  launchFirefox,
  sendToBackground,
  tabList,
  type FirefoxAudit,
} from './browser/firefox.ts';
import { takeReportedClicks } from './browser/firefox-click.ts';
import type { HostRule } from './browser/host-rules.ts';
import { scriptClickNote } from './browser/trusted-click.ts';
import { landedElsewhereGap, type Landed } from './landed-elsewhere.ts';
import type { ScenarioRun } from './scan.ts';
import {
  answerOf,
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
  emptyAttempt,
  type ScenarioResult,
} from './scenario-common.ts';

export interface FirefoxScenarioRun extends Omit<ScenarioRun, 'chromium' | 'chromiumArgs' | 'sandbox' | 'forms'> {
  firefox: string;
  hostRules: readonly HostRule[] | null;
  acceptInsecureCerts: boolean;
}

async function attempt(run: FirefoxScenarioRun): Promise<Attempt> {
  const out = emptyAttempt();
  let ff: FirefoxAudit;
  try {
    ff = await launchFirefox({
      extensionDir: run.extensionDir,
      firefoxPath: run.firefox,
      hostRules: run.hostRules,
      acceptInsecureCerts: run.acceptInsecureCerts,
    });
  } catch (e) {
    if (e instanceof FirefoxLaunchError) return { ...out, error: e.message, launchError: e.message };
    return { ...out, error: `Firefox could not be started: ${errorLine(e)}` };
  }
  let stop = (): void => {};
  try {
    await waitUntilReady(() => sendToBackground(ff, { type: 'ping' }));
    out.browserVersion = firefoxVersionOf(ff.version);
    const page = await ff.browser.newPage();
    // The audited tab is the one opened here, known before the site runs: a twin the page opens is never read.
    const tabId = await claimTab(ff, page);
    const watch = watchActivity(
      async (tabId) => recordMark(await getRecord(ff, tabId).catch(() => null)),
      (clock) => countRequests<HTTPRequest>(page, clock),
    );
    stop = () => watch.stop();
    let response: HTTPResponse | null;
    // The run's own navigation is the first; any later one of the top document is the page's own (a reload).
    const navs = watchNavigations(page);
    // A window the page opens is a tab of its own: its requests are not in this tab's record (cli/popups.ts).
    const popups = watchPopups(page);
    try {
      response = await page.goto(run.url, { waitUntil: 'load', timeout: run.loadTimeoutMs });
    } catch (e) {
      return { ...out, error: `page could not be loaded: ${errorLine(e)}`, loadFailed: true };
    }
    const loadedAt = Date.now();
    out.httpStatus = response?.status() ?? null;
    const loadedUrl = page.url();
    out.error = notAudited(run.url, out.httpStatus, loadedUrl);
    // The audit's record: after a reload of the page's own (a consent tool's, after the answer), both documents'.
    const audited = async (): Promise<PageRecord | null> => {
      const r = await getRecord(ff, tabId);
      if (!r || navs.list.length < 2) return r;
      const previous = await getPreviousRecord(ff, tabId).catch(() => null);
      return joinReload(response?.url() ?? loadedUrl, navs.list, r, previous) ?? r;
    };
    const gone = (): boolean => leftSite(run.url, page.url()) !== null;
    if (!gone()) out.settle.afterLoad = await watch.settle(tabId, run.settle, gone);
    out.error ??= leftSite(run.url, page.url());
    let landed: Landed = { elsewhere: 0, retried: 0 };
    if (run.consent !== 'none' && out.error === null) {
      const action = run.consent;
      const askedAt = Date.now();
      // The content script reports its clicks' points instead of clicking; they are clicked here as a person's.
      const reported = takeReportedClicks(
        (stop) => sendToBackground(ff, { type: 'take-answer-clicks', tabId, ...(stop ? { stop: true } : {}) }),
        (x, y) => page.mouse.click(Math.round(x), Math.round(y)),
        () => sendToBackground(ff, { type: 'answer-landed', tabId }),
        100,
        // A point is the reporting document's: after a navigation of the top document it would click another one.
        () => (navs.list.some((n) => n.t >= askedAt) ? 'not clicked: the page navigated first' : null),
      );
      const reply: unknown = await sendToBackground(ff, {
        type: 'consent-action',
        tabId,
        action,
        reportClicks: true,
      }).catch((e: unknown) => new LostReply(e));
      out.answered = answerOf(reply);
      // A reply lost with a stopped background is no unanswered banner when the record has the choice.
      if (lostReply(reply)) out.answered = await answerAfterLostReply(audited, action, askedAt, out.answered);
      if (out.answered.started) {
        // A choice the replaced document recorded counts: a consent tool may reload the page at once.
        await pollAnswer(audited, action, askedAt);
        // The choice is recorded when a click is reported, the page sees it once clicked here: the wait after the
        // answer counts from the clicks made (else a tracker the click starts 1.5 s later is missed).
        await reported.flush();
        out.settle.afterAnswer = await watch.settle(tabId, run.settle, gone);
      }
      // Where each trusted click landed (elsewhere, not heard, its document gone): a gap of the record if not on.
      const { clicks, landings } = await reported.done();
      landed = landings;
      if (out.answered.started) {
        out.answerClicks = clicks;
        const note = scriptClickNote(clicks);
        if (note) out.notes.push(note);
      }
    }
    const left = leftSite(run.url, page.url());
    if (left !== null) out.settle = { afterLoad: null, afterAnswer: null };
    out.error ??= left;
    // What the page sends only when it is left is evidence too (cli/leave.ts).
    await leavePage(page, (o) => watch.settle(tabId, o));
    // Watched until here: a reload that races the leave step replaced the record too.
    navs.stop();
    popups.stop();
    out.record = await audited();
    if (!out.record) out.error ??= 'the extension recorded nothing for this page';
    if (out.record?.documents) out.notes.push(reloadNote(out.record));
    // The browser's address of the loaded document, which history.replaceState does not change.
    const moved = out.record && movedOnGap(response?.url() ?? loadedUrl, out.record, Date.now());
    if (moved) out.record?.errors.push(moved);
    // Said only where the documents could not be joined: evidence is missing then.
    const reloaded =
      out.record &&
      !out.record.documents &&
      selfNavigationGap(response?.url() ?? loadedUrl, loadedAt, navs.list, out.record, Date.now());
    if (reloaded) out.record?.errors.push(reloaded);
    // The answer the page has is not known: what was recorded after it is not judged as if it were.
    const wrong = out.record && landedElsewhereGap(landed, Date.now());
    if (wrong) out.record?.errors.push(wrong);
    if (out.record) {
      // What the windows the page opened loaded is evidence too (cli/popups.ts); a window not read is a gap.
      const w = await withWindows(
        out.record,
        tabId,
        popups.list(),
        () => tabList(ff),
        (id) => getRecord(ff, id),
      );
      out.record = w.record;
      if (w.note) out.notes.push(w.note);
    }
    return out;
  } catch (e) {
    return { ...out, error: out.error ?? errorLine(e) };
  } finally {
    stop();
    await ff.close();
  }
}

/** As runScenario: a recording the background missed is retried once in a new profile. */
export function runFirefoxScenario(run: FirefoxScenarioRun): Promise<ScenarioResult> {
  return retryMissed(() => attempt(run));
}
