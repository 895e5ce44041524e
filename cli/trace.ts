// CONSENT_AUDITOR_TRACE=1: one stderr line per start-up and scenario step, in ms since the process started, to see
// where a scan's time goes (README "Performance"); silent otherwise.
import { performance } from 'node:perf_hooks';

export function trace(
  step: string,
  env: NodeJS.ProcessEnv = process.env,
  write: (s: string) => void = (s) => process.stderr.write(s),
): void {
  if (env.CONSENT_AUDITOR_TRACE === '1') write(`[trace ${performance.now().toFixed(0).padStart(6)} ms] ${step}\n`);
}
