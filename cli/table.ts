// The plain-text summary table printed at the end of a scan, and the one-line progress messages.
import type { Report, ScenarioReport } from '../utils/export/report.ts';
import { paint, verdictHue } from './terminal.ts';

const VERDICT_COLUMN = 5;

/** Strip control characters so that a page's URL cannot move the terminal cursor or recolour the output. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?');
}

function answeredText(s: ScenarioReport): string {
  if (s.error !== null) return '-';
  return s.answered === null ? '-' : s.answered ? 'yes' : 'no';
}

/** Findings a config waiver accepted (they do not fail the run). */
export function waivedCount(s: Pick<ScenarioReport, 'summary'>): number {
  const w = s.summary.waived;
  return w ? w.violation + w.warning + w.info : 0;
}

function verdictText(s: ScenarioReport): string {
  const waived = waivedCount(s) ? ` (${waivedCount(s)} waived)` : '';
  return s.summary.passed ? `${s.summary.verdict}${waived}` : `${s.summary.verdict}${waived} (FAIL)`;
}

/**
 * 'yes', or 'NO' with when the page last did something (seconds into the scenario) when the maximum wait cut it off.
 */
export function settledText(s: Pick<ScenarioReport, 'settle' | 'startedAt'>): string {
  if (!s.settle) return '-';
  if (s.settle.settled) return 'yes';
  const waits = [s.settle.afterLoad, s.settle.afterAnswer];
  const last = waits
    .map((w) => (w?.lastActivityAt ? Date.parse(w.lastActivityAt) : NaN))
    .filter(Number.isFinite)
    .at(-1);
  const start = Date.parse(s.startedAt);
  return last !== undefined && Number.isFinite(start) ? `NO (active at ${((last - start) / 1000).toFixed(1)} s)` : 'NO';
}

/**
 * The table; with `colour` the verdict cells and the total line
 * are coloured by verdict (padding measured without the codes).
 */
export function summaryTable(report: Report, o: { colour?: boolean } = {}): string {
  const tint = (text: string, verdict: string): string => (o.colour ? paint(text, verdictHue(verdict)) : text);
  const head = ['URL', 'scenario', 'answered', 'violations', 'warnings', 'verdict', 'settled', 'HTTP'];
  const rows = report.scenarios.map((s) => [
    printable(s.url),
    s.consent,
    answeredText(s),
    String(s.summary.bySeverity.violation),
    String(s.summary.bySeverity.warning),
    verdictText(s),
    settledText(s),
    s.httpStatus === undefined || s.httpStatus === null ? '-' : String(s.httpStatus),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[], verdict?: string): string =>
    cells
      .map((c, i) =>
        i === VERDICT_COLUMN && verdict !== undefined
          ? tint(c.padEnd(widths[i] ?? 0), verdict)
          : c.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const sum = report.summary;
  const unsettled = report.scenarios.filter((s) => s.settle?.settled === false).length;
  const waived = report.scenarios.reduce((n, s) => n + waivedCount(s), 0);
  const expired = (report.waivers ?? []).filter((w) => w.status === 'expired').length;
  const total =
    `${sum.verdict.toUpperCase()}: ${sum.bySeverity.violation} violation(s), ${sum.bySeverity.warning} warning(s) in ${sum.scenarios} scenario(s)` +
    `${sum.notAnswered ? `, ${sum.notAnswered} banner(s) not answered` : ''}${sum.errors ? `, ${sum.errors} not audited` : ''}` +
    `${unsettled ? `, ${unsettled} cut off by --wait while the page was still active` : ''}` +
    `${waived ? `, ${waived} finding(s) waived` : ''}${expired ? `, ${expired} waiver(s) EXPIRED` : ''} (fail on: ${sum.failOn})`;
  const site = report.site
    ? [`site: ${report.site.pages.length} page(s), ${report.site.clean.length} clean in every scenario`]
    : [];
  const windowed = report.scenarios.filter((s) => s.documents?.some((d) => d.window)).length;
  const windows = windowed
    ? [
        `windows: ${windowed} scenario(s) include what windows the page opened loaded (rows marked in the JSON and HTML)`,
      ]
    : [];
  const body = rows.map((r, i) => line(r, report.scenarios[i]?.summary.verdict));
  return (
    [
      line(head),
      line(widths.map((w) => '-'.repeat(w))),
      ...body,
      '',
      ...site,
      ...windows,
      tint(total, sum.verdict),
    ].join('\n') + '\n'
  );
}

export function progressLine(s: ScenarioReport, index: number, total: number): string {
  const pos = `[${index}/${total}]`;
  if (s.error !== null) return `${pos} ${printable(s.url)} ${s.consent}: ERROR ${printable(s.error)}`;
  const b = s.summary.bySeverity;
  const answer = s.answered === false ? ', banner NOT answered' : s.answered ? ', banner answered' : '';
  // settledText reads 'NO (active at 13.7 s)' in the table's 'settled' column; here the sentence says what it means.
  const cut =
    s.settle?.settled === false ? `, cut off by --wait while still active${settledText(s).replace(/^NO/, '')}` : '';
  return `${pos} ${printable(s.url)} ${s.consent}: ${b.violation} violation(s), ${b.warning} warning(s), ${s.requests.filter((r) => r.notSent === undefined).length} request(s)${answer}${cut}`;
}
