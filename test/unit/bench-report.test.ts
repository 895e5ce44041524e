// The bench table's rows: verdicts follow the whole interval, informational rows say '-', figures print with their
// interval, and the table has one line per row in the documented columns.
import { describe, expect, it } from 'vitest';
import { createReport, figureText, makeRow, tableOf } from '../../scripts/lib/bench-report.mjs';

const iv = (median: number, lo: number, hi: number, n = 20) => ({ median, lo, hi, n });

describe('bench rows', () => {
  it('pass only when the whole interval is within budget; undecided when it straddles; fail when wholly over', () => {
    expect(makeRow({ part: 2, figure: 'f', budget: 1.03, unit: 'x', iv: iv(1.0, 0.97, 1.03) }).verdict).toBe('pass');
    expect(makeRow({ part: 2, figure: 'f', budget: 1.03, unit: 'x', iv: iv(1.0, 0.97, 1.05) }).verdict).toBe(
      'undecided',
    );
    expect(makeRow({ part: 2, figure: 'f', budget: 1.03, unit: 'x', iv: iv(1.1, 1.06, 1.2) }).verdict).toBe('fail');
    expect(makeRow({ part: 2, figure: 'f', iv: iv(1.1, 1.06, 1.2) }).verdict).toBe('-');
    expect(makeRow({ part: 7, figure: 'f', budget: 1, iv: iv(NaN, NaN, NaN, 0), verdict: 'error' }).verdict).toBe(
      'error',
    );
  });

  it('print the median with its interval, or the single value', () => {
    expect(figureText(makeRow({ part: 1, figure: 'f', unit: 'x', iv: iv(1.234, 1.2, 1.3) }))).toBe(
      '1.23 x (1.20-1.30)',
    );
    expect(figureText(makeRow({ part: 3, figure: 'f', unit: 'ms', iv: iv(31.26, 29, 140) }))).toBe(
      '31.3 ms (29.0-140)',
    );
    expect(figureText(makeRow({ part: 6, figure: 'f', unit: 'MB', iv: iv(1.1, 1.1, 1.1, 1) }))).toBe('1.1 MB');
    expect(figureText(makeRow({ part: 6, figure: 'f', unit: 'MB', iv: iv(NaN, NaN, NaN, 0) }))).toBe('n/a');
    expect(figureText(makeRow({ part: 7, figure: 'f', unit: 'yes/no', iv: iv(1, 1, 1, 1), verdict: 'pass' }))).toBe(
      'yes',
    );
    expect(figureText(makeRow({ part: 7, figure: 'f', unit: 'yes/no', iv: iv(0, 0, 0, 1), verdict: 'fail' }))).toBe(
      'no',
    );
  });

  it('make a table of one line per row, and log each row as it is added', () => {
    const lines: string[] = [];
    const report = createReport({ log: (s) => lines.push(s) });
    report.add({
      part: 1,
      figure: 'core path / tldts.parse',
      budget: 1.5,
      unit: 'x',
      iv: iv(1.4, 1.35, 1.45, 250),
      stop: 'settled',
    });
    report.add({ part: 2, figure: 'A/A control', unit: 'x', iv: iv(1.01, 0.96, 1.05, 40) });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('PASS');
    const table = tableOf(report.rows).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toBe('| # | figure | budget | median (95 % interval) | n | verdict |');
    expect(table[2]).toBe('| 1 | core path / tldts.parse | <= 1.5 x | 1.40 x (1.35-1.45) | 250 | pass |');
    expect(table[3]).toBe('| 2 | A/A control | - | 1.01 x (0.96-1.05) | 40 | - |');
  });
});
