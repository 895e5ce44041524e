import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge, START, Visit } from '../test/support/findings.ts';
import { TOOL } from '../test/support/export.ts';
import { buildReport, buildScenarioReport } from '../utils/export/report-build.ts';
import { diffReports, diffText } from './diff.ts';

function reportOf(visits: Array<[string, Visit]>) {
  const scenarios = visits.map(([url, v]) => {
    const record = v.record();
    return buildScenarioReport({
      consent: 'none',
      url,
      record,
      analysis: analyze(record, realKnowledge()),
      startedAt: START,
      finishedAt: START + 10,
    });
  });
  return buildReport({ tool: TOOL, urls: visits.map(([u]) => u), scenarios, startedAt: START, finishedAt: START + 20 });
}

describe('diffReports', () => {
  it('a tracker added before consent shows as new tracker and new violation; one removed as gone; same run: nothing', () => {
    const u = 'https://www.shop.example/';
    const before = reportOf([[u, new Visit(u).req('https://connect.facebook.net/en_US/fbevents.js', 50)]]);
    const after = reportOf([[u, new Visit(u).req('https://www.google-analytics.com/g/collect?tid=G-1', 60)]]);
    const d = diffReports(before, after);
    expect(d).toEqual(
      expect.arrayContaining([
        { change: 'new', kind: 'tracker', url: u, consent: 'none', what: 'www.google-analytics.com' },
        { change: 'gone', kind: 'tracker', url: u, consent: 'none', what: 'connect.facebook.net' },
      ]),
    );
    expect(
      d.some(
        (i) =>
          i.change === 'new' &&
          i.kind === 'finding' &&
          i.what.startsWith('violation ') &&
          i.what.endsWith('www.google-analytics.com'),
      ),
    ).toBe(true);
    expect(diffReports(after, after)).toEqual([]);
    expect(diffText([])).toBe('no differences\n');
    expect(diffText(d)).toMatch(
      /^https:\/\/www\.shop\.example\/ \(none\)\n {2}\+ tracker www\.google-analytics\.com$/m,
    );
  });

  it('a URL only in one report is a new or gone scenario with all its facts', () => {
    const a = 'https://a.example/';
    const b = 'https://b.example/';
    const d = diffReports(
      reportOf([[a, new Visit(a)]]),
      reportOf([[b, new Visit(b).req('https://www.google-analytics.com/g/collect', 5)]]),
    );
    expect(d.filter((i) => i.kind === 'scenario')).toEqual([
      { change: 'new', kind: 'scenario', url: b, consent: 'none', what: 'not in the old report' },
      { change: 'gone', kind: 'scenario', url: a, consent: 'none', what: 'not in the new report' },
    ]);
    expect(d.some((i) => i.url === b && i.kind === 'tracker')).toBe(true);
  });
});
