// The popup probes' set-up (bench part 5's page): the audit browser with the extension built at `dir`, the big page
// (5,000 requests, 500 cookies) loaded and its record complete. Needs `npm run build:cli` (dist/cli/browser.mjs).
import { openBigPage } from '../bench-big-tab.mjs';

/** Opens the browser over the demo `server`; returns it, the big page's tab id and the CLI's browser API. */
export async function launchBigTab(dir, server) {
  const api = await import('../../dist/cli/browser.mjs');
  const b = await api.launchAuditBrowser({
    hostRules: server.hostRules,
    extraArgs: ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    ignoreCertificateErrors: true,
    extensionDir: dir,
  });
  const tabId = await openBigPage(b, api);
  await api.waitForRecord(
    b.context,
    b.extensionId,
    tabId,
    (r) => r.requests.length >= 5000 && r.cookies.length >= 500,
    60_000,
  );
  return { b, tabId, api };
}
