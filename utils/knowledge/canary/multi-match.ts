// Aho-Corasick automaton: every precomputed canary encoding is found in one pass over a body, however many there are.

export interface MultiMatcher {
  /** Indexes of the patterns that occur in `text`, each once, in pattern order. */
  find(text: string): number[];
  readonly size: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here, including those reached through fail links (merged at build time). */
  out: number[];
}

export function buildMatcher(patterns: readonly string[]): MultiMatcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  patterns.forEach((p, idx) => {
    // An empty pattern would match every text: a false leak; refuse it.
    if (p.length === 0) return;
    let n = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let to = nodes[n]!.next.get(c);
      if (to === undefined) {
        to = nodes.length;
        nodes.push({ next: new Map(), fail: 0, out: [] });
        nodes[n]!.next.set(c, to);
      }
      n = to;
    }
    nodes[n]!.out.push(idx);
  });
  // Breadth-first fail links.
  const queue: number[] = [];
  for (const to of nodes[0]!.next.values()) queue.push(to);
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi]!;
    for (const [c, to] of nodes[n]!.next) {
      let f = nodes[n]!.fail;
      while (f !== 0 && !nodes[f]!.next.has(c)) f = nodes[f]!.fail;
      const cand = nodes[f]!.next.get(c);
      nodes[to]!.fail = cand !== undefined && cand !== to ? cand : 0;
      nodes[to]!.out.push(...nodes[nodes[to]!.fail]!.out);
      queue.push(to);
    }
  }
  return {
    size: patterns.length,
    find(text: string): number[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const hit = new Set<number>();
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        while (n !== 0 && !nodes[n]!.next.has(c)) n = nodes[n]!.fail;
        n = nodes[n]!.next.get(c) ?? 0;
        for (const o of nodes[n]!.out) hit.add(o);
        if (hit.size === patterns.length) break;
      }
      return Array.from(hit).sort((a, b) => a - b);
    },
  };
}
