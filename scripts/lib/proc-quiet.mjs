// Wait until the processes this one started (the bench's browsers, their renderers and service workers) have gone
// quiet. Part 2 loads a page once in each of four browsers per round: work an extension leaves for after its load event
// (a worker still handling 1,000 cookie events) used to spill into the next browser's timed load, so it slowed the
// floor and the no-extension browsers and made the leaving extension's ratio look better (session 11, perfcookie4).
// Linux only (/proc); elsewhere the caller's fixed settle time is all there is.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * One /proc/<pid>/stat line: pid, parent pid and user + system CPU in ms. The command name sits in parentheses and may
 * itself hold spaces and parentheses, so the fields are read after its last ')'.
 */
export function parseStat(line) {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number(line.slice(0, line.indexOf(' ')));
  const f = line.slice(close + 2).split(' ');
  // After the name: state(0) ppid(1) ... utime(11) stime(12)
  const ppid = Number(f[1]);
  const cpu = (Number(f[11]) + Number(f[12])) * TICK_MS;
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(cpu)) return null;
  return { pid, ppid, cpu, state: f[0] };
}

/** Threads of `pid` that are running or waiting for a core ('R'): on a busy machine a starved thread gets no CPU. */
function runnableThreads(pid) {
  let n = 0;
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tids) {
    try {
      if (parseStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'))?.state === 'R') n++;
    } catch {
      // exited while we looked
    }
  }
  return n;
}

/**
 * Every live process: pid -> its parsed stat (pid, ppid, cpu ms, state); with `withCmdline`, also its command line.
 * Null without /proc. Shared by the bench's quiet wait and the probes (scripts/probe-cookie-*.mjs).
 */
export function processes({ withCmdline = false } = {}) {
  let names;
  try {
    names = readdirSync('/proc');
  } catch {
    return null;
  }
  const out = new Map();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (!s) continue;
      out.set(s.pid, withCmdline ? { ...s, cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8') } : s);
    } catch {
      // exited while we looked
    }
  }
  return out;
}

/** `root` and every live descendant of it in `ps` (from `processes()`). */
export function treeOf(ps, root) {
  const byParent = new Map();
  for (const s of ps.values()) {
    const list = byParent.get(s.ppid);
    if (list) list.push(s);
    else byParent.set(s.ppid, [s]);
  }
  const tree = [];
  const root0 = ps.get(root);
  if (root0) tree.push(root0);
  const todo = [root];
  while (todo.length) {
    for (const c of byParent.get(todo.pop()) ?? []) {
      tree.push(c);
      todo.push(c.pid);
    }
  }
  return tree;
}

/** CPU ms used so far by every live descendant of `root` (not `root` itself); null without /proc. */
export function treeCpuMs(root = process.pid) {
  return tree(root, false)?.cpu ?? null;
}

/** The descendants' CPU ms so far and, with `threads`, how many of their threads are runnable now. */
function tree(root, threads) {
  const ps = processes();
  if (!ps) return null;
  let cpu = 0;
  let runnable = 0;
  for (const c of treeOf(ps, root)) {
    if (c.pid === root) continue;
    cpu += c.cpu;
    if (threads) runnable += runnableThreads(c.pid);
  }
  return { cpu, runnable };
}

/**
 * Resolves once the descendants used at most `maxShare` of one core over a window of `windowMs` and none of their
 * threads is runnable at its end (a thread starved by a busy machine uses no CPU but is not idle), waiting at least
 * `minMs` and at most `maxMs`. Returns the ms waited and whether quiet was reached (false: the limit ended it, or no
 * /proc, then it waited `minMs`).
 */
export async function waitQuiet({ minMs = 300, maxMs = 5000, windowMs = 200, maxShare = 0.1, root } = {}) {
  const t0 = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  await sleep(minMs);
  root ??= process.pid;
  let last = tree(root, false)?.cpu;
  if (last === undefined) return { waited: performance.now() - t0, quiet: false };
  for (;;) {
    await sleep(windowMs);
    const now = tree(root, true);
    const waited = performance.now() - t0;
    // A process that exited takes its CPU with it: a negative step counts as quiet for that window.
    if (now && now.cpu - last <= maxShare * windowMs && now.runnable === 0) return { waited, quiet: true };
    if (waited >= maxMs) return { waited, quiet: false };
    if (now) last = now.cpu;
  }
}
