// The live progress line on stderr (terminals only): rewritten in place with \r, redrawn every quarter second so that
// the seconds move during the waits, moved out of the way of the normal progress lines, and cleared at the end.
import { printable } from './table.ts';

export interface LiveScenario {
  url: string;
  consent: string;
  phase: string;
  since: number;
}

/**
 * The live progress line: done/total, how many run, and the longest-running scenario's URL, scenario, phase and
 * seconds in that phase; cut to the terminal width (one line, so that \r can rewrite it).
 */
export function progressText(
  running: readonly LiveScenario[],
  done: number,
  total: number,
  now: number,
  columns: number,
): string {
  const oldest = [...running].sort((a, b) => a.since - b.since)[0];
  const head = `[${done}/${total} done, ${running.length} running]`;
  const text = oldest
    ? `${head} ${oldest.consent} ${oldest.phase} ${Math.max(0, (now - oldest.since) / 1000).toFixed(1)} s: ${oldest.url}`
    : head;
  const width = Math.max(20, columns - 1);
  const clean = printable(text);
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean;
}

const TICK_MS = 250;
const CLEAR = '\r\u001b[K';

export interface ProgressLine {
  /** A scenario entered a phase (starting Chromium, loading, waiting after load, answering, …) */
  phase(key: string, info: { url: string; consent: string }, phase: string): void;
  finished(key: string): void;
  /** Print a whole line above the live line */
  log(line: string): void;
  /** Remove the live line (the end of the run) */
  stop(): void;
}

export function liveProgress(
  write: (s: string) => void,
  total: number,
  columns: () => number,
  now: () => number = Date.now,
): ProgressLine {
  const running = new Map<string, LiveScenario>();
  let done = 0;
  let shown = false;
  const draw = (): void => {
    write(`${CLEAR}${progressText([...running.values()], done, total, now(), columns())}`);
    shown = true;
  };
  const timer = setInterval(draw, TICK_MS);
  timer.unref();
  return {
    phase(key, info, phase) {
      running.set(key, { ...info, phase, since: now() });
      draw();
    },
    finished(key) {
      if (running.delete(key)) done++;
      draw();
    },
    log(line) {
      write(`${shown ? CLEAR : ''}${line}\n`);
      shown = false;
      draw();
    },
    stop() {
      clearInterval(timer);
      if (shown) write(CLEAR);
      shown = false;
    },
  };
}

/** A progress line that shows nothing (not a terminal, or --quiet): normal lines still go through `log`. */
export function plainProgress(write: (s: string) => void): ProgressLine {
  return { phase() {}, finished() {}, log: (line) => write(`${line}\n`), stop() {} };
}
