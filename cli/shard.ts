// --shard i/n: a stable slice of the URL list (or crawl result) by a hash of each URL, so that CI machines that each
// run one shard audit every URL exactly once, whatever order the list is in. `--shard auto` reads a Kubernetes Indexed
// Job's JOB_COMPLETION_INDEX (0-based) and the shard count from JOB_COMPLETIONS (set it in the Job's env).
import { createHash } from 'node:crypto';

/** 1-based index of `count` shards */
export interface Shard {
  index: number;
  count: number;
}

const MAX_SHARDS = 10_000;

export function parseShard(value: string, env: Readonly<Record<string, string | undefined>>): Shard | string {
  if (value === 'auto') {
    const i = env.JOB_COMPLETION_INDEX;
    const n = env.JOB_COMPLETIONS;
    if (i === undefined || !/^\d{1,5}$/.test(i))
      return '--shard auto: JOB_COMPLETION_INDEX is not set to a number (a Kubernetes Indexed Job sets it)';
    if (n === undefined || !/^\d{1,5}$/.test(n))
      return "--shard auto: set JOB_COMPLETIONS to the number of shards (the Job's completions)";
    return parseShard(`${Number(i) + 1}/${Number(n)}`, {});
  }
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(value);
  if (!m) return `--shard: use i/n (for example 2/4) or auto (got "${value.slice(0, 50)}")`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    return `--shard: i/n needs 1 <= i <= n <= ${MAX_SHARDS} (got "${value}")`;
  return { index, count };
}

/** 1-based shard of a URL: the first 48 bits of its SHA-256, modulo the count. */
export function shardOf(url: string, count: number): number {
  const h = createHash('sha256').update(url).digest();
  return (h.readUIntBE(0, 6) % count) + 1;
}

export function inShard<T extends string>(urls: readonly T[], shard: Shard | null): T[] {
  return shard ? urls.filter((u) => shardOf(u, shard.count) === shard.index) : [...urls];
}
