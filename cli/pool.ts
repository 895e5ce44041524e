// Runs jobs side by side, at most `concurrency` at a time, results in job order. Stops handing out jobs once
// `stopped()` says so (a signal, a browser that cannot start); jobs not started resolve to undefined.

export async function runPool<J, R>(
  jobs: readonly J[],
  concurrency: number,
  run: (job: J, index: number) => Promise<R>,
  stopped: () => boolean = () => false,
): Promise<Array<R | undefined>> {
  const results: Array<R | undefined> = new Array<R | undefined>(jobs.length).fill(undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!stopped()) {
      const i = next++;
      if (i >= jobs.length) return;
      results[i] = await run(jobs[i] as J, i);
    }
  };
  const n = Math.max(1, Math.min(Math.floor(concurrency) || 1, jobs.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

/**
 * Browsers at once by default: each mostly waits on the page, so two per core keeps the cores busy without thrashing.
 */
export function defaultConcurrency(cpus: number): number {
  return Math.max(2, Math.min(8, cpus * 2));
}
