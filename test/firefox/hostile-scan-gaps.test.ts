// Session 16 red team with `scan --browser firefox` (the Chromium side is test/e2e/hostile-scan-gaps.test.ts): a page
// whose tracking is only in windows it opens is never clean, and a consent "stored by an earlier visit" is not believed
// in the CLI's new profile. Puppeteer over BiDi reports no window opened from a cross-origin frame (README), so only
// the page's own two windows are named here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-ff-gaps-', (s, d) => {
  server = s;
  dir = d;
});

let report: Report;
let stderr = '';
beforeAll(async () => {
  const json = path.join(dir, 'gaps.json');
  const urls = ['popup.html', 'stored-claim.html'].map((p) => `${SHOP}/hostile/${p}`);
  const args = ['scan', ...urls, '--browser', 'firefox', '--firefox', FIREFOX_PATH, '--consent', 'none'];
  const timing = ['--min-wait', '4000', '--quiet-period', '1000', '--wait', '6000', '--fail-on', 'never'];
  const r = await runCli(
    [...args, ...timing, '--json', json, '--quiet', ...demoHostArgs(server, { sandboxArgs: false })],
    {
      timeoutMs: 170_000,
    },
  );
  stderr = r.stderr;
  report = JSON.parse(readFileSync(json, 'utf8')) as Report;
}, 180_000);

function scenario(page: string): ScenarioReport {
  const s = report.scenarios.find((x) => x.url === `${SHOP}/hostile/${page}`);
  expect(s ? s.error : 'missing', stderr).toBeNull();
  return s!;
}

describe('scan --browser firefox: hostile pages that passed for clean (session 16)', () => {
  it("a page that opens windows at load has them blocked, as a visitor's Firefox does (dom.disable_open_during_load)", () => {
    const s = scenario('popup.html');
    // Before, Puppeteer's profile allowed them: all three loaded their trackers and the audit was incomplete.
    const served = server.log.filter((e) => e.host === 'tracker.adnet.test').map((e) => e.path);
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

// Residual risk, pinned (README "The CLI's clicks are a person's"): Firefox answers with a script's click, so a page
// that tracks after a reject only for a person's click still reads clean there; the report says the page can tell.
// Trusted input over BiDi (input.performActions) turns this test.
describe('scan --browser firefox: a page that tracks after a reject only for a person (not fixed)', () => {
  it('gets a script click, says so in the notes, and passes as clean', async () => {
    const json = path.join(dir, 'untrusted.json');
    const args = ['scan', `${SHOP}/hostile/untrusted-click.html`, '--browser', 'firefox', '--firefox', FIREFOX_PATH];
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
    const r = await runCli(
      [...args, '--consent', 'reject', ...timing, '--json', json, ...demoHostArgs(server, { sandboxArgs: false })],
      { timeoutMs: 120_000 },
    );
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    expect(s.answered).toBe(true);
    expect(s.errors).toContain('answered with script clicks (Firefox: no trusted input yet): the page can tell');
    expect(s.answerClicks).toBeUndefined();
    expect(s.requests.some((q) => q.url.includes('tid=G-TRUSTED'))).toBe(false);
    expect(s.summary.verdict).toBe('clean');
  }, 130_000);
});
