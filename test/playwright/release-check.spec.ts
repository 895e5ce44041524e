// The README's "Use in a Playwright suite" example, run by `npm test`: what a QA team puts in its release checks.
import { expect, test } from 'consent-auditor/playwright';
import { hostRulesFor } from '../../scripts/lib/demo-server.mjs';
import { demoPorts } from './global-setup.ts';

// Only for this demo: the demo hosts live on this machine. A real suite needs no chromium args.
// The demo's hosts use a self-signed test certificate; real sites keep certificate checks on.
// The demo server's ports are known only once the global setup ran, hence the function form (evaluated in the worker).
test.use({
  auditChromiumArgs: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const { http, https } = demoPorts();
      await use([`--host-resolver-rules=${hostRulesFor(http, https)}`, '--ignore-certificate-errors']);
    },
    { scope: 'worker' },
  ],
  // Only where the suite runs as root (this repository's CI container): Chromium refuses its sandbox there, so it is
  // turned off explicitly and every report says so. A real suite runs as a normal user and leaves this out.
  auditSandbox: process.getuid?.() !== 0,
});

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
