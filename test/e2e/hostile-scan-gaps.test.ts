// Session 16 red team, through `consent-auditor scan`: pages that passed for clean. One that tracks only in windows it
// opens (each a tab of its own, so not in the audited tab's record), one that claims a consent "stored by an earlier
// visit" in the CLI's new profile (which skipped the before-choice signal checks), and, pinned as covered, requests of
// a shared worker and of worklets (no dedicated worker, no service worker).
import { IDB_IDS, expectIdbId, expectStoredNames } from '../support/stored-ids.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { expectPopUnderJoined, useGapsScan } from '../support/gaps-scan.ts';
import { demoHostArgs, runCli, SHOP } from './helpers.ts';

const PAGES = [
  'popup.html',
  'stored-claim.html',
  'workers.html',
  'stored-files.html',
  'stored-names.html',
  'idb-id.html',
];
const PIXEL = 'https://tracker.adnet.test/pixel.gif?uid=';

const gaps = useGapsScan('consent-auditor-scan-gaps-', PAGES, { minWait: 2500 });
const scenario = gaps.scenario;

describe('a page that tracks in windows of its own', () => {
  it("opens no window at load, as a visitor's browser blocks them (its own, noopener, from an ad frame)", () => {
    const s = scenario('popup.html');
    // Before, the CLI's Chromium ran with Playwright's --disable-popup-blocking: all three loaded their trackers.
    const served = gaps
      .server()
      .log.filter((e) => e.t >= gaps.since() && e.host === 'tracker.adnet.test')
      .map((e) => e.path);
    for (const uid of ['popup-child', 'popup-direct', 'popup-frame'])
      expect(served, uid).not.toContain(`/pixel.gif?uid=${uid}`);
    expect(s.documents, JSON.stringify(s.errors)).toBeUndefined();
    expect(s.summary.incomplete ?? [], JSON.stringify(s.summary)).toEqual([]);
    expect(s.summary.verdict).not.toBe('incomplete');
  });

  it("joins what the pop-under of the reject click loaded: its tracker after the reject is in the page's audit", async () => {
    const { s, paths } = await rejectScan('popup.html');
    expectPopUnderJoined(s, paths);
  });
});

describe('a page that claims a consent stored by an earlier visit, in a new profile', () => {
  it('is not believed: its consenting TC string before any action is a violation, no stored consent is reported', () => {
    const s = scenario('stored-claim.html');
    const rules = s.findings.map((f) => `${f.severity}:${f.rule}`);
    expect(rules).toContain('violation:consent-signal-before-action');
    expect(rules).not.toContain('info:stored-consent-at-start');
    expect(s.summary.verdict).toBe('violations');
  });
});

describe('requests of a shared worker and of worklets', () => {
  it('are in the record, before the choice', () => {
    const s = scenario('workers.html');
    for (const uid of ['shared-worker', 'paint-worklet', 'audio-worklet']) {
      const q = s.requests.filter((r) => r.url === `${PIXEL}${uid}`);
      expect(
        q.map((r) => r.phase),
        uid,
      ).toEqual(['before-choice']);
    }
  });
});

// The banner is answered with the CLI's DevTools input (cli/browser/trusted-click.ts), whose click is trusted: a page
// that keeps its tracking after a reject for people only is caught.
/** A reject scan of one hostile page: its scenario and the hosts and paths the demo server saw during the scan. */
async function rejectScan(page: string): Promise<{ s: ScenarioReport; paths: string[] }> {
  const json = path.join(gaps.dir(), `${page}.json`);
  const from = Date.now();
  const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
  const url = `${SHOP}/hostile/${page}`;
  const r = await runCli([
    'scan',
    url,
    '--consent',
    'reject',
    ...timing,
    '--json',
    json,
    ...demoHostArgs(gaps.server()),
  ]);
  const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
  expect(s.error, r.stderr).toBeNull();
  expect(s.answered).toBe(true);
  return {
    s,
    paths: gaps
      .server()
      .log.filter((e) => e.t >= from)
      .map((e) => `${e.host}${e.path}`),
  };
}

// A reject button that tracks only for a trusted click (the page sends <page>.gif instead when the click is a
// script's): in the top page; in a same-origin frame below the frame's margin, border and padding (the point is
// reported in the top page's viewport); in a cross-site frame, a process of its own (the CLI patches the extension's
// world in the frame's own DevTools session and clicks at the frame's box + the point). Before, each read clean.
describe('a banner that tracks after a reject only when a person clicked', () => {
  it.each([
    ['untrusted-click.html', 'www.shop.test/hostile/untrusted-click.gif', 'G-TRUSTED'],
    ['untrusted-click-frame.html', 'www.shop.test/hostile/untrusted-click-frame.gif', 'G-TRUSTED-FRAME'],
    ['untrusted-click-xframe.html', 'widget.embed.test/untrusted-click-xframe.gif', 'G-TRUSTED-XFRAME'],
  ])('%s gets a trusted click: its tracking after the reject is a violation', async (page, scriptGif, tid) => {
    const { s, paths } = await rejectScan(page);
    expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
    expect(paths).not.toContain(scriptGif);
    const tracked = s.requests.filter((q) => q.url.includes(`tid=${tid}`));
    expect(tracked.map((q) => q.phase)).toEqual(['after-reject']);
    expect(s.summary.verdict).toBe('violations');
  });
});

// The trusted click goes to a point: a page that lays a transparent cover over its banner (or over the cross-site
// frame holding it: DevTools' hit test finds the cover) would take it. The CLI then clicks by script (the button gets
// the click, the cover none) and says so.
describe('a banner under a transparent cover', () => {
  it.each([
    [
      'covered-click.html',
      'covered',
      'www.shop.test/hostile/untrusted-click.gif',
      'www.shop.test/hostile/covered-click.gif',
    ],
    [
      'covered-xframe.html',
      'frame covered',
      'widget.embed.test/untrusted-click-xframe.gif',
      'www.shop.test/hostile/covered-xframe.gif',
    ],
  ])(
    '%s gets the script click, not a trusted click on the cover, said (%s)',
    async (page, why, scriptGif, coverGif) => {
      const { s, paths } = await rejectScan(page);
      expect(s.answerClicks).toEqual({ trusted: 0, script: 1 });
      expect(s.errors).toContain(`answered with a script click (1 of 1: ${why}): the page can tell`);
      expect(paths).toContain(scriptGif);
      expect(paths).not.toContain(coverGif);
    },
  );
});

// Session 16: a `_ga` value kept in the Cache API or the origin private file system was in no record. The page writes
// one of each (hooked), its dedicated worker one more of each (no hook there: found by the isolated world's listing).
describe('identifiers kept in the Cache API and the origin private file system', () => {
  const row = (s: ScenarioReport, kind: string, key: string): ScenarioReport['storage'][number] | undefined =>
    s.storage.find((x) => x.kind === kind && x.key === key);

  it("a worker's OPFS file `_ga` (sync access handle) is a tracking write before the choice, seen by the poll", () => {
    const s = scenario('stored-files.html');
    const ga = row(s, 'opfs', '_ga');
    expect(ga, JSON.stringify(s.storage)).toMatchObject({ phase: 'before-choice', seenBy: ['poll'], valueLength: 26 });
    const f = s.findings.find((x) => x.rule === 'tracking-storage-before-choice' && JSON.stringify(x).includes('_ga'));
    expect(f?.severity, JSON.stringify(s.findings.map((x) => x.rule))).toBe('violation');
  });

  it("the page's own cached response and OPFS file, and the worker's cached response, are in the record", () => {
    const s = scenario('stored-files.html');
    const page = row(s, 'cacheStorage', `${SHOP}/hostile/stored-files-id?cid=ca-page-1`);
    expect(page, JSON.stringify(s.storage)).toMatchObject({ phase: 'before-choice', origin: SHOP });
    expect(page!.seenBy).toEqual(['hook', 'poll']);
    expect(page!.valueLength).toBeGreaterThan(`${SHOP}/hostile/stored-files-id?cid=ca-page-1`.length);
    const fbp = row(s, 'opfs', '_fbp');
    expect(fbp).toMatchObject({ phase: 'before-choice', valueLength: 25, seenBy: ['hook', 'poll'] });
    expect(
      s.findings.some((x) => x.rule === 'tracking-storage-before-choice' && JSON.stringify(x).includes('_fbp')),
    ).toBe(true);
    const worker = row(s, 'cacheStorage', `${SHOP}/hostile/stored-files-worker?uid=ca-worker-1`);
    expect(worker).toMatchObject({ phase: 'before-choice', seenBy: ['poll'] });
  });
});

// Session 18 (cachegaps): ids kept only as the names of empty caches and OPFS folders, and an OPFS file written and
// removed before the next listing, were in no record: the page read clean of them.
describe('identifiers kept as cache and folder names, and in a file removed at once', () => {
  it("the worker's empty cache `_uetvid` and folder `_gid`, and the page's short-lived `_fbc`, are tracking writes before the choice", () => {
    const s = scenario('stored-names.html');
    expectStoredNames(s);
    // The cache named by a whole id (Chromium only here).
    expect(
      s.storage.find((x) => x.kind === 'cacheStorage' && x.key === '_ga=GA1.1.777777777.1700000007'),
    ).toMatchObject({ phase: 'before-choice' });
  });
});

// Session 18 (idbfind): every IndexedDB entry had the value '' and no finding, so a tracker's id kept there read clean.
// An empty database named _ga and a key-value record _gid (hooked), and a worker's record _fbp (listed, then read).
describe('identifiers kept in IndexedDB', () => {
  it.each(IDB_IDS)('database %s is a tracking write before the choice', (...expected) => {
    expectIdbId(scenario('idb-id.html'), expected);
  });
});
