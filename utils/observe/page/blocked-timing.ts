// Which Resource Timing entries may be a load the browser blocked before it left (a CSP block): the `empty` flag of a
// page-resource event, which only a trusted violation of the same load can turn into a not-sent row.

/**
 * The longest duration an entry of a blocked load shows. Chromium takes its start and end a few microseconds apart
 * and the page's clock is coarsened to 0.1 ms, so under CPU load a blocked load reads 0.1 ms now and then (3 of 420 at
 * load ~18 here, the preload scanner's try); a load that left took 0.7 ms and more, even on this machine's loopback.
 */
export const BLOCKED_MAX_MS = 0.5;

/** The fields of a PerformanceResourceTiming entry read here. */
export interface TimingFields {
  duration: number;
  responseStart: number;
  transferSize: number;
}

/** No response and next to no time: maybe a load that never left, which only a trusted violation can confirm. */
export function looksBlocked(e: TimingFields): boolean {
  return e.duration <= BLOCKED_MAX_MS && e.responseStart === 0 && e.transferSize === 0;
}
