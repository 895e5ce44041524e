// Aho-Corasick automaton: every precomputed canary encoding is found in one pass over a body, however many there are.
// Built as a full transition table (typed arrays over the patterns' own alphabet): one array read per body character.
// In front of it a Wu-Manber skip filter: most texts hold no canary, and proving that needs a look at about one
// character in eight (patterns are at least 8 long); only a text with a verified occurrence runs the automaton.

export interface MultiMatcher {
  /** Indexes of the patterns that occur in `text`, each once, in pattern order (a shared empty list when none). */
  find(text: string): readonly number[];
  readonly size: number;
}

const NONE: readonly number[] = Object.freeze([]);

export function buildMatcher(patterns: readonly string[]): MultiMatcher {
  // Alphabet: the UTF-16 code units the patterns use, numbered from 1; every other unit is class 0 (never matches).
  const classOf = new Map<number, number>();
  for (const p of patterns)
    for (let i = 0; i < p.length; i++)
      if (!classOf.has(p.charCodeAt(i))) classOf.set(p.charCodeAt(i), classOf.size + 1);
  const width = classOf.size + 1;
  const ascii = new Int32Array(128);
  for (const [c, k] of classOf) if (c < 128) ascii[c] = k;
  const cls = (c: number): number => (c < 128 ? ascii[c]! : (classOf.get(c) ?? 0));

  // Trie with -1 for "no edge"; grown as needed.
  let goto = new Int32Array(width * 64).fill(-1);
  let count = 1;
  const outs: number[][] = [[]];
  patterns.forEach((p, idx) => {
    // An empty pattern would match every text: a false leak; refuse it.
    if (p.length === 0) return;
    let n = 0;
    for (let i = 0; i < p.length; i++) {
      const k = cls(p.charCodeAt(i));
      let to = goto[n * width + k]!;
      if (to < 0) {
        if ((count + 1) * width > goto.length) {
          const bigger = new Int32Array(goto.length * 2).fill(-1);
          bigger.set(goto);
          goto = bigger;
        }
        to = count++;
        outs.push([]);
        goto[n * width + k] = to;
      }
      n = to;
    }
    outs[n]!.push(idx);
  });
  // Breadth-first: fail links, merged outputs, and missing edges filled in (the automaton becomes a DFA).
  const fail = new Int32Array(count);
  const queue: number[] = [];
  for (let k = 0; k < width; k++) {
    const to = goto[k]!;
    if (to > 0) queue.push(to);
    else goto[k] = 0;
  }
  goto[0] = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi]!;
    for (let k = 0; k < width; k++) {
      const to = goto[n * width + k]!;
      if (to < 0 || k === 0) {
        goto[n * width + k] = k === 0 ? 0 : goto[fail[n]! * width + k]!;
        continue;
      }
      fail[to] = goto[fail[n]! * width + k]!;
      outs[to]!.push(...outs[fail[to]!]!);
      queue.push(to);
    }
  }
  const hasOut = new Uint8Array(count);
  for (let n = 0; n < count; n++) hasOut[n] = outs[n]!.length > 0 ? 1 : 0;
  const total = patterns.filter((p) => p.length > 0).length;
  const mayMatch = skipFilter(patterns);
  return {
    size: patterns.length,
    find(text: string): readonly number[] {
      if (typeof text !== 'string' || text.length === 0 || total === 0 || !mayMatch(text)) return NONE;
      const hit = new Set<number>();
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        n = goto[n * width + cls(text.charCodeAt(i))]!;
        if (hasOut[n] === 1) {
          for (const o of outs[n]!) hit.add(o);
          if (hit.size === total) break;
        }
      }
      return Array.from(hit).sort((a, b) => a - b);
    },
  };
}

/** Block of three UTF-16 units hashed into the shift table; collisions only lower a shift (never skip a match). */
const BLOCK = 3;
const TABLE_BITS = 15;
const hash3 = (a: number, b: number, c: number): number => ((a * 1021 + b) * 1021 + c) & ((1 << TABLE_BITS) - 1);

/**
 * Wu-Manber filter: true when some pattern occurs in the text (verified with startsWith), false when none does.
 * With m the shortest pattern length, a window of m units can hold the first m units of a pattern only if its last
 * three units appear in some pattern's first m; the shift table says how far the window may move otherwise.
 */
function skipFilter(patterns: readonly string[]): (text: string) => boolean {
  const live = patterns.filter((p) => p.length > 0);
  const m = live.reduce((min, p) => Math.min(min, p.length), Infinity);
  // Short patterns gain nothing from skipping: every text goes to the automaton.
  if (live.length === 0 || m < BLOCK + 1) return () => live.length > 0;
  const shift = new Uint8Array(1 << TABLE_BITS).fill(Math.min(255, m - BLOCK + 1));
  const ends = new Map<number, string[]>();
  for (const p of live) {
    for (let q = BLOCK - 1; q < m; q++) {
      const h = hash3(p.charCodeAt(q - 2), p.charCodeAt(q - 1), p.charCodeAt(q));
      shift[h] = Math.min(shift[h]!, m - 1 - q);
    }
    const h = hash3(p.charCodeAt(m - 3), p.charCodeAt(m - 2), p.charCodeAt(m - 1));
    const list = ends.get(h);
    if (list) list.push(p);
    else ends.set(h, [p]);
  }
  return (text) => {
    const n = text.length;
    let j = m - 1;
    while (j < n) {
      const h = hash3(text.charCodeAt(j - 2), text.charCodeAt(j - 1), text.charCodeAt(j));
      const s = shift[h]!;
      if (s > 0) {
        j += s;
        continue;
      }
      const start = j - m + 1;
      for (const p of ends.get(h) ?? []) if (text.startsWith(p, start)) return true;
      j += 1;
    }
    return false;
  };
}
