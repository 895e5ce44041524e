// The popup in English and German on the demo page: the browser's own language picks (a Chromium started with
// a German locale), ?lang overrides it, the manifest's name comes from _locales; screenshots for the README.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTab, screenshotDir, settledRecord, SHOP, useHarness, type Harness } from './helpers.ts';

/** The extension API inside the popup page (evaluated there, typed here). */
declare const chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };

const SHOTS = screenshotDir();
const DEMO = `${SHOP}/trackers.html`;

async function openPopup(h: Harness, tabId: number, query = ''): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 760, height: 1000 });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}${query}`);
  // The verdict is there once the findings (with the IP table) have been computed.
  await popup.waitForSelector('.verdict:not(.verdict-pending)', { timeout: 15_000 });
  return popup;
}

async function demoTab(h: Harness): Promise<number> {
  const { tabId } = await openTab(h, DEMO);
  await settledRecord(
    h,
    tabId,
    (r) => r.requests.some((q) => q.host === 'www.google-analytics.com') && r.cookies.some((c) => c.name === '_fbp'),
  );
  return tabId;
}

describe('a German browser', () => {
  const h = useHarness({ locale: 'de-DE' });
  let tabId: number;
  beforeAll(async () => {
    tabId = await demoTab(h);
  });

  it('shows the popup in German without being asked, names the extension from _locales/de', async () => {
    const popup = await openPopup(h, tabId);
    const ui = await popup.evaluate(() => ({
      lang: chrome.i18n.getUILanguage(),
      name: chrome.i18n.getMessage('extName'),
      htmlLang: document.documentElement.lang,
    }));
    expect(ui.lang).toMatch(/^de/);
    expect(ui.htmlLang).toBe('de');
    expect(ui.name).toBe('Consent Auditor');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/\d+ Verstöße/);
    expect(text).toMatch(/vor der Einwilligung/i);
    expect(text).toMatch(
      /Google Analytics 4 \(www\.google-analytics\.com\) wurde vor der Einwilligungsentscheidung kontaktiert/,
    );
    expect(text).not.toMatch(/\bviolations?\b|before choice|No answer yet/);
    await mkdir(SHOTS, { recursive: true });
    await popup.screenshot({
      path: path.join(SHOTS, 'popup-de.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 760, height: 1400 },
    });
    await popup.close();
  });

  it('?lang=en overrides the browser language', async () => {
    const popup = await openPopup(h, tabId, '&lang=en');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/\d+ violations/);
    expect(text).not.toMatch(/Verstöße/);
    await popup.close();
  });
});

describe('an English browser', () => {
  const h = useHarness({ locale: 'en-US' });
  let tabId: number;
  beforeAll(async () => {
    tabId = await demoTab(h);
  });

  it('shows the popup in English; the screenshot for the README', async () => {
    const popup = await openPopup(h, tabId);
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/\d+ violations/);
    expect(text).toMatch(/before choice/);
    await mkdir(SHOTS, { recursive: true });
    await popup.screenshot({
      path: path.join(SHOTS, 'popup-en.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 760, height: 1400 },
    });
    await popup.close();
  });
});
