import { describe, expect, it } from 'vitest';
import { START, Visit } from '../test/support/findings.ts';
import { auditedScenario, BARE_TOOL, failedScenario, reportOf } from '../test/support/export.ts';
import { printable, progressLine, settledText, summaryTable } from './table.ts';
import { exitCodeOf, findExecutable } from './main.ts';

const EVIL_HOST = 'evil.example';
const EVIL_URL = `https://www.shop.example/?q=<img src=x onerror=alert(1)>`;

function report(failOn: 'violation' | 'never' = 'violation') {
  const v = new Visit(EVIL_URL)
    .req(`https://${EVIL_HOST}/"><script>alert(2)</script>.js?uid=a8f3k2j9x7q1w5e6`, 50)
    .cookie('<b>uid</b>', EVIL_HOST, 'a8f3k2j9x7q1w5e6r4t2', 60)
    .req('https://www.google-analytics.com/analytics.js', 100);
  const s = auditedScenario(v.record(), { url: EVIL_URL });
  const dns = failedScenario({ consent: 'reject', error: 'net::ERR_NAME_NOT_RESOLVED\u001b[31m' });
  return reportOf([s, dns], { tool: BARE_TOOL, failOn });
}

describe('summary table and progress', () => {
  it('lists URL, scenario, answered, violations, warnings and verdict per scenario, then the total', () => {
    const r = report();
    const lines = summaryTable(r).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^URL\s+scenario\s+answered\s+violations\s+warnings\s+verdict\s+settled\s+HTTP$/);
    const v = r.scenarios[0]?.summary.bySeverity;
    expect(lines[2]).toMatch(
      new RegExp(`none\\s+-\\s+${v?.violation}\\s+${v?.warning}\\s+violations \\(FAIL\\)\\s+-\\s+-$`),
    );
    expect(lines[3]).toMatch(/^https:\/\/nope\.invalid\/\s+reject\s+-\s+0\s+0\s+error \(FAIL\)\s+-\s+-$/);
    expect(lines.at(-1)).toMatch(
      /^ERROR: \d+ violation\(s\), \d+ warning\(s\) in 2 scenario\(s\), 1 not audited \(fail on: violation\)$/,
    );
  });

  it('says how many scenarios include what windows the page opened loaded', () => {
    const r = report();
    expect(summaryTable(r)).not.toContain('windows:');
    const s = r.scenarios[0]!;
    const doc = { url: 'https://www.shop.example/under.html', startedAt: s.startedAt, window: true as const };
    const windowed = { ...s, documents: [{ url: s.url, startedAt: s.startedAt }, doc] };
    const lines = summaryTable({ ...r, scenarios: [windowed, r.scenarios[1]!] })
      .trimEnd()
      .split('\n');
    expect(lines.at(-2)).toBe(
      'windows: 1 scenario(s) include what windows the page opened loaded (rows marked in the JSON and HTML)',
    );
  });

  it('keeps terminal control characters from the page out of the output', () => {
    const r = report();
    expect(progressLine(r.scenarios[1]!, 2, 2)).toBe(
      '[2/2] https://nope.invalid/ reject: ERROR net::ERR_NAME_NOT_RESOLVED?[31m',
    );
    expect(printable('a\u001b]0;title\u0007b\u009bc')).toBe('a?]0;title?b?c');
  });

  it('says in words that a scenario was cut off by --wait while the page was still active', () => {
    const s = report().scenarios[0]!;
    const start = Date.parse(s.startedAt);
    const cut = {
      ...s,
      settle: {
        settled: false,
        afterLoad: { settled: false, waitedMs: 10_000, lastActivityAt: new Date(start + 13_700).toISOString() },
      },
    };
    expect(progressLine(cut as typeof s, 1, 1)).toMatch(
      /, cut off by --wait while still active \(active at 13\.7 s\)$/,
    );
    expect(progressLine(s, 1, 1)).not.toMatch(/cut off/);
  });
});

describe('exit codes', () => {
  it.each<[string, () => ReturnType<typeof report>, number]>([
    ['a URL not audited outranks findings', () => report(), 2],
    ['violations without errors', () => ({ ...report(), summary: { ...report().summary, verdict: 'fail' } }), 1],
    ['pass', () => ({ ...report('never'), summary: { ...report('never').summary, verdict: 'pass' } }), 0],
  ])('%s', (_name, r, code) => {
    expect(exitCodeOf(r())).toBe(code);
  });
});

describe('findExecutable', () => {
  it.each<[string, string | undefined, string | null]>([
    [process.execPath, undefined, process.execPath],
    ['/nonexistent/chromium', '/usr/bin', null],
    ['node', `/nonexistent:${process.execPath.replace(/\/node$/, '')}`, process.execPath],
    ['no-such-binary-here', '/usr/bin:/bin', null],
    ['node', undefined, null],
  ])('%s on PATH %s', (name, pathVar, expected) => {
    expect(findExecutable(name, pathVar)).toBe(expected);
  });
});

describe('settled column', () => {
  const at = (ms: number): string => new Date(START + ms).toISOString();
  const base = { startedAt: at(0) };
  it.each<[string, Parameters<typeof settledText>[0], string]>([
    ['no settle data (the extension export)', base, '-'],
    [
      'settled',
      {
        ...base,
        settle: {
          settled: true,
          afterLoad: { settled: true, lastActivityAt: at(900), waitedMs: 2400 },
          afterAnswer: null,
        },
      },
      'yes',
    ],
    [
      'cut off after the answer: the last activity named',
      {
        ...base,
        settle: {
          settled: false,
          afterLoad: { settled: true, lastActivityAt: at(900), waitedMs: 2400 },
          afterAnswer: { settled: false, lastActivityAt: at(12_340), waitedMs: 10_000 },
        },
      },
      'NO (active at 12.3 s)',
    ],
    [
      'cut off with no activity time',
      {
        ...base,
        settle: {
          settled: false,
          afterLoad: { settled: false, lastActivityAt: null, waitedMs: 1000 },
          afterAnswer: null,
        },
      },
      'NO',
    ],
  ])('%s', (_name, s, text) => {
    expect(settledText(s)).toBe(text);
  });
});
