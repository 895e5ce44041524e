import { describe, expect, it } from 'vitest';
import { buildReport, buildScenarioReport } from '../utils/export/report-build.ts';
import { summaryTable } from './table.ts';
import { paint, useColour, verdictHue } from './terminal.ts';

describe('colour decision', () => {
  it.each<[boolean, Record<string, string>, boolean, boolean]>([
    [true, {}, false, true],
    [false, {}, false, false],
    [true, { TERM: 'dumb' }, false, false],
    [true, { NO_COLOR: '1' }, false, false],
    [true, { NO_COLOR: '' }, false, true],
    [false, { FORCE_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '' }, false, true],
    [true, { FORCE_COLOR: '0' }, false, false],
    [true, { FORCE_COLOR: 'false' }, false, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [true, {}, true, false],
    [true, { FORCE_COLOR: '3' }, true, false],
  ])('tty %s, env %j, --json - %s → %s', (isTTY, env, jsonToStdout, expected) => {
    expect(useColour({ isTTY, env, jsonToStdout })).toBe(expected);
  });

  it('gives each verdict the HTML report colour: warnings never green, not audited its own', () => {
    expect(['violations', 'not-answered', 'warnings', 'clean', 'error', 'other'].map(verdictHue)).toEqual([
      'red',
      'red',
      'yellow',
      'green',
      'magenta',
      null,
    ]);
    expect(paint('x', 'red')).toBe('\u001b[31mx\u001b[0m');
    expect(paint('x', null)).toBe('x');
  });
});

describe('coloured table', () => {
  const TOOL = { name: 'consent-auditor', version: '0', data: { trackers: 'x', ipTable: null } };
  const ok = buildScenarioReport({
    consent: 'none',
    url: 'https://a.example/',
    record: null,
    analysis: null,
    startedAt: 0,
    finishedAt: 1,
    error: 'HTTP 404',
  });
  const report = buildReport({
    tool: TOOL,
    urls: ['https://a.example/'],
    scenarios: [ok],
    startedAt: 0,
    finishedAt: 1,
  });
  // eslint-disable-next-line no-control-regex
  const plain = (s: string): string => s.replace(/\u001b\[\d+m/g, '');

  it('colours the verdict cell and the total only, and lines up exactly as without colour', () => {
    const coloured = summaryTable(report, { colour: true });
    expect(coloured).toContain('\u001b[35merror (FAIL)');
    expect(coloured.endsWith('\u001b[0m\n')).toBe(true);
    expect(coloured).toContain('\n\u001b[35mERROR: ');
    expect(plain(coloured)).toBe(summaryTable(report));
    expect(summaryTable(report)).not.toContain('\u001b');
  });
});
