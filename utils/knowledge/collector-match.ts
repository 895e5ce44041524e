// Request signature -> tracking collector, on any host. All
// signatures are indexed once by the path's last segment (or a
// fixed prefix): a request costs one Map lookup, and only the few candidates' path regex and parameters are checked.
import { COLLECTORS, type CollectorOnward, type CollectorSignature } from '../../data/collectors.ts';

export interface CollectorMatch {
  id: string;
  name: string;
  needsConsent: boolean;
  /** Why the request is that collector, in words (shown in the finding's notes). */
  evidence: string;
  /** Where the hits go after the first server, as the vendor documents the set-up (absent: not known). */
  onward?: CollectorOnward;
}

export interface CollectorMatcher {
  /** `path` without query; `query` without the leading '?'; `method` as recorded (GET when unknown). */
  match(path: string, query: string, method?: string): CollectorMatch | null;
  /** The same for a request's `url` and its `path`: the query is cut from the URL only when a signature could fit. */
  matchIn(url: string, path: string, method?: string): CollectorMatch | null;
  matchUrl(url: string, method?: string): CollectorMatch | null;
  readonly problems: readonly string[];
}

interface Compiled {
  own: RegExp;
  params: Array<[string, RegExp]>;
  methods: ReadonlySet<string> | null;
  result: CollectorMatch;
}

const MAX_PATH = 2048;
const MAX_QUERY = 8192;
const MAX_PARAM = 200;

export function createCollectorMatcher(signatures: readonly CollectorSignature[] = COLLECTORS): CollectorMatcher {
  const problems: string[] = [];
  const byLast = new Map<string, Compiled[]>();
  const byPrefix: Array<{ prefix: string; c: Compiled }> = [];
  // Final characters of the indexed last segments ('/' for an empty one): most paths ('.js', '.png') end elsewhere.
  const lastChars = new Set<number>();
  for (const sig of signatures) {
    if (!sig.path.startsWith('^')) {
      problems.push(`collector ${sig.id}: path must be anchored with ^`);
      continue;
    }
    let c: Compiled;
    try {
      c = {
        own: new RegExp(sig.path),
        params: Object.entries(sig.params ?? {}).map(([k, v]): [string, RegExp] => [k, new RegExp(v)]),
        methods: sig.methods ? new Set(sig.methods) : null,
        result: {
          id: sig.id,
          name: sig.name,
          needsConsent: sig.needsConsent,
          evidence: sig.evidence,
          ...(sig.onward ? { onward: sig.onward } : {}),
        },
      };
    } catch (e) {
      problems.push(`collector ${sig.id}: ${String(e)}`);
      continue;
    }
    if ('prefix' in sig.index) byPrefix.push({ prefix: sig.index.prefix, c });
    else {
      for (const last of sig.index.last) {
        lastChars.add(last === '' ? 47 : last.charCodeAt(last.length - 1));
        const list = byLast.get(last);
        if (list) list.push(c);
        else byLast.set(last, [c]);
      }
    }
  }

  function fits(c: Compiled, path: string, query: string, method: string): boolean {
    if (c.methods && !c.methods.has(method)) return false;
    if (!c.own.test(path)) return false;
    if (c.params.length === 0) return true;
    const q = new URLSearchParams(query);
    for (const [name, re] of c.params) {
      const v = q.get(name);
      if (v === null || v.length > MAX_PARAM || !re.test(v)) return false;
    }
    return true;
  }

  function match(path: string, query: string, method = 'GET'): CollectorMatch | null {
    return find(path, typeof query === 'string' ? query : '', '', method);
  }

  function matchIn(url: string, path: string, method = 'GET'): CollectorMatch | null {
    return find(path, null, typeof url === 'string' ? url : '', method);
  }

  /** `query` null: read it from `url` (most paths fit no signature, and then no query is cut). */
  function find(path: string, query: string | null, url: string, method: string): CollectorMatch | null {
    if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH) return null;
    let prefixed: Compiled | null = null;
    for (let i = 0; i < byPrefix.length; i++) {
      const p = byPrefix[i];
      if (p !== undefined && path.startsWith(p.prefix)) {
        prefixed = p.c;
        break;
      }
    }
    const candidates = lastChars.has(path.charCodeAt(path.length - 1))
      ? byLast.get(path.slice(path.lastIndexOf('/') + 1))
      : undefined;
    if (candidates === undefined && prefixed === null) return null;
    const whole = query ?? queryOf(url);
    const q = whole.length <= MAX_QUERY ? whole : '';
    const m = typeof method === 'string' ? method.toUpperCase() : 'GET';
    for (const c of candidates ?? []) if (fits(c, path, q, m)) return c.result;
    return prefixed && fits(prefixed, path, q, m) ? prefixed.result : null;
  }

  function matchUrl(url: string, method?: string): CollectorMatch | null {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return null;
    }
    return match(u.pathname, u.search.slice(1), method);
  }

  return { match, matchIn, matchUrl, problems };
}

/** The query of a URL without the '?' and the fragment ('' when it has none). */
function queryOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#');
  // A '?' inside the fragment starts no query: `/g/collect#?v=2&tid=G-X` sends no parameters.
  if (hash >= 0 && hash < q) return '';
  return url.slice(q + 1, hash < 0 ? undefined : hash);
}

let defaultMatcher: CollectorMatcher | null = null;

export function defaultCollectorMatcher(): CollectorMatcher {
  defaultMatcher ??= createCollectorMatcher();
  return defaultMatcher;
}
