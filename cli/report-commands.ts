// `consent-auditor diff` and `consent-auditor merge`: commands that read finished JSON reports (no browser).
import { readFile, writeFile } from 'node:fs/promises';
import { REPORT_FORMAT, type Report } from '../utils/export/report.ts';
import type { MergeOptions } from './command.ts';
import { diffReports, diffText } from './diff.ts';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, exitCodeOf, type Io } from './exit.ts';
import { mergeReports, type MergeInput } from './merge.ts';
import { checkOutputs, sealReport, writeSealed } from './outputs.ts';
import { printable, summaryTable } from './table.ts';
import { useColour } from './terminal.ts';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `diff`: changes between two reports; exit 1 with --fail-on-new when anything is new. */
export async function diff(
  o: { before: string; after: string; failOnNew: boolean; json: string | null },
  io: Io,
): Promise<number> {
  const problems = o.json && o.json !== '-' ? checkOutputs({ json: o.json, html: null, junit: null, har: null }) : [];
  const reports: Report[] = [];
  for (const file of [o.before, o.after]) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      problems.push(`cannot read ${file}: ${message(e)}`);
      continue;
    }
    const ok =
      typeof parsed === 'object' &&
      parsed !== null &&
      Object.getOwnPropertyDescriptor(parsed, 'format')?.value === REPORT_FORMAT &&
      Array.isArray(Object.getOwnPropertyDescriptor(parsed, 'scenarios')?.value);
    if (ok) reports.push(parsed as Report);
    else problems.push(`${file}: not a consent-auditor JSON report`);
  }
  const [before, after] = reports;
  if (problems.length || !before || !after) {
    for (const p of problems) io.stderr(`consent-auditor: diff: ${printable(p)}\n`);
    return EXIT_ERROR;
  }
  const items = diffReports(before, after);
  const asJson = `${JSON.stringify({ before: o.before, after: o.after, changes: items }, null, 2)}\n`;
  if (o.json === '-') io.stdout(asJson);
  else {
    if (o.json) await writeFile(o.json, asJson);
    // URLs and names come from pages: no control characters reach the terminal.
    io.stdout(diffText(items).split('\n').map(printable).join('\n'));
  }
  return o.failOnNew && items.some((i) => i.change === 'new') ? EXIT_FINDINGS : EXIT_OK;
}

/** `merge`: shard reports into one; outputs checked first, written whole. */
export async function merge(o: MergeOptions, io: Io): Promise<number> {
  const problems = checkOutputs({ ...o, har: null });
  const inputs: MergeInput[] = [];
  for (const file of o.files) {
    try {
      inputs.push({ name: file, text: await readFile(file, 'utf8') });
    } catch (e) {
      problems.push(`cannot read ${file}: ${message(e)}`);
    }
  }
  const merged = problems.length ? problems : await mergeReports(inputs, o.failOn);
  if (Array.isArray(merged)) {
    for (const p of merged) io.stderr(`consent-auditor: merge: ${printable(p)}\n`);
    return EXIT_ERROR;
  }
  for (const w of merged.warnings) io.stderr(`consent-auditor: merge: ${printable(w)}\n`);
  const sealed = await sealReport(
    merged.report,
    merged.harFiles,
    merged.report.scenarios.map(() => null),
    o.lang,
  );
  const writeErrors = await writeSealed({ ...o, har: null }, merged.report, sealed, io.stdout);
  const colour = useColour({ isTTY: io.stdoutIsTTY === true, env: io.env, jsonToStdout: o.json === '-' });
  (o.json === '-' ? io.stderr : io.stdout)(summaryTable(merged.report, { colour }));
  for (const w of writeErrors) io.stderr(`consent-auditor: ${printable(w)}\n`);
  return writeErrors.length ? EXIT_ERROR : exitCodeOf(merged.report);
}
