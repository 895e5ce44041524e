// Exit codes of the CLI and the I/O it writes through (so that tests can capture it).
import type { Report } from '../utils/export/report.ts';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Where a consent-auditor.config.json is looked for (default: process.cwd()) */
  cwd?: string;
  /** Terminals get a coloured table (stdout) and a live progress line (stderr) */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Width of the terminal on stderr */
  columns?: number;
}

/** Exit code of a finished run: a URL that could not be audited outranks findings. */
export function exitCodeOf(report: Report): number {
  if (report.summary.verdict === 'error') return EXIT_ERROR;
  return report.summary.verdict === 'fail' ? EXIT_FINDINGS : EXIT_OK;
}
