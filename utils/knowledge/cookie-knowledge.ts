// Cookie name -> known pattern: exact names via Map, then the longest matching prefix, then regexes; memoised per name.
import { COOKIE_PATTERNS } from '../../data/index.ts';
import type { CookiePattern } from '../../data/types.ts';

export interface CookieKnowledge {
  lookup(name: string): CookiePattern | null;
  /** Number of usable patterns. */
  readonly size: number;
  /** Patterns that were skipped (duplicate exact name, empty prefix, invalid regex). */
  readonly problems: readonly string[];
}

export interface CookieKnowledgeOptions {
  /** Names remembered, at most; older ones are forgotten first. Default 10 000. */
  cacheSize?: number;
}

// Cookie names are short in practice; anything longer is not worth scanning.
const MAX_NAME_LENGTH = 4096;

export function createCookieKnowledge(
  patterns: readonly CookiePattern[],
  options: CookieKnowledgeOptions = {},
): CookieKnowledge {
  const cacheSize = Math.max(1, Math.floor(options.cacheSize ?? 10_000));
  const problems: string[] = [];
  const exact = new Map<string, CookiePattern>();
  const prefixes: CookiePattern[] = [];
  const regexes: Array<{ re: RegExp; pattern: CookiePattern }> = [];

  for (const p of patterns) {
    if (p.match === 'exact') {
      if (exact.has(p.pattern)) problems.push(`duplicate exact cookie name ${p.pattern}`);
      else exact.set(p.pattern, p);
    } else if (p.match === 'prefix') {
      if (p.pattern.length === 0) problems.push('empty cookie prefix');
      else prefixes.push(p);
    } else {
      try {
        regexes.push({ re: new RegExp(p.pattern), pattern: p });
      } catch {
        problems.push(`invalid cookie regex ${p.pattern}`);
      }
    }
  }
  // Longest prefix first, so '_hjSessionUser_' wins over '_hj'.
  prefixes.sort((a, b) => b.pattern.length - a.pattern.length);

  // Two generations: a full young map becomes the old one, so memory stays bounded without per-entry eviction.
  const generation = Math.max(1, Math.ceil(cacheSize / 2));
  let young = new Map<string, CookiePattern | null>();
  let old = new Map<string, CookiePattern | null>();

  function remember(name: string, found: CookiePattern | null): void {
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
    young.set(name, found);
  }

  function resolve(name: string): CookiePattern | null {
    const hit = exact.get(name);
    if (hit) return hit;
    for (const p of prefixes) if (name.startsWith(p.pattern)) return p;
    for (const { re, pattern } of regexes) if (re.test(name)) return pattern;
    return null;
  }

  function lookup(name: string): CookiePattern | null {
    if (typeof name !== 'string') return null;
    const key = name.trim();
    if (key.length === 0 || key.length > MAX_NAME_LENGTH) return null;
    let found = young.get(key);
    if (found === undefined) {
      found = old.get(key);
      if (found === undefined) found = resolve(key);
      remember(key, found);
    }
    return found;
  }

  return { lookup, size: exact.size + prefixes.length + regexes.length, problems };
}

let defaultKnowledge: CookieKnowledge | null = null;

/** Knowledge over the bundled cookie patterns, built on first use. */
export function defaultCookieKnowledge(): CookieKnowledge {
  defaultKnowledge ??= createCookieKnowledge(COOKIE_PATTERNS);
  return defaultKnowledge;
}
