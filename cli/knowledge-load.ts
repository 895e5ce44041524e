// The findings' knowledge for a scan (tracker tables, and the IP table, opened in about 10 ms of CPU): loaded
// once every running scenario waits for its page to settle (the CPU is idle then) instead of before the browsers
// start, and at the latest when the first scenario is analysed.
import { readFileSync } from 'node:fs';
import { createKnowledge, type Knowledge } from '../utils/findings/index.ts';
import { loadIpTable } from '../utils/knowledge/ip-country.ts';
import type { Io } from './exit.ts';
import { ipTableFileOf } from './paths.ts';
import { printable } from './table.ts';
import { trace } from './trace.ts';

export function loadKnowledge(root: string, io: Io, quiet: boolean): Knowledge {
  try {
    return createKnowledge({ ipTable: loadIpTable(readFileSync(ipTableFileOf(root))) });
  } catch (e) {
    if (!quiet)
      io.stderr(
        `consent-auditor: IP country table not loaded (${printable(e instanceof Error ? e.message : String(e))}); server countries will be missing. Run \`npm run build:data\`.\n`,
      );
    return createKnowledge({ ipTable: null });
  }
}

export interface LazyKnowledge {
  /** The knowledge, loaded now if it is not yet */
  get(): Knowledge;
  /** A scenario entered `phase` (null: it ended); when all running ones wait after load or answer, load it */
  phase(key: string, phase: string | null): void;
  loaded(): boolean;
}

export function lazyKnowledge(load: () => Knowledge, later: (f: () => void) => void = setImmediate): LazyKnowledge {
  let knowledge: Knowledge | undefined;
  const phases = new Map<string, string>();
  const get = (): Knowledge => {
    if (!knowledge) {
      knowledge = load();
      trace('scan: knowledge loaded');
    }
    return knowledge;
  };
  return {
    get,
    phase(key, phase) {
      if (phase === null) phases.delete(key);
      else phases.set(key, phase);
      if (!knowledge && phase !== null && [...phases.values()].every((p) => p.startsWith('waiting after')))
        later(() => void get());
    },
    loaded: () => knowledge !== undefined,
  };
}
