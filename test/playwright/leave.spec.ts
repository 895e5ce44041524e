// The fixture leaves the audited page before it takes the record, as the CLI does (cli/leave.ts): what a page sends
// only when it is left (GA4's user_engagement at pagehide, kinds/close.html) is in the report.
import { expect, test } from 'consent-auditor/playwright';
import { useDemoSite } from './demo-site.ts';

useDemoSite();

const CLOSE = 'https://www.shop.test/kinds/close.html';
const HIT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-CLOSE&cid=close-1&en=user_engagement';

test('a page that tracks only when it is left: its beacons are in the report, before choice', async ({
  page,
  audit,
}) => {
  await page.goto(CLOSE);
  await expect(page.locator('body[data-done="1"]')).toBeAttached();
  const report = await audit(page, { waitMs: 500 });
  const scenario = report.scenarios[0]!;
  expect([scenario.url, scenario.pageUrl, report.urls]).toEqual([CLOSE, CLOSE, [CLOSE]]);
  const hits = scenario.requests.filter((q) => q.url.startsWith(HIT));
  expect(hits.map((q) => [q.url.replace(/&at=\w+/, ''), q.thirdParty, q.phase]).sort()).toEqual(
    ['beacon', 'keepalive'].map((by) => [`${HIT}&by=${by}`, true, 'before-choice']),
  );
  expect(scenario.summary.verdict).toBe('violations');
  expect(page.url()).toBe('about:blank');
});

test('with leave: false the page stays open, and what it sends when left is not in the report', async ({
  page,
  audit,
}) => {
  await page.goto(CLOSE);
  const report = await audit(page, { waitMs: 500, leave: false });
  expect(report.scenarios[0]!.requests.filter((q) => q.url.startsWith(HIT))).toEqual([]);
  expect(page.url()).toBe(CLOSE);
});
