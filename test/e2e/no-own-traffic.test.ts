// Issue 8, "nothing leaked": during a full audit the extension itself makes no network request.
// Chromium's net log records every request the browser makes, whoever starts it.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extensionPage,
  findTabId,
  launchAuditBrowser,
  sendToBackground,
  waitForRecord,
} from '../../cli/browser/index.ts';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { requireBuiltExtension, SHOP, TEST_SANDBOX } from './helpers.ts';

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
}

describe('the extension makes no network request of its own', () => {
  it('every request in the net log of a full audit belongs to the audited pages', async () => {
    const extensionDir = requireBuiltExtension();
    const server = await startDemoServer();
    const netlog = path.join(mkdtempSync(path.join(os.tmpdir(), 'ca-netlog-')), 'netlog.json');
    const browser = await launchAuditBrowser({
      extensionDir,
      hostRules: server.hostRules,
      extraArgs: [`--log-net-log=${netlog}`],
      ignoreCertificateErrors: true,
      sandbox: TEST_SANDBOX,
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${SHOP}/`);
      const tabId = await findTabId(browser.context, browser.extensionId, page.url());
      expect(tabId).not.toBeNull();
      await waitForRecord(browser.context, browser.extensionId, tabId!, (r) =>
        r.cookies.some((c) => c.name === 'adnet_uid'),
      );
      // Everything a user does: popup, clean audit (clears and reloads), popup again.
      const ext = await extensionPage(browser.context, browser.extensionId);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await sendToBackground(browser.context, browser.extensionId, { type: 'clean-audit', tabId: tabId! });
      await waitForRecord(
        browser.context,
        browser.extensionId,
        tabId!,
        (r) => r.consent.clean !== null && r.cookies.some((c) => c.name === 'adnet_uid'),
      );
      await popup.reload();
      await popup.waitForTimeout(500);
      // CA_NETLOG_CONTROL=1 makes the extension page fetch once: the test must then fail (proves the net log sees it).
      if (process.env.CA_NETLOG_CONTROL)
        await ext.evaluate(() => fetch('https://control.example.org/').catch(() => null));
    } finally {
      await browser.close();
      await server.close();
    }
    const log = JSON.parse(readFileSync(netlog, 'utf8')) as NetLog;
    const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const requests = log.events
      .filter((e) => e.type === start && e.params?.url)
      .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
    expect(requests.length).toBeGreaterThan(10);
    const fromExtension = requests.filter(
      (r) => r.initiator.startsWith('chrome-extension://') && !r.url.startsWith('chrome-extension://'),
    );
    expect(fromExtension).toEqual([]);
    // Chromium's own background requests (component updates, accounts) carry no origin; everything else must be the demo's.
    const foreign = requests.filter((r) => {
      const u = new URL(r.url);
      return (
        r.initiator !== 'not an origin' &&
        r.initiator !== '' &&
        (u.protocol === 'http:' || u.protocol === 'https:') &&
        !u.hostname.endsWith('.test')
      );
    });
    expect(foreign).toEqual([]);
  });
});
