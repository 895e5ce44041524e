// The browsers of the bench's page rows (part 2), each as `{ load(url, reports) -> { loadMs, storedMs }, close }`:
// raw-pipe browsers as a visitor's browser runs (judged), or Playwright's (a DevTools Runtime session; context rows).
import { launchRawChromium, playwrightArgv } from './raw-chromium.mjs';
import { reportsStoredExpression } from './reports-stored.mjs';

/** How long the worker may take to store a page's reports before the round counts them as never stored. */
const STORED_TIMEOUT_MS = 5000;

/** Playwright's persistent context: the load event read from the page, as the bench read it until session 15. */
export async function playwrightPageBrowser(launchAuditBrowser, options) {
  const b = await launchAuditBrowser(options);
  const load = async (url) => {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    return { loadMs: await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart) };
  };
  return { load, close: b.close };
}

/** The same switches as Playwright's launch of `options` (argv read once per options object), driven over a raw pipe. */
export function rawPageBrowsers(launchAuditBrowser, openProfile) {
  const argvs = new Map();
  return async (options) => {
    if (!argvs.has(options)) argvs.set(options, await playwrightArgv(launchAuditBrowser, options));
    const { executable, argv } = argvs.get(options);
    const b = await launchRawChromium({ executable, argv, openProfile, warmupUrl: options.warmupUrl });
    const load = async (url, reports) => {
      const stored =
        reports && b.helper
          ? (since) =>
              b.helper.evaluate(reportsStoredExpression({ since, want: reports, timeoutMs: STORED_TIMEOUT_MS }))
          : undefined;
      const r = await b.load(url, stored);
      const at = r.after?.storedAt;
      return { loadMs: r.loadMs, storedMs: at === undefined ? undefined : at === null ? null : at - r.loadAt };
    };
    return { load, close: b.close };
  };
}
