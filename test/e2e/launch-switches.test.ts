// The switches every audit browser starts with (cli/browser/launch.ts, features.ts), checked in a real Chromium.
import { describe, expect, it } from 'vitest';
import { launchAuditBrowser } from '../../cli/browser/index.ts';
import { TEST_SANDBOX } from './helpers.ts';

describe('audit browser switches', () => {
  it("starts no address-bar WebUI (its own renderer, ~0.6 s CPU per browser) and keeps Playwright's feature list", async () => {
    const browser = await launchAuditBrowser({ warmupUrl: null, sandbox: TEST_SANDBOX });
    try {
      const cdp = await browser.context.browser()!.newBrowserCDPSession();
      // Chromium preloads the popup at start; give it the time it takes at load before looking.
      await new Promise((r) => setTimeout(r, 1_500));
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as {
        targetInfos: Array<{ type: string; url: string }>;
      };
      expect(targetInfos.some((t) => t.type === 'page' || t.type === 'tab')).toBe(true);
      expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('popups', () => {
  it("are blocked at load as in a visitor's browser, and open on a click", async () => {
    const browser = await launchAuditBrowser({ warmupUrl: null, sandbox: TEST_SANDBOX });
    try {
      const page = await browser.context.newPage();
      const opened: string[] = [];
      page.on('popup', (p) => opened.push(p.url()));
      // Loaded, not set with setContent: Playwright's evaluate runs as a user gesture, which allows a popup.
      const html =
        `<button id="open" onclick="window.open('about:blank#click')">open</button>` +
        `<script>window.open('about:blank#load')</script>`;
      await page.goto(`data:text/html,${encodeURIComponent(html)}`);
      // Playwright's --disable-popup-blocking would have opened the one at load by now.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(opened).toEqual([]);
      await Promise.all([page.waitForEvent('popup'), page.click('#open')]);
      expect(opened).toEqual(['about:blank#click']);
    } finally {
      await browser.close();
    }
  });
});
