// Pure parts of --crawl: sitemaps (and sitemap indexes), robots.txt Sitemap lines, URL templates for de-duplication,
// --include/--exclude globs, and the breadth-first choice of pages.
import { siteOf } from '../../utils/url/party.ts';

const MAX_LOCS = 50_000;

function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const n = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/** `<loc>`s of a sitemap: page URLs of a `<urlset>`, child sitemaps of a `<sitemapindex>`. */
export function parseSitemap(xml: string): { pages: string[]; sitemaps: string[] } {
  const isIndex = /<sitemapindex[\s>]/i.test(xml);
  const locs: string[] = [];
  const re = /<loc>\s*(?:<!\[CDATA\[)?([^<\]]*)(?:\]\]>)?\s*<\/loc>/gi;
  for (let m = re.exec(xml); m && locs.length < MAX_LOCS; m = re.exec(xml)) locs.push(decodeXml(m[1] ?? '').trim());
  const ok = locs.filter((u) => /^https?:\/\//i.test(u));
  return isIndex ? { pages: [], sitemaps: ok } : { pages: ok, sitemaps: [] };
}

/** `Sitemap:` lines of a robots.txt (any case, any group). */
export function robotsSitemaps(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => /^\s*sitemap\s*:\s*(\S+)/i.exec(l)?.[1] ?? '')
    .filter((u) => /^https?:\/\//i.test(u));
}

/**
 * A page's template: path segments that look like ids (numbers, hex, UUIDs, slugs with numbers) become placeholders.
 */
export function templateOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const segs = u.pathname.split('/').map((seg) => {
    if (/^\d+$/.test(seg)) return ':n';
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg)) return ':uuid';
    if (/^[0-9a-f]{12,}$/i.test(seg)) return ':hex';
    return seg.replace(/\d+/g, ':n');
  });
  const keys = [...new Set(u.searchParams.keys())].sort().join('&');
  return `${u.host}${segs.join('/')}${keys ? `?${keys}` : ''}`;
}

/** A path glob: `*` within one segment, `**` across segments, `?` one character. Matched against path + query. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export interface CrawlFilter {
  include: string[];
  exclude: string[];
}

/** Whether a URL is on the crawl's site and passes --include/--exclude (path + query). */
export function wanted(url: string, site: string, f: CrawlFilter): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || siteOf(u.hostname) !== site) return false;
  const target = u.pathname + u.search;
  if (f.include.length && !f.include.some((g) => globToRegExp(g).test(target))) return false;
  return !f.exclude.some((g) => globToRegExp(g).test(target));
}

/** The URL a crawl keys pages by: no fragment. */
export function pageKey(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * Breadth-first choice of up to `limit` pages: URLs in discovery order; the first page of each template is taken
 * first, further pages of a template only when there is room left at the end.
 */
export class Frontier {
  private readonly queue: string[] = [];
  private readonly seen = new Set<string>();
  private readonly templates = new Set<string>();
  private readonly later: string[] = [];
  readonly chosen: string[] = [];

  constructor(
    private readonly limit: number,
    private readonly site: string,
    private readonly filter: CrawlFilter,
  ) {}

  /** Offer URLs (seeds are taken even when a filter would drop them: the user asked for them). */
  add(urls: readonly string[], seed = false): void {
    for (const raw of urls) {
      const key = pageKey(raw);
      if (!key || this.seen.has(key)) continue;
      if (!seed && !wanted(key, this.site, this.filter)) continue;
      this.seen.add(key);
      this.queue.push(key);
    }
  }

  /** The next page to take (and read links from), or null when the crawl is done. */
  next(): string | null {
    if (this.chosen.length >= this.limit) return null;
    for (let u = this.queue.shift(); u !== undefined; u = this.queue.shift()) {
      const t = templateOf(u);
      if (this.templates.has(t)) {
        this.later.push(u);
        continue;
      }
      this.templates.add(t);
      this.chosen.push(u);
      return u;
    }
    return null;
  }

  /** After the queue ran dry: fill the remaining room with the pages of already-seen templates, in discovery order. */
  fill(): string[] {
    const room = Math.max(0, this.limit - this.chosen.length);
    const extra = this.later.splice(0, room);
    this.chosen.push(...extra);
    return extra;
  }
}
