import { describe, expect, it } from 'vitest';
import { Frontier, globToRegExp, parseSitemap, robotsSitemaps, templateOf, wanted } from './discover.ts';

describe('sitemaps and robots.txt', () => {
  it('a urlset gives pages (entities decoded, CDATA and non-http dropped); an index gives sitemaps', () => {
    const set = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc> https://a.example/x?a=1&amp;b=2 </loc></url><url><loc><![CDATA[https://a.example/y]]></loc></url>
      <url><loc>javascript:alert(1)</loc></url></urlset>`;
    expect(parseSitemap(set)).toEqual({ pages: ['https://a.example/x?a=1&b=2', 'https://a.example/y'], sitemaps: [] });
    const index = '<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>';
    expect(parseSitemap(index)).toEqual({ pages: [], sitemaps: ['https://a.example/s1.xml'] });
    expect(parseSitemap('<html>not a sitemap</html>')).toEqual({ pages: [], sitemaps: [] });
  });

  it('robots.txt Sitemap lines in any case and group', () => {
    expect(
      robotsSitemaps(
        'User-agent: *\nDisallow: /x\nsitemap: https://a.example/s.xml\r\nSITEMAP:https://a.example/t.xml\nSitemap: /relative.xml',
      ),
    ).toEqual(['https://a.example/s.xml', 'https://a.example/t.xml']);
  });
});

describe('templates and globs', () => {
  it.each<[string, string]>([
    ['https://a.example/products/123', 'a.example/products/:n'],
    ['https://a.example/products/9', 'a.example/products/:n'],
    ['https://a.example/p/item-42.html', 'a.example/p/item-:n.html'],
    ['https://a.example/o/0f8fad5b-d9cb-469f-a165-70867728950e', 'a.example/o/:uuid'],
    ['https://a.example/s?q=x&page=2', 'a.example/s?page&q'],
  ])('%s → %s', (url, t) => {
    expect(templateOf(url)).toBe(t);
  });

  it('globs: * in a segment, ** across segments', () => {
    expect(globToRegExp('/blog/*').test('/blog/post')).toBe(true);
    expect(globToRegExp('/blog/*').test('/blog/2024/post')).toBe(false);
    expect(globToRegExp('/blog/**').test('/blog/2024/post')).toBe(true);
    expect(globToRegExp('**/*.pdf').test('/files/a.pdf')).toBe(true);
    expect(globToRegExp('/a+b(c)').test('/a+b(c)')).toBe(true);
  });

  it('same site only, include/exclude on path and query', () => {
    const f = { include: ['/shop/**'], exclude: ['**/cart*'] };
    expect(wanted('https://www.a.example/shop/x', 'a.example', f)).toBe(true);
    expect(wanted('https://cdn.a.example/shop/x', 'a.example', f)).toBe(true);
    expect(wanted('https://b.example/shop/x', 'a.example', f)).toBe(false);
    expect(wanted('https://www.a.example/blog/x', 'a.example', f)).toBe(false);
    expect(wanted('https://www.a.example/shop/cart?id=1', 'a.example', f)).toBe(false);
    expect(wanted('mailto:x@a.example', 'a.example', f)).toBe(false);
  });
});

describe('Frontier', () => {
  it('breadth-first, one page per template first, the rest only to fill the limit', () => {
    const f = new Frontier(4, 'a.example', { include: [], exclude: [] });
    f.add(['https://a.example/'], true);
    f.add(['https://a.example/p/1', 'https://a.example/p/2', 'https://a.example/about#team', 'https://b.example/']);
    const taken: string[] = [];
    for (let u = f.next(); u; u = f.next()) {
      taken.push(u);
      if (u === 'https://a.example/')
        f.add(['https://a.example/p/3', 'https://a.example/contact', 'https://a.example/about']);
    }
    expect(taken).toEqual([
      'https://a.example/',
      'https://a.example/p/1',
      'https://a.example/about',
      'https://a.example/contact',
    ]);
    expect(f.fill()).toEqual([]);
    const g = new Frontier(3, 'a.example', { include: [], exclude: [] });
    g.add(['https://a.example/p/1', 'https://a.example/p/2', 'https://a.example/p/3'], true);
    while (g.next());
    expect(g.fill()).toEqual(['https://a.example/p/2', 'https://a.example/p/3']);
    expect(g.chosen).toHaveLength(3);
  });
});
