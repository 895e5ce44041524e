// Playwright fixture for release checks: `import { test, expect } from 'consent-auditor/playwright'` gives every test
// a page in Chromium with the extension loaded and `audit(page)`, which returns the same report as the CLI.
import { readFileSync } from 'node:fs';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { claimTab, findTabId, getRecord, launchAuditBrowser, sendToBackground } from '../cli/browser/index.ts';
import { extensionDirOf, ipMetaFileOf, ipTableFileOf, packageRoot, packageVersion } from '../cli/paths.ts';
import { waitForAnswer, waitForWorker } from '../cli/scan.ts';
import { restoreClientHints } from '../cli/browser/ua-hints.ts';
import { leavePage } from '../cli/leave.ts';
import { watchContext } from '../cli/watch.ts';
import { DATASET_VERSION } from '../data/index.ts';
import { analyze, createKnowledge, type Knowledge } from '../utils/findings/index.ts';
import { loadIpTable } from '../utils/knowledge/ip-country.ts';
import { buildReport, buildScenarioReport } from '../utils/export/report-build.ts';
import { ipTableInfoFrom } from '../utils/export/ip-table-info.ts';
import type { Report, ScenarioConsent } from '../utils/export/report.ts';

export { expect } from '@playwright/test';
export type { Report } from '../utils/export/report.ts';

export interface AuditOptions {
  /** 'none' (default) audits as is; 'reject'/'accept' first answer the banner with the extension's automation. */
  consent?: ScenarioConsent;
  /** How long to keep observing after the page's load event and after the answer (ms). Default 3000. */
  waitMs?: number;
  /**
   * Leave the page (to about:blank, as the CLI does) before the record is taken, so that what it sends only when it
   * is left (a beacon at pagehide) is in the report. Default true; false keeps the page open and lacks those.
   */
  leave?: boolean;
}

interface AuditBrowser {
  context: BrowserContext;
  extensionId: string;
  knowledge: Knowledge;
  sandbox: boolean;
  close(): Promise<void>;
}

/** Tab ids of the pages the fixture opened, claimed before the site ran: a twin the page opens is never audited. */
const claimed = new WeakMap<Page, number>();

const declared = (x: unknown): x is { started: boolean; detail: string } =>
  typeof x === 'object' &&
  x !== null &&
  'started' in x &&
  typeof x.started === 'boolean' &&
  'detail' in x &&
  typeof x.detail === 'string';

function readMeta(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function auditPage(b: AuditBrowser, page: Page, o: AuditOptions = {}): Promise<Report> {
  const consent = o.consent ?? 'none';
  const waitMs = o.waitMs ?? 3000;
  const startedAt = Date.now();
  await waitForWorker(b.context, b.extensionId);
  await page.waitForLoadState('load');
  // A page the test opened itself (a popup it caught, say) is looked up by its URL: the newest tab showing it.
  // The audited address, before the page is left.
  const url = page.url();
  const tabId = claimed.get(page) ?? (await findTabId(b.context, b.extensionId, url));
  if (tabId === null) throw new Error(`consent-auditor: no tab found for ${url}`);
  await page.waitForTimeout(waitMs);
  let answered: { started: boolean; detail: string } | null = null;
  if (consent !== 'none') {
    const askedAt = Date.now();
    const reply = await sendToBackground(b.context, b.extensionId, { type: 'consent-action', tabId, action: consent });
    answered = declared(reply) ? reply : { started: false, detail: 'no answer from the extension' };
    if (answered.started) await waitForAnswer(b.context, b.extensionId, tabId, consent, askedAt);
    await page.waitForTimeout(waitMs);
  }
  if (o.leave !== false) {
    // The CLI's leave step (cli/leave.ts): about:blank starts no new record; then until the record is quiet.
    const watch = watchContext(b.context, b.extensionId);
    try {
      await leavePage(page, (o) => watch.settle(tabId, o));
    } finally {
      watch.stop();
    }
  }
  const record = await getRecord(b.context, b.extensionId, tabId);
  const scenario = buildScenarioReport({
    consent,
    url,
    record,
    analysis: record ? analyze(record, b.knowledge) : null,
    answered,
    startedAt,
    finishedAt: Date.now(),
  });
  const root = packageRoot(import.meta.url);
  // From the browser, not the page: a page can lie about navigator.userAgent.
  const version = b.context.browser()?.version();
  const browser = version
    ? { browser: { name: 'Chromium', version, ...(b.sandbox ? {} : { sandbox: false as const }) } }
    : {};
  return buildReport({
    tool: {
      name: 'consent-auditor',
      version: packageVersion(root),
      data: { trackers: DATASET_VERSION, ipTable: ipTableInfoFrom(readMeta(ipMetaFileOf(root))) },
      ...browser,
    },
    urls: [url],
    scenarios: [scenario],
    startedAt,
    finishedAt: Date.now(),
    consent: [consent],
  });
}

export const test = base.extend<
  { audit: (page: Page, options?: AuditOptions) => Promise<Report> },
  { auditBrowser: AuditBrowser; auditChromiumArgs: string[]; auditSandbox: boolean }
>({
  /** Extra Chromium switches, e.g. `test.use({ auditChromiumArgs: ['--host-resolver-rules=...'] })` or a proxy. */
  auditChromiumArgs: [[], { scope: 'worker', option: true }],
  /**
   * Chromium's sandbox, on by default. `test.use({ auditSandbox: false })` turns it off where it cannot run (root in a
   * container): an explicit opt-in, and every report then says `tool.browser.sandbox: false`.
   */
  auditSandbox: [true, { scope: 'worker', option: true }],
  // One Chromium with the extension per worker: Playwright's --shard and workers spread the pages over machines.
  auditBrowser: [
    async ({ auditChromiumArgs, auditSandbox }, use) => {
      const root = packageRoot(import.meta.url);
      let ipTable = null;
      try {
        ipTable = loadIpTable(readFileSync(ipTableFileOf(root)));
      } catch {
        // no server countries without the table; everything else works
      }
      const b = await launchAuditBrowser({
        extensionDir: extensionDirOf(root),
        chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        extraArgs: auditChromiumArgs,
        sandbox: auditSandbox,
        warmupUrl: null,
      });
      await use({
        context: b.context,
        extensionId: b.extensionId,
        knowledge: createKnowledge({ ipTable }),
        sandbox: b.sandbox,
        close: () => b.close(),
      });
      await b.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ auditBrowser }, use) => {
    await use(auditBrowser.context);
  },
  page: async ({ auditBrowser }, use) => {
    const page = await auditBrowser.context.newPage();
    // As the CLI: the client hints the user-agent switch empties would tell the audit from a visitor (ua-hints.ts).
    const devtools = await auditBrowser.context.newCDPSession(page).catch(() => null);
    if (devtools) await restoreClientHints(auditBrowser.context, devtools).catch(() => false);
    claimed.set(page, await claimTab(auditBrowser.context, auditBrowser.extensionId, page));
    await use(page);
    await page.close();
  },
  audit: async ({ auditBrowser }, use) => {
    await use((page, options) => auditPage(auditBrowser, page, options));
  },
});
