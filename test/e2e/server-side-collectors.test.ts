// Server-side collectors end to end: `consent-auditor scan` on the demo's /detect/collectors.html (Snowplow, Matomo,
// GA4 through sGTM on subdomains, cookieless Plausible on the site, a look-alike /api/g/collect route) writes the
// onward-transfer statement into the JSON and the HTML report; Plausible gets no onward US transfer, the look-alike
// route nothing, and the consent findings stay as they were.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;
let report: Report;
let html: string;

useCliRun('consent-auditor-sgtm-', (s, d) => {
  server = s;
  dir = d;
});

beforeAll(async () => {
  const json = path.join(dir, 'report.json');
  const page = path.join(dir, 'report.html');
  const url = `${SHOP}/detect/collectors.html`;
  const args = ['scan', url, '--consent', 'none', '--wait', '1500', '--fail-on', 'never', '--json', json];
  const run = await runCli([...args, '--html', page, '--quiet', ...demoHostArgs(server)], { timeoutMs: 280_000 });
  expect(run.code, run.stderr).toBe(0);
  report = JSON.parse(await readFile(json, 'utf8')) as Report;
  html = await readFile(page, 'utf8');
}, 300_000);

describe('server-side collectors through the CLI', () => {
  it('JSON: GA4 via sGTM forwards to Google (likely, undecided); Snowplow and Matomo not known; Plausible stays in the EU', () => {
    const s = report.scenarios[0];
    expect(s?.error).toBeNull();
    const list = s?.serverSideCollectors ?? [];
    expect(list.map((c) => [c.host, c.service, c.onward.kind, c.onward.recipient?.company ?? null]).sort()).toEqual([
      ['sgtm.shop.test', 'Google Analytics 4', 'forwards', 'Google Ireland Limited'],
      ['sp.shop.test', 'Snowplow', 'not-known', null],
      ['stats.shop.test', 'Matomo', 'not-known', null],
      ['www.shop.test', 'Plausible Analytics', 'forwards', 'Plausible Insights OÜ'],
    ]);
    const ga = list.find((c) => c.host === 'sgtm.shop.test');
    expect(ga?.transfer).toBe('unknown');
    expect(ga?.servers.length).toBeGreaterThan(0);
    expect(ga?.statement).toMatch(
      /^Server-side collector: the browser sent Google Analytics 4 hits to sgtm\.shop\.test/,
    );
    expect(ga?.statement).toContain('Onward transfer to US likely; not visible from the browser.');
    const plausible = list.find((c) => c.service === 'Plausible Analytics');
    expect(plausible?.onward.recipient?.transferCountries).toEqual([]);
    expect(plausible?.statement).not.toContain('US');
    // The look-alike route /api/g/collect is no collector.
    expect(list.some((c) => c.signatures.includes('ga4') && c.host === 'www.shop.test')).toBe(false);
  });

  it('findings: a transfer warning for the sGTM host, notes for the self-hosted ones, nothing for Plausible; consent findings unchanged', () => {
    const findings = report.scenarios[0]?.findings ?? [];
    const transfer = findings.filter((f) => f.rule === 'server-side-collector-transfer');
    expect(transfer.map((f) => [f.subject.host, f.severity]).sort()).toEqual([
      ['sgtm.shop.test', 'warning'],
      ['sp.shop.test', 'info'],
      ['stats.shop.test', 'info'],
    ]);
    expect(transfer.find((f) => f.severity === 'warning')?.fix).toMatch(
      /^Ask the site operator which recipients the server-side container forwards to; document the transfer basis/,
    );
    expect(
      findings
        .filter((f) => f.rule === 'tracking-request-before-choice')
        .map((f) => [f.severity, f.subject.host])
        .sort(),
    ).toEqual([
      ['violation', 'sgtm.shop.test'],
      ['violation', 'sp.shop.test'],
      ['violation', 'stats.shop.test'],
    ]);
  });

  it('HTML: the server-side collectors table with the likely onward transfer', () => {
    expect(html).toContain('<h4>Server-side collectors (4)</h4>');
    expect(html).toContain(
      '<strong>onward transfer to Google Ireland Limited (IE) likely; not visible from the browser</strong>',
    );
    expect(html).toContain('<strong>onward recipients not known</strong>');
    expect(html).toContain(
      'Server-side collector on sgtm.shop.test: onward transfer to Google Ireland Limited (IE) likely',
    );
  });
});
