// Firefox harness of the test:firefox suite: demo server + Firefox ESR with the release build of .output/firefox-mv3.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { PageRecord } from '../../utils/record/record.ts';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.mjs';
import {
  DEFAULT_FIREFOX_PATHS,
  findTabId,
  launchFirefox,
  waitForRecord,
  type FirefoxAudit,
} from '../../cli/browser/firefox.ts';
import { parseHostRules } from '../../cli/browser/host-rules.ts';
import { ROOT } from '../e2e/helpers.ts';

export const FIREFOX_BUILD = path.join(ROOT, '.output', 'firefox-mv3');

export interface FirefoxHarness {
  server: DemoServer;
  ff: FirefoxAudit;
}

export const FIREFOX_PATH = process.env.CONSENT_AUDITOR_FIREFOX || DEFAULT_FIREFOX_PATHS[0];

/** The harness of the calling file, started in a beforeAll and closed in an afterAll. */
export function useFirefox(): FirefoxHarness {
  let current: FirefoxHarness | undefined;
  beforeAll(async () => {
    if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json')))
      throw new Error(`${FIREFOX_BUILD} is missing: run \`npm run build:firefox\` first`);
    const server = await startDemoServer();
    try {
      // The Chromium harness's host rules, followed by the CLI's PAC + proxy: demo hosts only, every other host refused.
      const hostRules = parseHostRules(server.hostRules);
      if (typeof hostRules === 'string') throw new Error(hostRules);
      current = {
        server,
        ff: await launchFirefox({
          extensionDir: FIREFOX_BUILD,
          firefoxPath: FIREFOX_PATH,
          hostRules,
          acceptInsecureCerts: true,
        }),
      };
    } catch (e) {
      await server.close();
      throw e;
    }
  });
  afterAll(async () => {
    await current?.ff.close();
    await current?.server.close();
  });
  return new Proxy({} as FirefoxHarness, {
    get(_, key) {
      if (!current) throw new Error('firefox harness used before its beforeAll ran');
      return current[key as keyof FirefoxHarness];
    },
  });
}

/** Open `url` in a new tab; returns the page, its extension tab id and when the load began. */
export async function openTab(h: FirefoxHarness, url: string): Promise<{ page: Page; tabId: number; since: number }> {
  const since = Date.now();
  const page = await h.ff.browser.newPage();
  await page.goto(url);
  const tabId = await findTabId(h.ff, page.url());
  if (tabId === null) throw new Error(`no tab found for ${page.url()}`);
  return { page, tabId, since };
}

export async function settledRecord(
  h: FirefoxHarness,
  tabId: number,
  accept: (r: PageRecord) => boolean,
  timeoutMs = 20_000,
): Promise<PageRecord> {
  const r = await waitForRecord(h.ff, tabId, accept, timeoutMs);
  if (!r) throw new Error(`no record for tab ${tabId}`);
  return r;
}
