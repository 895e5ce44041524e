// Scenarios side by side (issue 16): each in its own profile, so that one scenario's choice never shows in another;
// reject/accept answer once the page has loaded (--answer ready) while `none` records the untouched page, and the
// before-choice evidence is no smaller than in the settled order. The built CLI as a child process.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-answer-', (s, d) => {
  server = s;
  dir = d;
});

async function scan(args: string[], json: string): Promise<{ code: number; stderr: string; report: Report }> {
  const r = await runCli(['scan', ...args, ...demoHostArgs(server), '--quiet', '--json', json], { timeoutMs: 150_000 });
  return { code: r.code ?? -1, stderr: r.stderr, report: JSON.parse(await readFile(json, 'utf8')) as Report };
}

const scenario = (r: Report, consent: string): ScenarioReport => {
  const s = r.scenarios.find((x) => x.consent === consent);
  if (!s) throw new Error(`no ${consent} scenario`);
  return s;
};

/** What the page reported it could see (cookies | storage keys), from its pixel requests. */
const seenBy = (s: ScenarioReport, tag: string): string[] =>
  s.requests
    .filter((q) => q.url.includes(`uid=${tag}&`))
    .map((q) => decodeURIComponent(new URL(q.url).searchParams.get('seen') ?? ''));

describe('scenarios side by side', () => {
  it('a choice made in one scenario leaves no cookie or storage key in another run at the same time', async () => {
    const url = `${SHOP}/cli/isolation.html`;
    const { code, stderr, report } = await scan(
      [url, '--consent', 'none,reject,accept', '--concurrency', '3'],
      path.join(dir, 'isolation.json'),
    );
    expect(code, stderr).toBeLessThanOrEqual(1);
    const [none, reject, accept] = ['none', 'reject', 'accept'].map((c) => scenario(report, c)) as [
      ScenarioReport,
      ScenarioReport,
      ScenarioReport,
    ];
    // Side by side: the three scenarios overlap in time.
    const spans = [none, reject, accept].map((s) => [Date.parse(s.startedAt), Date.parse(s.finishedAt)] as const);
    expect(Math.max(...spans.map(([a]) => a))).toBeLessThan(Math.min(...spans.map(([, b]) => b)));
    expect(reject.choice?.action).toBe('reject');
    expect(accept.choice?.action).toBe('accept');
    // Each page saw its own choice (the probe works) and never the other one's.
    expect(seenBy(reject, 'isolation-after')).toEqual([expect.stringMatching(/choice_reject=1.*\|choice_reject$/)]);
    expect(seenBy(accept, 'isolation-after')).toEqual([expect.stringMatching(/choice_accept=1.*\|choice_accept$/)]);
    for (const s of [none, reject, accept]) {
      expect(seenBy(s, 'isolation-load')).toEqual([expect.not.stringMatching(/choice_/)]);
      expect(s.cookies.filter((c) => c.name.startsWith('choice_')).map((c) => c.name)).toEqual(
        s.choice ? [`choice_${s.choice.action}`] : [],
      );
    }
    expect(seenBy(none, 'isolation-after')).toEqual([]);
  }, 180_000);

  it('--answer ready: reject/accept answer at load; before-choice evidence and verdict as in the settled order', async () => {
    const url = `${SHOP}/cli/late.html`;
    const ready = await scan([url, '--consent', 'none,reject,accept'], path.join(dir, 'ready.json'));
    const settled = await scan(
      [url, '--consent', 'none,reject,accept', '--answer', 'settled'],
      path.join(dir, 'settled.json'),
    );
    expect(ready.code, ready.stderr).toBe(settled.code);
    expect(ready.report.summary.verdict).toBe(settled.report.summary.verdict);
    // The report says when each scenario answered; the settled order waited for the page first.
    for (const c of ['reject', 'accept']) {
      const early = scenario(ready.report, c);
      const late = scenario(settled.report, c);
      expect(early.errors.join(' ')).toMatch(
        new RegExp(`asked to ${c} the banner \\d+ ms after the load event.*"none" scenario's`),
      );
      expect(early.settle?.afterLoad).toBeNull();
      expect(early.settle?.afterAnswer?.settled).toBe(true);
      expect(late.settle?.afterLoad?.settled).toBe(true);
      expect(late.errors.join(' ')).not.toMatch(/asked to/);
      expect(early.choice?.action).toBe(c);
    }
    // Every host the settled order saw before its choice, the none scenario of the ready run saw too.
    const hosts = (s: ScenarioReport, before: boolean): string[] => [
      ...new Set(s.requests.filter((q) => !before || q.phase === 'before-choice').map((q) => q.host)),
    ];
    const beforeSettled = ['reject', 'accept'].flatMap((c) => hosts(scenario(settled.report, c), true));
    expect(beforeSettled).toContain('tracker.adnet.test');
    const noneReady = hosts(scenario(ready.report, 'none'), false);
    expect(beforeSettled.filter((h) => !noneReady.includes(h))).toEqual([]);
    expect(scenario(ready.report, 'none').requests.filter((q) => q.url.includes('late=load')).length).toBe(6);
    // Findings: none lost (rule, severity, host per scenario), whatever the order.
    const findings = (r: Report): string[] =>
      r.scenarios
        .flatMap((s) => s.findings.map((f) => `${s.consent} ${f.rule}/${f.severity}/${f.subject?.host ?? ''}`))
        .sort();
    expect(findings(settled.report).filter((f) => !findings(ready.report).includes(f))).toEqual([]);
  }, 300_000);
});
