// Session 16 red team with `scan --browser firefox` (the Chromium side is test/e2e/hostile-scan-gaps.test.ts): a page
// whose tracking is only in windows it opens is never clean, and a consent "stored by an earlier visit" is not believed
// in the CLI's new profile. Puppeteer over BiDi reports no window opened from a cross-origin frame (README), so only
// the page's own two windows are named here.
import { IDB_IDS, expectIdbId, expectStoredNames } from '../support/stored-ids.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { expectPopUnderJoined, useGapsScan } from '../support/gaps-scan.ts';
import { demoHostArgs, runCli, SHOP } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';

const gaps = useGapsScan(
  'consent-auditor-ff-gaps-',
  ['popup.html', 'stored-claim.html', 'stored-files.html', 'stored-names.html', 'idb-id.html'],
  {
    browserArgs: ['--browser', 'firefox', '--firefox', FIREFOX_PATH],
    minWait: 4000,
    sandboxArgs: false,
  },
);
const scenario = gaps.scenario;

/** A `--consent reject` scan of one hostile page: its scenario and the hosts and paths the demo server saw meanwhile. */
async function rejectScan(page: string): Promise<{ s: ScenarioReport; paths: string[] }> {
  const json = path.join(gaps.dir(), `${page}.json`);
  const from = Date.now();
  const args = ['scan', `${SHOP}/hostile/${page}`, '--browser', 'firefox', '--firefox', FIREFOX_PATH];
  const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
  const hosts = demoHostArgs(gaps.server(), { sandboxArgs: false });
  const r = await runCli([...args, '--consent', 'reject', ...timing, '--json', json, ...hosts], { timeoutMs: 120_000 });
  const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
  expect(s.error, r.stderr).toBeNull();
  expect(s.answered).toBe(true);
  const paths = gaps
    .server()
    .log.filter((e) => e.t >= from)
    .map((e) => `${e.host}${e.path}`);
  return { s, paths };
}

describe('scan --browser firefox: hostile pages that passed for clean (session 16)', () => {
  it("a page that opens windows at load has them blocked, as a visitor's Firefox does (dom.disable_open_during_load)", () => {
    const s = scenario('popup.html');
    // Before, Puppeteer's profile allowed them: all three loaded their trackers and the audit was incomplete.
    const served = gaps
      .server()
      .log.filter((e) => e.host === 'tracker.adnet.test')
      .map((e) => e.path);
    for (const uid of ['popup-child', 'popup-direct', 'popup-frame'])
      expect(served, uid).not.toContain(`/pixel.gif?uid=${uid}`);
    expect(s.documents, JSON.stringify(s.errors)).toBeUndefined();
    expect(s.errors.filter((e) => e.includes('the page opened'))).toEqual([]);
    expect(s.summary.verdict).not.toBe('incomplete');
  });

  it('a consent claimed as stored in the new profile is checked: consent-signal-before-action', () => {
    const rules = scenario('stored-claim.html').findings.map((f) => `${f.severity}:${f.rule}`);
    expect(rules).toContain('violation:consent-signal-before-action');
    expect(rules).not.toContain('info:stored-consent-at-start');
  });
});

describe('scan --browser firefox: identifiers kept in the Cache API and OPFS (session 17)', () => {
  it("the worker's OPFS _ga and the page's _fbp are tracking writes before the choice; the cached ids are recorded", () => {
    const s = scenario('stored-files.html');
    const row = (kind: string, key: string): unknown => s.storage.find((x) => x.kind === kind && x.key === key);
    expect(row('opfs', '_ga'), JSON.stringify(s.storage)).toMatchObject({ phase: 'before-choice', seenBy: ['poll'] });
    expect(row('opfs', '_fbp')).toMatchObject({ phase: 'before-choice', seenBy: ['hook', 'poll'] });
    expect(row('cacheStorage', `${SHOP}/hostile/stored-files-id?cid=ca-page-1`)).toMatchObject({
      phase: 'before-choice',
    });
    expect(row('cacheStorage', `${SHOP}/hostile/stored-files-worker?uid=ca-worker-1`)).toMatchObject({
      phase: 'before-choice',
      seenBy: ['poll'],
    });
    const tracked = s.findings.filter((x) => x.rule === 'tracking-storage-before-choice').map((x) => JSON.stringify(x));
    for (const name of ['_ga', '_fbp']) expect(tracked.some((x) => x.includes(name))).toBe(true);
  });
});

describe('scan --browser firefox: ids kept as cache and folder names, and in a file removed at once (session 18)', () => {
  it("the worker's empty cache `_uetvid` and folder `_gid`, and the page's short-lived `_fbc`, are tracking writes before the choice", () => {
    expectStoredNames(scenario('stored-names.html'));
  });
});

// Session 18 (idbfind): IndexedDB entries had no value and no finding. The page's empty `_ga` database and its `_gid`
// record (hooked), and its worker's `_fbp` record (listed and read by the isolated world), are tracking writes.
describe('scan --browser firefox: identifiers kept in IndexedDB', () => {
  it('each database is a tracking write before the choice', () => {
    const s = scenario('idb-id.html');
    for (const expected of IDB_IDS) expectIdbId(s, expected);
  });
});

// README "The CLI's clicks are a person's": the content script reports the reject button's point instead of clicking
// (the CLI asked, through the worker) and the CLI clicks there with BiDi input, so the page's person-only tracking is
// seen. Before, Firefox answered with a script's click and this page read clean.
describe('scan --browser firefox: a page that tracks after a reject only when a person clicked', () => {
  it('gets a trusted click: its tracking after the reject is a violation, and the report says trusted input', async () => {
    const { s, paths } = await rejectScan('untrusted-click.html');
    expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
    expect(s.errors.filter((e) => e.includes('the page can tell'))).toEqual([]);
    expect(paths).not.toContain('www.shop.test/hostile/untrusted-click.gif');
    const tracked = s.requests.filter((q) => q.url.includes('tid=G-TRUSTED'));
    expect(tracked.map((q) => q.phase)).toEqual(['after-reject']);
    expect(s.summary.verdict).toBe('violations');
  }, 130_000);
});

// The trusted click goes to a point: a transparent cover over the banner would take it. The content script then clicks
// by script (the button gets the click, the cover none) and the report says so, as on Chromium.
describe('scan --browser firefox: a reject button under a transparent cover', () => {
  it('gets the script click, not a trusted click on the cover, and the report says the page can tell', async () => {
    const { s, paths } = await rejectScan('covered-click.html');
    expect(s.answerClicks).toEqual({ trusted: 0, script: 1 });
    expect(s.errors).toContain('answered with a script click (1 of 1: covered): the page can tell');
    expect(paths).toContain('www.shop.test/hostile/untrusted-click.gif');
    expect(paths).not.toContain('www.shop.test/hostile/covered-click.gif');
  }, 130_000);
});

// README "window the page opened": the pop-under the reject button opens is allowed on Firefox's trusted click (as for
// a visitor) and loads a tracker in a tab of its own; its record is joined into the audit, in a document of its own.
describe('scan --browser firefox: a pop-under opened by the reject click', () => {
  it("joins what it loaded: its tracker after the reject is in the page's audit, in the window's document", async () => {
    const { s, paths } = await rejectScan('popup.html');
    expectPopUnderJoined(s, paths);
  }, 130_000);
});
