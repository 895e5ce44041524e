// Aho-Corasick automaton: every precomputed canary encoding is found in one pass over a body, however many there are.
// Built as a full transition table (typed arrays over the patterns' own alphabet): one array read per body character.
// In front of it a Wu-Manber skip filter (skip-filter.ts): only a text with a verified occurrence runs the automaton.
// A body delivered as bytes is filtered as bytes and decoded only when it holds a pattern's UTF-8.
import { canaryFilters } from './skip-filter.ts';

export interface MultiMatcher {
  /** Indexes of the patterns that occur in `text`, each once, in pattern order (a shared empty list when none). */
  find(text: string): readonly number[];
  /** The same for UTF-8 bytes: the indexes `find` gives for their decoded text (invalid bytes as U+FFFD). */
  findBytes(bytes: Uint8Array): readonly number[];
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
  const { text: mayMatch, bytes: mayMatchBytes } = canaryFilters(patterns);
  let decoder: TextDecoder | null = null;
  const run = (text: string): readonly number[] => {
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
  };
  const find = (text: string): readonly number[] =>
    typeof text !== 'string' || text.length === 0 || total === 0 || !mayMatch(text) ? NONE : run(text);
  return {
    size: patterns.length,
    find,
    findBytes(bytes: Uint8Array): readonly number[] {
      if (!(bytes instanceof Uint8Array) || bytes.length === 0 || total === 0) return NONE;
      // WHATWG UTF-8 decoding, as the callers did before scanning; `fatal: false` never throws.
      const text = (): string => (decoder ??= new TextDecoder('utf-8', { fatal: false })).decode(bytes);
      if (!mayMatchBytes) return find(text());
      return mayMatchBytes(bytes) ? run(text()) : NONE;
    },
  };
}
