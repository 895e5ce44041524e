import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from './shard.ts';

describe('parseShard', () => {
  it.each<[string, Record<string, string>, unknown]>([
    ['1/1', {}, { index: 1, count: 1 }],
    ['3/4', {}, { index: 3, count: 4 }],
    ['auto', { JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '3' }, { index: 1, count: 3 }],
    ['auto', { JOB_COMPLETION_INDEX: '2', JOB_COMPLETIONS: '3' }, { index: 3, count: 3 }],
  ])('%s %j', (v, env, want) => {
    expect(parseShard(v, env)).toEqual(want);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['0/4', {}, /1 <= i <= n/],
    ['5/4', {}, /1 <= i <= n/],
    ['1/0', {}, /1 <= i <= n/],
    ['1-4', {}, /use i\/n/],
    ['auto', {}, /JOB_COMPLETION_INDEX is not set/],
    ['auto', { JOB_COMPLETION_INDEX: '1' }, /set JOB_COMPLETIONS/],
    ['auto', { JOB_COMPLETION_INDEX: '3', JOB_COMPLETIONS: '3' }, /1 <= i <= n/],
  ])('%s %j is an error', (v, env, msg) => {
    const r = parseShard(v, env);
    expect(typeof r === 'string' ? r : '').toMatch(msg);
  });
});

describe('shards', () => {
  const urls = Array.from({ length: 200 }, (_, i) => `https://www.example.com/page/${i}`);

  it('every URL lands in exactly one shard, whatever the list order', () => {
    const shards = [1, 2, 3, 4].map((index) => inShard(urls, { index, count: 4 }));
    expect(shards.flat().sort()).toEqual([...urls].sort());
    const reversed = [1, 2, 3, 4].map((index) => inShard([...urls].reverse(), { index, count: 4 }));
    expect(reversed.map((s) => [...s].sort())).toEqual(shards.map((s) => [...s].sort()));
    // Spread: no shard empty or holding most of the list.
    for (const s of shards) expect(s.length).toBeGreaterThan(20);
  });

  it('is stable: the same URL always maps to the same shard', () => {
    expect(shardOf('https://www.example.com/', 7)).toBe(shardOf('https://www.example.com/', 7));
    expect(inShard(urls, null)).toEqual(urls);
  });
});
