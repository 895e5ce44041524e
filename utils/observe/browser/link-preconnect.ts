// A document's `Link: <https://host>; rel=preconnect` response header asks the browser to open a connection to that
// origin, as the HTML's `<link rel=preconnect>` does (preconnect-watch.ts), and makes no request. Read from the
// response headers webRequest already hands over, for documents only (a header of a subresource is not acted on).
import { preconnectOrigin } from '../page/connection-events.ts';

/** Origins one response may name at most. */
const MAX_ORIGINS = 20;
// One link-value: <target> followed by its parameters, up to the next link-value.
const LINK_VALUE = /<([^>]*)>([^<]*)/g;
const REL = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i;

/** The origins a document response's Link headers preconnect to (absolute, http or https), or undefined. */
export function linkPreconnects(
  headers: ReadonlyArray<{ name: string; value?: string }> | undefined,
  base: string,
): string[] | undefined {
  if (!headers) return undefined;
  let out: string[] | undefined;
  for (const h of headers) {
    const name = h.name;
    if (typeof name !== 'string' || name.length !== 4 || name.toLowerCase() !== 'link') continue;
    if (typeof h.value !== 'string') continue;
    for (const m of h.value.slice(0, 16 * 1024).matchAll(LINK_VALUE)) {
      const rel = REL.exec(m[2] ?? '');
      const tokens = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
      if (!tokens.includes('preconnect')) continue;
      let url: string;
      try {
        url = new URL(m[1]!.trim(), base).href;
      } catch {
        continue;
      }
      const origin = preconnectOrigin(url)?.url;
      if (!origin || out?.includes(origin)) continue;
      (out ??= []).push(origin);
      if (out.length >= MAX_ORIGINS) return out;
    }
  }
  return out;
}
