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
