// The full report page end to end: a consent fixture rejected by the visitor, the report opened for its tab, exports
// captured as real downloads (JSON checked against the schema, HAR 1.2), page-supplied markup shown as text, screenshots.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPageNote, verifyExport } from '../../utils/export/index.ts';
import type { Report } from '../../utils/export/report.ts';
import type { ExportKind } from '../../utils/export/types.ts';
import { openTab, screenshotDir, ROOT, settledRecord, SHOP, useHarness } from './helpers.ts';

const EXPORT_KINDS: readonly ExportKind[] = ['json', 'html', 'csv-findings', 'csv-cookies', 'csv-requests', 'har'];
const EVIL = '"><img src=x onerror=alert(1)>';
const SHOTS = screenshotDir();
/** The top of the report at 1200 px wide: header, summary, consent, timeline and the first findings. */
const CLIP = { x: 0, y: 0, width: 1200, height: 1600 };

const h = useHarness();
let tabId: number;
let report: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  const opened = await openTab(h, `${SHOP}/consent/tcf.html`);
  tabId = opened.tabId;
  const tab = opened.page;
  // A cookie whose name is markup: the report must show it as text.
  await tab.evaluate((name) => {
    document.cookie = `${name}=1; path=/`;
  }, EVIL);
  await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url.includes('uid=pre-')));
  await tab.waitForTimeout(800);
  await tab.click('#reject');
  await tab.waitForFunction(() => document.body.dataset.after !== undefined, null, { timeout: 5000 });
  await settledRecord(
    h,
    tabId,
    (r) =>
      r.requests.some((q) => q.host === 'www.google-analytics.com') && r.cookies.some((c) => c.name.includes('<img')),
  );

  report = await h.context.newPage();
  report.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await report.setViewportSize({ width: 1200, height: 1600 });
  await report.emulateMedia({ colorScheme: 'light' });
  await report.goto(`chrome-extension://${h.extensionId}/report.html?tab=${tabId}&lang=en`);
  await report.waitForSelector('.finding-card', { timeout: 15_000 });
});

async function download(kind: string, from: Page = report): Promise<{ name: string; text: string }> {
  const [dl]: [Download, void] = await Promise.all([
    from.waitForEvent('download'),
    from.click(`[data-export="${kind}"]`),
  ]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(file, 'utf8') };
}

describe('full report page', () => {
  it('shows the summary, the consent choice, the timeline marker and the findings', async () => {
    const text = await report.evaluate(() => document.body.innerText);
    expect(text).toContain('https://www.shop.test/consent/tcf.html');
    expect(text).toMatch(/Violations found/);
    expect(text).toMatch(/Rejected \d+\.\d+ s after page start/);
    expect(await report.locator('.marker-label').textContent()).toMatch(/^Rejected at \d+\.\d+ s$/);
    expect(await report.locator('.finding-card').count()).toBeGreaterThan(1);
    expect(text).toMatch(/www\.google-analytics\.com/);
    expect(text).toContain('This report was produced locally');
    expect(text).toMatch(/Chrom(e|ium)( \(headless\))? \d+/);
    await mkdir(SHOTS, { recursive: true });
    await report.screenshot({ path: path.join(SHOTS, 'report-en.png'), clip: CLIP });
  });

  it('shows the cookie named like markup as text: no injected element, no script ran', async () => {
    const names = await report.locator('#cookies tbody th').allTextContents();
    expect(names.some((n) => n.startsWith('"><img src'))).toBe(true);
    expect(await report.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('exports the JSON report as a download that validates against the schema, and the HAR 1.2', async () => {
    const json = await download('json');
    expect(json.name).toMatch(/^consent-audit-www\.shop\.test-.*\.json$/);
    const parsed: unknown = JSON.parse(json.text);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')));
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
    expect(parsed).toMatchObject({
      url: 'https://www.shop.test/consent/tcf.html',
      integrity: { algorithm: 'SHA-256' },
    });
    // Taken with the page open in its tab: the export says what it cannot hold.
    expect((parsed as Report).scenarios[0]?.errors).toContain(openPageNote('en'));
    const sha = (await report.locator('.report-sha code.hash').textContent()) ?? '';
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(json.text).toContain(`"body": "${sha}"`);

    const har = await download('har');
    expect(har.name).toMatch(/\.har$/);
    const log: unknown = JSON.parse(har.text);
    expect(log).toMatchObject({ log: { version: '1.2', entries: expect.any(Array) } });
  });

  it('every export verifies; the HTML opens with no network request and shows the markup cookie as text; the HAR replays', async () => {
    const files: Array<{ kind: ExportKind; name: string; text: string }> = [];
    for (const k of EXPORT_KINDS) files.push({ kind: k, ...(await download(k)) }); // one download at a time
    const results = await Promise.all(files.map(async (f) => ({ kind: f.kind, r: await verifyExport(f.text) })));
    expect(results.map(({ kind, r }) => [kind, r.kind, r.ok, r.problem])).toEqual(
      EXPORT_KINDS.map((k) => [k, k, true, null]),
    );
    // One audit: every file names the same report and HAR hashes, and those are the JSON's and the HAR's own bodies.
    const json = results.find((x) => x.kind === 'json')?.r.integrity;
    const har = results.find((x) => x.kind === 'har')?.r.integrity;
    expect(json?.report).toBe(json?.body);
    expect(har?.har).toBe(har?.body);
    for (const { r } of results) expect([r.integrity?.report, r.integrity?.har]).toEqual([json?.body, har?.body]);

    // The HTML export as a client opens it: offline, from a file, nothing fetched, the cookie name shown as text.
    const htmlFile = files.find((f) => f.kind === 'html');
    const dir = await mkdtemp(path.join(tmpdir(), 'consent-auditor-export-'));
    const htmlPath = path.join(dir, 'report.html');
    await writeFile(htmlPath, htmlFile?.text ?? '');
    const viewer = await h.context.newPage();
    const requested: string[] = [];
    viewer.on('request', (r) => requested.push(r.url()));
    await viewer.goto(pathToFileURL(htmlPath).href);
    await viewer.waitForLoadState('load');
    expect(requested).toEqual([pathToFileURL(htmlPath).href]);
    expect(await viewer.locator('img').count()).toBe(0);
    expect(await viewer.evaluate(() => document.body.innerText)).toContain('"><img src');

    // A HAR consumer reads it: Playwright's HAR router answers the page's own request from the file.
    const harPath = path.join(dir, 'audit.har');
    await writeFile(harPath, files.find((f) => f.kind === 'har')?.text ?? '');
    await viewer.routeFromHAR(harPath, { notFound: 'abort' });
    const replay = await viewer.goto(`${SHOP}/consent/tcf.html`);
    expect(replay?.status()).toBe(200);
    await viewer.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('switches to German, keeps the language in the address, and takes the German screenshot', async () => {
    await report.click('[data-lang="de"]');
    await report.waitForFunction(() => document.documentElement.lang === 'de');
    const text = await report.evaluate(() => document.body.innerText);
    expect(text).toMatch(/Verstöße gefunden/);
    expect(await report.locator('.marker-label').textContent()).toMatch(/^Abgelehnt nach \d+,\d+ s$/);
    expect(await report.locator('.export-msg').textContent()).toMatch(/^Download gestartet: /);
    expect(report.url()).toContain('lang=de');
    // A reload opens in German from `?lang=de`: a fresh page, without the export messages, for the screenshot.
    await report.reload();
    await report.waitForSelector('.finding-card', { timeout: 15_000 });
    expect(await report.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await report.locator('h2').first().textContent()).toBe('Zusammenfassung');
    await report.screenshot({ path: path.join(SHOTS, 'report-de.png'), clip: CLIP });
  });
});

describe('an export taken with the page open, and again once it is left', () => {
  it('says the page was open; after leaving for about:blank, the updated report has the pagehide beacons and no note', async () => {
    const url = `${SHOP}/kinds/close.html`;
    const { page, tabId: closeTab } = await openTab(h, url);
    await page.waitForFunction(() => document.body.dataset.done === '1');
    await settledRecord(h, closeTab, (r) => r.requests.some((q) => q.type === 'main_frame'));
    const view = await h.context.newPage();
    await view.goto(`chrome-extension://${h.extensionId}/report.html?tab=${closeTab}&lang=en`);
    await view.waitForSelector('[data-export="json"]', { timeout: 15_000 });
    const collect = (r: Report): string[] =>
      (r.scenarios[0]?.requests ?? []).map((q) => q.url).filter((u) => u.includes('en=user_engagement'));

    const open = JSON.parse((await download('json', view)).text) as Report;
    expect(open.scenarios[0]?.errors).toContain(openPageNote('en'));
    expect(collect(open)).toEqual([]);

    // Leaving for about:blank starts no new record (no request): the beacons sent at pagehide join this page's record.
    await page.goto('about:blank');
    await settledRecord(h, closeTab, (r) => r.requests.filter((q) => q.url.includes('en=user_engagement')).length >= 2);
    await view.click('.live-banner button');
    const left = JSON.parse((await download('json', view)).text) as Report;
    expect(left.url).toBe(url);
    expect(collect(left).length).toBeGreaterThanOrEqual(2);
    expect(left.scenarios[0]?.errors).not.toContain(openPageNote('en'));
    await view.close();
    await page.close();
  });
});
