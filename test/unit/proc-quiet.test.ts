import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseStat, treeCpuMs, treeOf, waitQuiet } from '../../scripts/lib/proc-quiet.mjs';

describe('proc-quiet (the bench waits for its browsers to go quiet between timed loads)', () => {
  it('reads pid, parent and CPU after the last parenthesis of the command name', () => {
    // utime 150 and stime 50 ticks of 10 ms; the name holds a space and a ')'.
    const line = '4242 (Web Content) x) S 4200 4242 4242 0 -1 4194560 100 0 0 0 150 50 0 0 20 0 12 0 900 0 0';
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, cpu: 2000, state: 'S' });
    expect(parseStat('garbage')).toBeNull();
  });

  it("a tree is its root and every descendant, not the root's siblings or parent", () => {
    const p = (pid: number, ppid: number) => ({ pid, ppid, cpu: pid, state: 'S' });
    const ps = new Map(
      [1, 10, 11, 12, 20, 21].map((pid) => [pid, p(pid, pid === 1 ? 0 : pid % 10 ? pid - (pid % 10) : 1)]),
    );
    expect(
      treeOf(ps, 10)
        .map((x) => x.pid)
        .sort((a, b) => a - b),
    ).toEqual([10, 11, 12]);
    expect(treeOf(ps, 1).length).toBe(6);
    expect(treeOf(ps, 99)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')(
    "counts a busy child's CPU, and waits until the child has stopped burning it",
    async () => {
      const before = treeCpuMs();
      expect(before).not.toBeNull();
      // A child that burns 400 ms of CPU (however long a busy machine makes that take), then sleeps.
      const child = spawn(process.execPath, [
        '-e',
        'while (process.cpuUsage().user < 400_000); setTimeout(() => {}, 5000);',
      ]);
      try {
        const r = await waitQuiet({ minMs: 50, maxMs: 40_000, windowMs: 100 });
        expect(r.quiet).toBe(true);
        // It could only be quiet once the busy loop had ended: the child's CPU is in the tree.
        expect(treeCpuMs()! - before!).toBeGreaterThanOrEqual(400);
      } finally {
        child.kill();
      }
    },
    60_000,
  );
});
