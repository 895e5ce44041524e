// The fixture's pages answer client hints as a visitor's Chromium does, in the page and in every frame and worker
// under it (cli/browser/ua-hints.ts): pages that hide their trackers from automation load them, and the audit says so.
import { expect, test } from 'consent-auditor/playwright';
import { useDemoSite } from './demo-site.ts';

useDemoSite();

test('a page that looks for automation finds nothing, and its tracker is reported', async ({ page, audit }) => {
  await page.goto('https://www.shop.test/hostile/detect-automation.html');
  await expect(page.locator('body')).toHaveAttribute('data-found', 'nothing');
  const report = await audit(page, { waitMs: 500 });
  expect(report.scenarios[0]!.requests.some((q) => q.url.includes('tid=G-CLOAK&'))).toBe(true);
});

test("an ad frame of another site, its worker and the page's service worker find a visitor's hints", async ({
  page,
  audit,
}) => {
  await page.goto('https://www.shop.test/hostile/detect-hints-frames.html');
  await expect(page.locator('body')).toHaveAttribute('data-sw-found', '');
  await expect(page.frameLocator('iframe').locator('body')).toHaveAttribute('data-found', 'nothing');
  const report = await audit(page, { waitMs: 500 });
  const tids = report.scenarios[0]!.requests.map((q) => /tid=(G-CLOAK[-A-Z]*)/.exec(q.url)?.[1]).filter(Boolean);
  expect(tids.sort()).toEqual(['G-CLOAK-FRAME', 'G-CLOAK-SW']);
});
