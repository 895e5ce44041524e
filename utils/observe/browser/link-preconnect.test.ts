import { describe, expect, it } from 'vitest';
import { navigation } from '../../../test/support/raw-events.ts';
import { buildRecord } from '../../record/record.ts';
import { fromResponseStarted } from './adapter.ts';
import { linkPreconnects } from './link-preconnect.ts';

const PAGE = 'https://www.shop.example/page';
const link = (value: string) => [
  { name: 'Content-Type', value: 'text/html' },
  { name: 'Link', value },
];

describe('Link: rel=preconnect', () => {
  it('gives the origins of preconnect link-values only, resolved against the document', () => {
    const value =
      '</style.css>; rel=preload; as=style, <https://T.example/x?a=1,2>; rel="dns-prefetch preconnect"; crossorigin, ' +
      '<//cdn.example>; rel=preconnect, <https://only-dns.example>; rel=dns-prefetch, </same>; REL=Preconnect';
    expect(linkPreconnects(link(value), PAGE)).toEqual([
      'https://t.example',
      'https://cdn.example',
      'https://www.shop.example',
    ]);
  });

  it('none, a bad URL or a non-http scheme give nothing', () => {
    expect(linkPreconnects(undefined, PAGE)).toBeUndefined();
    expect(linkPreconnects(link('<https://a.example>; rel=preload'), PAGE)).toBeUndefined();
    expect(
      linkPreconnects(link('<javascript:x>; rel=preconnect, <http://[bad>; rel=preconnect'), PAGE),
    ).toBeUndefined();
  });

  it("a document's header becomes a browser-sourced preconnect entry; a subresource's is not acted on", () => {
    const headers = link('<https://www.google-analytics.com>; rel=preconnect');
    const doc = fromResponseStarted({
      requestId: 'main',
      url: PAGE,
      type: 'main_frame',
      tabId: 1,
      frameId: 0,
      timeStamp: 1100,
      statusCode: 200,
      responseHeaders: headers,
    });
    const img = fromResponseStarted({
      requestId: 'i',
      url: `${PAGE}.gif`,
      type: 'image',
      tabId: 1,
      frameId: 0,
      timeStamp: 1200,
      responseHeaders: headers,
    });
    expect(img).not.toHaveProperty('preconnects');
    const r = buildRecord(1, [...navigation(PAGE, 1, 1000), doc, img]).record!;
    const pre = r.requests.filter((q) => q.type === 'preconnect');
    expect(pre).toMatchObject([
      { url: 'https://www.google-analytics.com', party: 'third', t: 1100, source: 'browser', frameUrl: PAGE },
    ]);
  });
});
