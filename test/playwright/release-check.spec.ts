// The README's "Use in a Playwright suite" example, run by `npm test`: what a QA team puts in its release checks.
import { expect, test } from 'consent-auditor/playwright';
import { useDemoSite } from './demo-site.ts';

useDemoSite();

test('the landing page does not track before consent', async ({ page, audit }) => {
  await page.goto('https://www.shop.test/clean.html');
  const report = await audit(page);
  expect(report.scenarios[0]!.findings.filter((f) => f.severity === 'violation')).toEqual([]);
});

test('after "Reject all" nothing tracks', async ({ page, audit }) => {
  await page.goto('https://www.shop.test/consent/gcm.html');
  const report = await audit(page, { consent: 'reject' });
  const scenario = report.scenarios[0]!;
  expect(scenario.answered).toBe(true);
  // This demo page does track after a reject: the release check catches it.
  expect(scenario.findings.filter((f) => f.severity === 'violation').map((f) => f.rule)).toContain(
    'tracking-after-reject',
  );
});

test('a page with trackers before consent fails the check', async ({ page, audit }) => {
  await page.goto('https://www.shop.test/trackers.html');
  const report = await audit(page);
  const violations = report.scenarios[0]!.findings.filter((f) => f.severity === 'violation');
  expect(violations.map((f) => f.subject.host)).toContain('www.google-analytics.com');
  expect(report.summary.verdict).toBe('fail');
});
