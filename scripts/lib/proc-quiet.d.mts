export function parseStat(line: string): { pid: number; ppid: number; cpu: number; state: string } | null;
export function treeCpuMs(root?: number): number | null;
export function waitQuiet(o?: {
  minMs?: number;
  maxMs?: number;
  windowMs?: number;
  maxShare?: number;
  root?: number;
}): Promise<{ waited: number; quiet: boolean }>;
export interface ProcStat {
  pid: number;
  ppid: number;
  cpu: number;
  state: string;
  cmdline?: string;
}
export function processes(o?: { withCmdline?: boolean }): Map<number, ProcStat> | null;
export function treeOf(ps: Map<number, ProcStat>, root: number): ProcStat[];
