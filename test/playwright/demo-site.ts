// What every spec of this suite needs to audit the bundled demo site: one place, so the specs cannot drift apart.
import { test } from 'consent-auditor/playwright';
import { hostRulesFor } from '../../scripts/lib/demo-server.mjs';
import { demoPorts } from './global-setup.ts';

/** The calling spec's tests audit the demo site (call at the spec's top level, as test.use). */
export function useDemoSite(): void {
  // Only for this demo: the demo hosts live on this machine. A real suite needs no chromium args.
  // The demo's hosts use a self-signed test certificate; real sites keep certificate checks on.
  // The demo server's ports are known only once the global setup ran, hence the function form (run in the worker).
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
}
