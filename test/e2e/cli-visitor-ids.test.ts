// Per-visitor ids across the CLI's scenarios (demo detect/visitor-ids.html): each scenario runs in a fresh profile, so
// a short id that differs between them is found, and a long random-looking value the same in all keeps its warning
// with a note (it could be derived from this machine).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-visitor-ids-', (s, d) => {
  server = s;
  dir = d;
});

const FAST = ['--min-wait', '300', '--quiet-period', '500', '--wait', '4000'];

describe('per-visitor ids across fresh profiles', () => {
  it('finds the short id that differs and says the long constant is the same in all profiles', async () => {
    const json = path.join(dir, 'visitor-ids.json');
    const html = path.join(dir, 'visitor-ids.html');
    const run = await runCli([
      'scan',
      `${SHOP}/detect/visitor-ids.html`,
      '--consent',
      'none,reject,accept',
      '--fail-on',
      'never',
      ...FAST,
      '--json',
      json,
      '--html',
      html,
      '--quiet',
      ...demoHostArgs(server),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.scenarios.map((s) => [s.consent, s.error])).toEqual([
      ['none', null],
      ['reject', null],
      ['accept', null],
    ]);
    const all = 'value differs between the fresh profiles of scenarios none, reject and accept';
    for (const s of report.scenarios) {
      const unknown = (site: string) =>
        s.findings.find((f) => f.id === `unknown-third-party-tracking:request:${site}`) ?? null;
      // The 8-character id: the shape rule alone misses it; three fresh profiles, three values.
      expect(unknown('visitorstat.test'), s.consent).toMatchObject({ severity: 'warning' });
      expect(unknown('visitorstat.test')?.evidence.notes).toContain(
        `image request with a per-visitor id in parameter "v" (${all})`,
      );
      // The site key: flagged by its shape, the same in every profile; random-looking, so it could be derived from
      // this machine (a fingerprint): still a warning, with the note.
      expect(unknown('sitekeys.test'), s.consent).toMatchObject({ severity: 'warning' });
      expect(unknown('sitekeys.test')?.evidence.notes).toContain(
        'parameter "k": same value in all 3 fresh profiles of this run: not a per-visitor id here, though it could be derived from this machine (IP address or fingerprint)',
      );
    }
    // The same verdicts as fields of the rows: the stored id differs, the banner's status cookie is the same.
    for (const s of report.scenarios)
      expect(
        s.storage.filter((x) => x.key === 'vs_id').map((x) => x.acrossProfiles),
        s.consent,
      ).toEqual(['per-visitor']);
    const answered = report.scenarios.filter((s) => s.consent !== 'none');
    expect(answered.map((s) => s.cookies.find((c) => c.name === 'cmplz_banner-status')?.acrossProfiles)).toEqual([
      'same',
      'same',
    ]);
    // The HTML report shows both in the findings' notes; the terminal table counts two warnings per scenario.
    const page = await readFile(html, 'utf8');
    expect(page).toContain(`per-visitor id in parameter &quot;v&quot; (${all})`);
    expect(page).toContain('same value in all 3 fresh profiles of this run');
    expect(report.scenarios.map((s) => s.summary.bySeverity.warning)).toEqual([2, 2, 2]);
    expect(run.stdout).toMatch(/visitor-ids\.html\s+none\s+-\s+0\s+2\s+warnings/);
  });
});
