// A whole site (issue 16): --crawl from robots.txt → sitemap index → sitemap and from links on the demo site, template
// de-duplication, --exclude; --shard i/n + merge giving the same findings as one unsharded run, with one integrity block;
// diff between runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import type { Integrity } from '../../utils/export/types.ts';
import { type CliRun, demoHostArgs, ROOT, runCli, SHOP, useCliRun } from './helpers.ts';

const FAST = ['--min-wait', '300', '--quiet-period', '500', '--wait', '4000'];
const SITE = `${SHOP}/cli/site`;
const START = `${SITE}/start.html`;

let server: DemoServer;
let dir: string;
let unsharded: (Report & { integrity?: Integrity }) | null = null;

useCliRun('consent-auditor-site-', (s, d) => {
  server = s;
  dir = d;
});

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args[0] === 'scan' ? [...args, ...demoHostArgs(server)] : args, { env });
}

const readReport = async (file: string): Promise<Report & { integrity?: Integrity }> =>
  JSON.parse(await readFile(file, 'utf8'));

/** What was found, by URL and scenario: the comparison that must not depend on how the run was split. */
const findingsBy = (r: Report): Record<string, string[]> =>
  Object.fromEntries(
    r.scenarios.map((s) => [
      `${s.url} ${s.consent}`,
      s.findings.map((f) => `${f.rule}/${f.severity}/${f.subject.host ?? ''}`).sort(),
    ]),
  );

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

describe('--crawl', () => {
  it('finds pages from robots.txt → sitemap index → sitemap and from links, breadth-first, one per template first', async () => {
    const json = path.join(dir, 'crawl.json');
    const run = await cli(['scan', START, '--crawl', '5', '--consent', 'none', ...FAST, '--json', json]);
    expect(run.code, run.stderr).toBe(1);
    const report = await readReport(json);
    // products/2 is in the sitemap but shares products/1's template; contact and team are reachable only by links.
    expect(report.urls).toEqual([
      START,
      `${SITE}/about.html`,
      `${SITE}/products/1.html`,
      `${SITE}/contact.html`,
      `${SITE}/team.html`,
    ]);
    expect(report.site?.crawl).toEqual({
      limit: 5,
      fromSitemaps: 2,
      sitemaps: [`${SITE}/sitemap-index.xml`, `${SITE}/sitemap-pages.xml`],
    });
    expect(report.site?.pages.find((p) => p.url.endsWith('/about.html'))).toMatchObject({
      trackers: ['www.google-analytics.com'],
      verdict: 'violations',
    });
    expect(report.site?.clean).toEqual(report.urls.filter((u) => !u.endsWith('/about.html')));
    const validate = ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')));
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(run.stdout).toMatch(/^site: 5 page\(s\), 4 clean in every scenario$/m);
    unsharded = report;
  });

  it('--exclude drops a page and what only it links to; pages of a seen template fill the remaining room', async () => {
    const json = path.join(dir, 'crawl-exclude.json');
    const run = await cli([
      'scan',
      START,
      '--crawl',
      '20',
      '--exclude',
      '**/about.html',
      '--consent',
      'none',
      ...FAST,
      '--json',
      json,
      '--quiet',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect((await readReport(json)).urls).toEqual([
      START,
      `${SITE}/products/1.html`,
      `${SITE}/contact.html`,
      `${SITE}/products/2.html`,
      `${SITE}/products/3.html`,
    ]);
  });
});

describe('--shard and merge', () => {
  it('two shards of the crawl merged: the same findings as one run, one integrity block that verifies', async () => {
    expect(unsharded, 'the unsharded crawl ran first').not.toBeNull();
    const parts = await Promise.all(
      [1, 2].map(async (i) => {
        const json = path.join(dir, `shard-${i}.json`);
        const run = await cli([
          'scan',
          START,
          '--crawl',
          '5',
          '--consent',
          'none',
          ...FAST,
          '--shard',
          `${i}/2`,
          '--json',
          json,
          '--har',
          path.join(dir, `har-${i}`),
        ]);
        expect(run.stderr).toMatch(new RegExp(`shard ${i}/2: \\d of 5 URL\\(s\\)`));
        return { json, report: await readReport(json) };
      }),
    );
    const [a, b] = parts.map((p) => p.report.urls);
    expect([...(a ?? []), ...(b ?? [])].sort()).toEqual([...(unsharded?.urls ?? [])].sort());
    expect((a ?? []).filter((u) => (b ?? []).includes(u))).toEqual([]);

    const all = path.join(dir, 'all.json');
    const merged = await cli([
      'merge',
      parts[0]?.json ?? '',
      parts[1]?.json ?? '',
      '--json',
      all,
      '--html',
      path.join(dir, 'all.html'),
      '--junit',
      path.join(dir, 'all.xml'),
    ]);
    expect(merged.code, merged.stderr).toBe(1);
    const report = await readReport(all);
    expect(findingsBy(report)).toEqual(findingsBy(unsharded as Report));
    expect(report.summary).toMatchObject({ scenarios: 5, verdict: 'fail' });
    expect(report.site?.clean.length).toBe(4);
    expect(report.integrity?.harFiles).toHaveLength(5);
    const ok = await cli(['verify', all, path.join(dir, 'all.html')]);
    expect(ok.stdout.split('\n').filter((l) => l.startsWith('OK ')).length, ok.stdout + ok.stderr).toBe(2);
  });

  it("--shard auto reads a Kubernetes Indexed Job's index", async () => {
    const json = path.join(dir, 'auto.json');
    const run = await cli(
      [
        'scan',
        START,
        `${SITE}/contact.html`,
        `${SITE}/team.html`,
        '--consent',
        'none',
        ...FAST,
        '--shard',
        'auto',
        '--json',
        json,
      ],
      { JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '1' },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/shard 1\/1: 3 of 3 URL\(s\)/);
  });
});

describe('diff', () => {
  it('the merged shards against the unsharded run: no differences; the run without about.html: its tracker gone, pages new', async () => {
    const same = await cli(['diff', path.join(dir, 'crawl.json'), path.join(dir, 'all.json'), '--fail-on-new']);
    expect(same.code, same.stdout + same.stderr).toBe(0);
    expect(same.stdout).toBe('no differences\n');

    const changed = await cli([
      'diff',
      path.join(dir, 'crawl.json'),
      path.join(dir, 'crawl-exclude.json'),
      '--fail-on-new',
    ]);
    expect(changed.code, changed.stderr).toBe(1);
    expect(changed.stdout).toContain(`${SITE}/about.html (none)\n  - scenario not in the new report\n`);
    expect(changed.stdout).toContain(`${SITE}/products/2.html (none)\n  + scenario not in the old report\n`);
    const json = await cli(['diff', path.join(dir, 'crawl-exclude.json'), path.join(dir, 'crawl.json'), '--json', '-']);
    expect(json.code).toBe(0);
    const changes = JSON.parse(json.stdout).changes as Array<{
      change: string;
      kind: string;
      url: string;
      what: string;
    }>;
    expect(changes).toContainEqual({
      change: 'new',
      kind: 'tracker',
      url: `${SITE}/about.html`,
      consent: 'none',
      what: 'www.google-analytics.com',
    });
  });
});
