// SIGINT and SIGTERM (Ctrl-C, CI cancel, `timeout`) stop a scan promptly: browsers closed, temp profiles and partial
// output files removed, nothing written, exit 128 + signal number (130, 143).
import { rmSync } from 'node:fs';
import { closeAllBrowsers, liveProfiles } from './browser/index.ts';
import { closeAllFirefox } from './browser/firefox.ts';
import { removePendingOutputs } from './outputs.ts';

const CODES = { SIGINT: 130, SIGTERM: 143 } as const;
/** Closing browsers politely must not hold up a cancelled CI job. */
const CLOSE_BUDGET_MS = 15_000;

export function exitCodeOfSignal(signal: keyof typeof CODES): number {
  return CODES[signal];
}

/** Run before the stop message is said (the live progress line clears itself, so that the message starts a line). */
const beforeStop = new Set<() => void>();

/** Call `fn` when a stop signal comes, before anything is said; returns a function that removes it. */
export function onStopSignal(fn: () => void): () => void {
  beforeStop.add(fn);
  return () => {
    beforeStop.delete(fn);
  };
}

/** Install the handlers for one scan; returns a function that removes them. */
export function trapStopSignals(say: (s: string) => void, exit: (code: number) => void = (c) => process.exit(c)): () => void {
  let stopping = false;
  const handler = (signal: keyof typeof CODES): void => {
    const code = exitCodeOfSignal(signal);
    if (stopping) return exit(code);
    stopping = true;
    for (const fn of beforeStop) {
      try {
        fn();
      } catch {
        // the message and the exit code matter more than a tidy terminal
      }
    }
    say(`consent-auditor: stopped by ${signal}: closing the browsers; no report is written\n`);
    const cleanup = (): void => {
      // Best effort: nothing here may throw, or the exit code would be lost.
      try {
        removePendingOutputs();
      } catch {
        // a temp file we could not remove
      }
      for (const dir of liveProfiles()) {
        try {
          rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
        } catch {
          // a browser still writing into it
        }
      }
      exit(code);
    };
    const timer = setTimeout(cleanup, CLOSE_BUDGET_MS);
    void Promise.all([closeAllBrowsers(), closeAllFirefox()]).finally(() => {
      clearTimeout(timer);
      cleanup();
    });
  };
  const onInt = (): void => handler('SIGINT');
  const onTerm = (): void => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
}
