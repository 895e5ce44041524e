// Wu-Manber skip filter in front of the Aho-Corasick automaton: most texts hold no canary, and proving that needs a
// look at two units in every ten (patterns are at least 8 long; the shortest canary encoding is 11). Short texts are
// read with charCodeAt; long ones are first encoded to UTF-8 bytes in one native call (TextEncoder.encodeInto) and
// read from a typed array, which costs a V8 function about half the instructions per look of charCodeAt.

/** Texts at least this long take the byte path: below it, the encoder's fixed cost is more than the looks it saves. */
export const BYTE_PATH_MIN = 256;
/** Longer texts stay on the char path: the scratch buffer (3 bytes per unit at worst) is never more than 192 kB. */
export const BYTE_PATH_MAX = 65_536;

/**
 * Shift table over a block of two units (or bytes): 14 bits from the pair, exact for two ASCII units (every canary
 * encoding is ASCII); other pairs may collide, which only lowers a shift. 16 kB: the core path between two scans
 * evicts a 64 kB table (16 bits) from the caches, and each look was then a miss.
 */
const TABLE = 1 << 14;
const pairOf = (a: number, b: number): number => ((a << 7) ^ b) & (TABLE - 1);

interface Table {
  /** How far the window's end may move when its last two units are this pair; 0: verify the candidates here. */
  shift: Uint8Array;
  /** Patterns whose first `m` units end in this pair, by pair (a Map: read only where a shift is 0). */
  ends: Map<number, number[]>;
  m: number;
}

function tableOf(units: ReadonlyArray<ArrayLike<number>>): Table {
  const m = units.reduce((min, p) => Math.min(min, p.length), Infinity);
  const shift = new Uint8Array(TABLE).fill(Math.min(255, m - 1));
  const ends = new Map<number, number[]>();
  units.forEach((p, idx) => {
    for (let q = 1; q < m; q++) {
      const h = pairOf(p[q - 1]!, p[q]!);
      shift[h] = Math.min(shift[h]!, m - 1 - q);
    }
    const h = pairOf(p[m - 2]!, p[m - 1]!);
    const list = ends.get(h);
    if (list) list.push(idx);
    else ends.set(h, [idx]);
  });
  return { shift, ends, m };
}

const codes = (p: string): number[] => Array.from({ length: p.length }, (_, i) => p.charCodeAt(i));

/** Patterns the byte filter may take: their UTF-8 is in a body's bytes exactly when they are in its decoded text. */
function byteSafe(live: readonly string[]): boolean {
  // A lone surrogate has no contiguous UTF-8; U+FFFD also stands for undecodable bytes; a leading BOM is dropped.
  return typeof TextEncoder === 'function' && !live.some((p) => /[\uD800-\uDFFF\uFFFD\uFEFF]/.test(p));
}

/** Every pattern is ASCII: its UTF-8 bytes are its UTF-16 units, and one table serves chars and bytes. */
const ascii = (live: readonly string[]): boolean => live.every((p) => codes(p).every((c) => c < 128));

/**
 * True when some pattern's UTF-8 occurs in `b[0, n)` (each candidate verified), false when none does; null when the
 * patterns cannot be read as bytes (see byteSafe) or are too short to skip. The table is `chars` (the char path's,
 * when the patterns are ASCII) or built at the first call.
 */
function byteScan(
  live: readonly string[],
  m: number,
  chars: Table | null,
): ((b: Uint8Array, n: number) => boolean) | null {
  if (live.length === 0 || m < 3 || !byteSafe(live)) return null;
  const encoder = new TextEncoder();
  const patternBytes = live.map((p) => encoder.encode(p));
  let table: Table | null = chars;
  return (b, n) => {
    const { shift, ends, m } = (table ??= tableOf(patternBytes));
    let j = m - 1;
    while (j < n) {
      const h = pairOf(b[j - 1]!, b[j]!);
      const s = shift[h]!;
      if (s !== 0) {
        j += s;
        continue;
      }
      const list = ends.get(h)!;
      const start = j - m + 1;
      for (let k = 0; k < list.length; k++) {
        const p = patternBytes[list[k]!]!;
        if (start + p.length > n) continue;
        let i = 0;
        while (i < p.length && b[start + i] === p[i]) i++;
        if (i === p.length) return true;
      }
      j += 1;
    }
    return false;
  };
}

const shortest = (live: readonly string[]): number => live.reduce((min, p) => Math.min(min, p.length), Infinity);

/**
 * The same filter over a body's delivered bytes (UTF-8, as webRequest and the CLI hand them over): true when the
 * decoded text would hold a pattern, so only such a body needs decoding. Null when the patterns need the text
 * (a surrogate, U+FFFD or U+FEFF in one; or too short to skip): the caller decodes and uses skipFilter.
 */
export function byteFilter(patterns: readonly string[]): ((bytes: Uint8Array) => boolean) | null {
  return canaryFilters(patterns).bytes;
}

/** Both filters of one pattern set over one table (ASCII patterns): the caches hold one table, not three. */
export interface CanaryFilters {
  text: (text: string) => boolean;
  bytes: ((bytes: Uint8Array) => boolean) | null;
}

/**
 * A function that is true when some pattern occurs in the text (each candidate verified), false when none does.
 * Never false for a text holding a pattern: every window the filter skips cannot end inside a pattern's first m units.
 */
export function skipFilter(patterns: readonly string[]): (text: string) => boolean {
  return canaryFilters(patterns).text;
}

/** `skipFilter` and `byteFilter` of `patterns`, sharing their tables. */
export function canaryFilters(patterns: readonly string[]): CanaryFilters {
  const live = patterns.filter((p) => p.length > 0);
  const m = shortest(live);
  // Short patterns gain nothing from skipping: every text goes to the automaton.
  if (live.length === 0 || m < 3) return { text: () => live.length > 0, bytes: null };
  const chars = tableOf(live.map(codes));
  const shared = ascii(live) ? chars : null;
  // UTF-8 keeps a well-formed pattern's bytes contiguous in the text's bytes; a lone surrogate would not, so a pattern
  // set holding any surrogate stays on the char path.
  const inBytes = byteScan(live, m, shared);
  const encoder = inBytes ? new TextEncoder() : null;
  let scratch = new Uint8Array(0);

  const inChars = (text: string): boolean => {
    const { shift, ends, m } = chars;
    const n = text.length;
    let j = m - 1;
    while (j < n) {
      const h = pairOf(text.charCodeAt(j - 1), text.charCodeAt(j));
      const s = shift[h]!;
      if (s !== 0) {
        j += s;
        continue;
      }
      const list = ends.get(h)!;
      const start = j - m + 1;
      for (let k = 0; k < list.length; k++) if (text.startsWith(live[list[k]!]!, start)) return true;
      j += 1;
    }
    return false;
  };

  const text = (text: string): boolean => {
    const n = text.length;
    if (!inBytes || n < BYTE_PATH_MIN || n > BYTE_PATH_MAX) return inChars(text);
    if (scratch.length < n * 3) scratch = new Uint8Array(Math.max(n * 3, 4096));
    const r = encoder!.encodeInto(text, scratch);
    // The buffer holds 3 bytes per unit, so all of the text fits; should an engine stop early, read the chars instead.
    return r.read === n && typeof r.written === 'number' ? inBytes(scratch, r.written) : inChars(text);
  };
  return { text, bytes: inBytes ? (b) => inBytes(b, b.length) : null };
}
