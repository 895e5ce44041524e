// --crawl N, browser side: robots.txt Sitemap lines and /sitemap.xml (indexes followed), then the links of each page
// taken, breadth-first, in a plain Chromium (no extension: discovery is not the audit) with the run's switches, so
// that proxies and host mappings apply as in the audit.
import type { Page } from 'playwright-core';
import { launchAuditBrowser } from '../browser/index.ts';
import { siteOf } from '../../utils/url/party.ts';
import { Frontier, parseSitemap, robotsSitemaps, type CrawlFilter } from './discover.ts';

const MAX_SITEMAPS = 20;

export interface CrawlOptions extends CrawlFilter {
  limit: number;
  chromium: string;
  chromiumArgs: string[];
  sandbox: boolean;
  loadTimeoutMs: number;
  log: (line: string) => void;
}

export interface CrawlResult {
  urls: string[];
  fromSitemaps: number;
  sitemaps: string[];
}

/** A text file of the site: fetched from the page when it is on the same origin (an XML file served for download
 * cannot be navigated to), else loaded as a page. Null when it is missing or does not come in time. */
async function fetchText(page: Page, url: string, timeout: number): Promise<string | null> {
  try {
    if (new URL(page.url()).origin === new URL(url).origin) {
      return await page.evaluate(
        async ({ u, ms }) => {
          const r = await fetch(u, { credentials: 'omit', signal: AbortSignal.timeout(ms) });
          return r.ok ? (await r.text()).slice(0, 50_000_000) : null;
        },
        { u: url, ms: timeout },
      );
    }
    const r = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    return r && r.status() < 400 ? await r.text() : null;
  } catch {
    return null;
  }
}

async function sitemapPages(
  page: Page,
  origins: readonly string[],
  timeout: number,
): Promise<{ pages: string[]; read: string[] }> {
  const queue: string[] = [];
  for (const origin of origins) {
    queue.push(
      ...robotsSitemaps((await fetchText(page, `${origin}/robots.txt`, timeout)) ?? ''),
      `${origin}/sitemap.xml`,
    );
  }
  const done = new Set<string>();
  const pages: string[] = [];
  const read: string[] = [];
  while (queue.length && done.size < MAX_SITEMAPS) {
    const url = queue.shift() ?? '';
    if (done.has(url)) continue;
    done.add(url);
    const xml = await fetchText(page, url, timeout);
    if (xml === null) continue;
    const s = parseSitemap(xml);
    if (s.pages.length || s.sitemaps.length) read.push(url);
    pages.push(...s.pages);
    queue.push(...s.sitemaps);
  }
  return { pages, read };
}

export async function crawl(seeds: readonly string[], o: CrawlOptions): Promise<CrawlResult> {
  const first = new URL(seeds[0] ?? '');
  const frontier = new Frontier(o.limit, siteOf(first.hostname), o);
  frontier.add(seeds, true);
  const browser = await launchAuditBrowser({
    chromiumPath: o.chromium,
    extraArgs: o.chromiumArgs,
    sandbox: o.sandbox,
    warmupUrl: null,
  });
  try {
    const page = await browser.context.newPage();
    const origins = Array.from(new Set(seeds.map((s) => new URL(s).origin)));
    const fromMaps = await sitemapPages(page, origins, o.loadTimeoutMs);
    frontier.add(fromMaps.pages);
    for (let url = frontier.next(); url !== null; url = frontier.next()) {
      o.log(`crawl [${frontier.chosen.length}/${o.limit}] ${url}`);
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: o.loadTimeoutMs });
        const links = await page.evaluate(() => Array.from(document.links, (a) => a.href).slice(0, 5000));
        frontier.add(links);
      } catch {
        // A page that does not load is still audited (and reported as not audited); it just gives no links.
      }
    }
    frontier.fill();
    const fromSitemaps = frontier.chosen.filter((u) => fromMaps.pages.includes(u)).length;
    return { urls: [...frontier.chosen], fromSitemaps, sitemaps: fromMaps.read };
  } finally {
    await browser.close();
  }
}
