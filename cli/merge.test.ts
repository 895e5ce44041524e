import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge, START, Visit } from '../test/support/findings.ts';
import { schemaErrors, TOOL } from '../test/support/export.ts';
import { harFileName, recordToHar } from '../utils/export/har.ts';
import { buildReport, buildScenarioReport } from '../utils/export/report-build.ts';
import type { ScenarioConsent } from '../utils/export/report.ts';
import { verifyExport } from '../utils/export/verify.ts';
import { mergeReports } from './merge.ts';
import { sealedOutputs } from './outputs.ts';

async function shardReport(urls: string[], consents: ScenarioConsent[], t0: number) {
  const scenarios = [];
  const hars = [];
  for (const [i, url] of urls.entries()) {
    const record = new Visit(url).req('https://www.google-analytics.com/g/collect?tid=G-1', 100).record();
    for (const consent of consents) {
      scenarios.push(
        buildScenarioReport({
          consent,
          url,
          record,
          analysis: analyze(record, realKnowledge()),
          startedAt: t0,
          finishedAt: t0 + 100,
        }),
      );
      hars.push({
        name: harFileName(i, url, consent),
        har: recordToHar(record, { creator: { name: 'consent-auditor', version: '0.1.0' }, consent }),
      });
    }
  }
  const report = buildReport({ tool: TOOL, urls, scenarios, startedAt: t0, finishedAt: t0 + 1000, consent: consents });
  return (
    await sealedOutputs(
      report,
      hars,
      scenarios.map(() => null),
      'en',
    )
  ).json;
}

describe('mergeReports', () => {
  it('one report of all shards: scenarios in URL order, times spanning all, one integrity block naming every HAR', async () => {
    const a = await shardReport(['https://b.example/', 'https://d.example/'], ['none', 'reject'], START);
    const b = await shardReport(['https://a.example/'], ['none', 'reject'], START + 5000);
    const m = await mergeReports(
      [
        { name: 'a.json', text: a },
        { name: 'b.json', text: b },
      ],
      null,
    );
    if (Array.isArray(m)) throw new Error(m.join('; '));
    expect(m.report.urls).toEqual(['https://a.example/', 'https://b.example/', 'https://d.example/']);
    expect(m.report.scenarios.map((s) => `${s.url} ${s.consent}`)).toEqual([
      'https://a.example/ none',
      'https://a.example/ reject',
      'https://b.example/ none',
      'https://b.example/ reject',
      'https://d.example/ none',
      'https://d.example/ reject',
    ]);
    expect(m.report.startedAt).toBe(new Date(START).toISOString());
    expect(m.report.finishedAt).toBe(new Date(START + 6000).toISOString());
    expect(m.report.summary.scenarios).toBe(6);
    expect(m.report.summary.bySeverity.violation).toBe(
      JSON.parse(a).summary.bySeverity.violation + JSON.parse(b).summary.bySeverity.violation,
    );
    expect(m.harFiles.map((f) => f.name)).toEqual(
      [...JSON.parse(a).integrity.harFiles, ...JSON.parse(b).integrity.harFiles].map((f: { name: string }) => f.name),
    );
    expect(schemaErrors(m.report)).toBe('');
  });

  it('refuses a changed shard report, a file that is no report, and a URL audited in two shards', async () => {
    const a = await shardReport(['https://a.example/'], ['none'], START);
    const changed = a.replace('"violation"', '"warning"');
    expect((await verifyExport(changed)).ok).toBe(false);
    expect(
      await mergeReports(
        [
          { name: 'a.json', text: a },
          { name: 'x.json', text: changed },
        ],
        null,
      ),
    ).toEqual([expect.stringMatching(/^x\.json: /)]);
    expect(await mergeReports([{ name: 'n.txt', text: 'hello' }], null)).toEqual(['n.txt: not a JSON report']);
    const again = await shardReport(['https://a.example/'], ['none'], START + 1);
    expect(
      await mergeReports(
        [
          { name: 'a.json', text: a },
          { name: 'b.json', text: again },
        ],
        null,
      ),
    ).toEqual(['https://a.example/ (none) is in both a.json and b.json']);
  });
});
