import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge, type Knowledge } from '../utils/findings/index.ts';
import type { Io } from './exit.ts';
import { lazyKnowledge, loadKnowledge } from './knowledge-load.ts';

/** A lazy knowledge whose deferred loads run when `flush` is called, counting the loads. */
function counted(): { lazy: ReturnType<typeof lazyKnowledge>; loads: () => number; flush: () => void } {
  let n = 0;
  const queued: Array<() => void> = [];
  const lazy = lazyKnowledge(
    () => {
      n++;
      return createKnowledge({ ipTable: null });
    },
    (f) => queued.push(f),
  );
  return { lazy, loads: () => n, flush: () => queued.splice(0).forEach((f) => f()) };
}

describe('lazyKnowledge', () => {
  it('loads nothing while a scenario still starts or loads, then once when all running ones wait', () => {
    const k = counted();
    k.lazy.phase('0 none', 'starting Chromium');
    k.lazy.phase('0 reject', 'starting Chromium');
    k.lazy.phase('0 none', 'waiting after load');
    k.lazy.phase('0 reject', 'loading');
    k.flush();
    expect(k.loads()).toBe(0);
    k.lazy.phase('0 reject', 'waiting after answer');
    k.flush();
    expect(k.loads()).toBe(1);
    expect(k.lazy.loaded()).toBe(true);
    k.lazy.phase('1 none', 'waiting after load');
    k.flush();
    expect(k.loads()).toBe(1);
  });

  it('loads at the first get() when the scenarios never all waited, and only once', () => {
    const k = counted();
    k.lazy.phase('0 none', 'loading');
    k.lazy.phase('0 none', null);
    k.flush();
    expect(k.lazy.loaded()).toBe(false);
    const a: Knowledge = k.lazy.get();
    expect(k.lazy.get()).toBe(a);
    expect(k.loads()).toBe(1);
  });
});

describe('loadKnowledge', () => {
  it('says once that the IP table is missing and still gives the tracker knowledge', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ca-knowledge-'));
    try {
      await mkdir(path.join(root, 'public', 'data'), { recursive: true });
      await writeFile(path.join(root, 'public', 'data', 'ip-country.bin'), 'not a table');
      const said: string[] = [];
      const io: Io = { stdout: () => {}, stderr: (s) => said.push(s), env: {} };
      const k = loadKnowledge(root, io, false);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^consent-auditor: IP country table not loaded \(.+\); server countries will be missing/);
      expect(k).toBeTruthy();
      expect(loadKnowledge(root, io, true)).toBeTruthy();
      expect(said).toHaveLength(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
