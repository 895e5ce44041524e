// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageEvent } from '../events.ts';
import { watchPreconnects } from './preconnect-watch.ts';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const link = (rel: string, href: string): HTMLLinkElement => {
  const l = document.createElement('link');
  l.rel = rel;
  l.href = href;
  return l;
};

describe('preconnect watch', () => {
  it('reports each preconnected origin once: present, added, or made a preconnect later; not dns-prefetch', async () => {
    document.head.replaceChildren(link('preconnect', 'https://a.example/x'), link('dns-prefetch', '//dns.example'));
    const seen: PageEvent[] = [];
    watchPreconnects(document, (ev) => seen.push(ev));
    const urls = (): unknown[] => seen.map((e) => (e.k === 'page-connection' ? [e.api, e.url, e.host] : e.k));
    expect(urls()).toEqual([['preconnect', 'https://a.example', 'a.example']]);

    const box = document.createElement('div');
    box.append(link('preconnect dns-prefetch', 'https://b.example/'), link('preconnect', 'https://a.example/again'));
    document.body.append(box);
    const late = link('icon', 'https://c.example/');
    document.head.append(late);
    await settle();
    expect(urls()).toEqual([
      ['preconnect', 'https://a.example', 'a.example'],
      ['preconnect', 'https://b.example', 'b.example'],
    ]);
    late.rel = 'preconnect';
    await settle();
    expect(urls()).toContainEqual(['preconnect', 'https://c.example', 'c.example']);
    expect(seen).toHaveLength(3);
  });

  it('ignores what is not an http(s) origin', async () => {
    document.body.replaceChildren();
    document.head.replaceChildren(link('preconnect', 'javascript:void(0)'), link('preconnect', 'data:,x'));
    const seen: PageEvent[] = [];
    watchPreconnects(document, (ev) => seen.push(ev));
    await settle();
    expect(seen).toEqual([]);
  });
});
