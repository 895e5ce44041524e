// JUnit XML of a report: one test suite per URL, one test case per URL × consent scenario. A case fails when it has
// a finding at or above the run's fail-on level or its banner could not be answered; it errors when it could not run.
import type { FailOn, Report, ReportFinding, ScenarioReport } from './report.ts';

/** Text and attribute content: the five XML escapes, and characters XML 1.0 forbids removed (pages send anything). */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

function seconds(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0';
}

function countsAtOrAbove(f: ReportFinding, failOn: FailOn): boolean {
  // A waived finding is listed (system-out), never a failure.
  if (failOn === 'never' || f.waived) return false;
  return f.severity === 'violation' || (failOn === 'warning' && f.severity === 'warning');
}

function findingLine(f: ReportFinding): string {
  const where = [f.subject.host, f.subject.name].filter((x) => x).join(' ');
  const waived = f.waived ? `[waived until ${f.waived.expires}: ${f.waived.reason}] ` : '';
  return `${waived}[${f.severity}] ${f.title}${where ? ` (${where})` : ''}${f.phase ? ` — ${f.phase}` : ''}\n  ${f.fix}`;
}

function testcase(s: ScenarioReport, failOn: FailOn): string {
  const open = `<testcase${attrs({ classname: s.url, name: `consent: ${s.consent}`, time: seconds(s.startedAt, s.finishedAt) })}>`;
  const body: string[] = [];
  if (s.error !== null) {
    body.push(`<error${attrs({ message: s.error.slice(0, 500), type: 'audit-error' })}>${xmlEscape(s.error)}</error>`);
  } else {
    const failing = s.findings.filter((f) => countsAtOrAbove(f, failOn));
    const problems: string[] = [];
    if (s.answered === false && failOn !== 'never')
      problems.push(s.answerDetail ?? `banner could not be answered (${s.consent})`);
    const gaps = failOn !== 'never' ? (s.summary.incomplete ?? []) : [];
    if (gaps.length) problems.push(`record incomplete, no evidence of a clean page: ${gaps.join('; ')}`);
    problems.push(...failing.map(findingLine));
    if (problems.length) {
      const b = s.summary.bySeverity;
      const head =
        s.answered === false && failOn !== 'never'
          ? `banner could not be answered; ${b.violation} violation(s), ${b.warning} warning(s)`
          : `${b.violation} violation(s), ${b.warning} warning(s)`;
      body.push(
        `<failure${attrs({ message: head, type: s.answered === false ? 'not-answered' : gaps.length ? 'incomplete' : 'findings' })}>${xmlEscape(problems.join('\n\n'))}</failure>`,
      );
    }
  }
  const rest = s.findings.filter((f) => !countsAtOrAbove(f, failOn));
  if (rest.length || s.errors.length) {
    const text = [...rest.map(findingLine), ...s.errors.map((e) => `note: ${e}`)].join('\n');
    body.push(`<system-out>${xmlEscape(text)}</system-out>`);
  }
  return `    ${open}${body.length ? `\n      ${body.join('\n      ')}\n    ` : ''}</testcase>`;
}

export function reportToJunit(report: Report): string {
  const failOn = report.options.failOn;
  const byUrl = new Map<string, ScenarioReport[]>();
  for (const s of report.scenarios) {
    const list = byUrl.get(s.url);
    if (list) list.push(s);
    else byUrl.set(s.url, [s]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const [url, list] of byUrl) {
    const f = list.filter((s) => s.error === null && !s.summary.passed).length;
    const e = list.filter((s) => s.error !== null).length;
    tests += list.length;
    failures += f;
    errors += e;
    const first = list[0];
    const last = list[list.length - 1];
    const time = first && last ? seconds(first.startedAt, last.finishedAt) : '0';
    suites.push(
      `  <testsuite${attrs({ name: url, tests: list.length, failures: f, errors: e, skipped: 0, time, timestamp: first?.startedAt ?? report.startedAt })}>\n${list.map((s) => testcase(s, failOn)).join('\n')}\n  </testsuite>`,
    );
  }
  const head = attrs({
    name: `${report.tool.name} ${report.tool.version}`,
    tests,
    failures,
    errors,
    time: seconds(report.startedAt, report.finishedAt),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${head}>\n${suites.join('\n')}\n</testsuites>\n`;
}
