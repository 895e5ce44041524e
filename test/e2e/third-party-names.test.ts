// Issue 13: a host only third-party-web knows is reported with its company and "country not known", never as unknown
// (headless CLI on the demo page detect/named-only.html; JSON valid against the schema, HTML in both languages).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../data/entities.ts';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { type CliRun, demoHostArgs, ROOT, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-names-', (s, d) => {
  server = s;
  dir = d;
});

function scan(args: string[]): Promise<CliRun> {
  return runCli(['scan', ...args, ...demoHostArgs(server)]);
}

describe('names from third-party-web', () => {
  it('the JSON and HTML reports name the company of a host only third-party-web knows, country not known', async () => {
    const json = path.join(dir, 'named.json');
    const html = path.join(dir, 'named.html');
    const run = await scan([
      `${SHOP}/detect/named-only.html`,
      '--consent',
      'none',
      '--fail-on',
      'never',
      '--wait',
      '4000',
      '--json',
      json,
      '--html',
      html,
      '--quiet',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    const fb = report.scenarios[0]?.thirdParties.find((t) => t.site === 'feedbackify.com');
    expect(fb?.hosts).toEqual(['www.feedbackify.com']);
    expect(fb?.tracker).toBeNull();
    // The seat is whatever data/entities.ts verified: null (not known) today.
    expect(fb?.company).toEqual({
      name: ENTITIES.Feedbackify?.legalName ?? 'InsideMetrics',
      country: ENTITIES.Feedbackify?.country ?? null,
      parent: null,
      parentCountry: null,
      service: 'Feedbackify',
      source: 'third-party-web',
    });
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')));
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const page = await readFile(html, 'utf8');
    expect(page).toContain('InsideMetrics');
    if (fb?.company?.country === null) expect(page).toContain('country not known');
  });
});
