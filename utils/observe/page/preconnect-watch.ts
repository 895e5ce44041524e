// `<link rel=preconnect>` opens a connection (DNS, TCP and TLS) to an origin without a request, so no webRequest event
// shows it; in the HTML, added by script or given a new `rel`/`href` later, the isolated world sees it in the DOM the
// page shares with it (a MutationObserver the page cannot reach). `dns-prefetch` only asks the visitor's resolver and
// is not reported (README, "Request kinds").
import type { PageEvent } from '../events.ts';
import { validatePageEvent } from './page-events.ts';

/** Reports each origin the document preconnects to, once, from now on (the HTML's links as the parser adds them). */
export function watchPreconnects(doc: Document, push: (ev: PageEvent) => void): void {
  try {
    // A live list: each DOM change costs a look at the document's few links, not at the nodes added.
    const links = doc.getElementsByTagName('link');
    const seen = new Set<string>();
    const check = (): void => {
      for (let n = 0; n < links.length; n++) {
        const link = links[n];
        if (!link?.relList.contains('preconnect')) continue;
        const now = Date.now();
        const ev = validatePageEvent(
          { k: 'page-connection', t: now, api: 'preconnect', url: link.href },
          location.href,
          now,
        );
        if (!ev || ev.k !== 'page-connection' || seen.has(ev.url)) continue;
        seen.add(ev.url);
        push(ev);
      }
    };
    check();
    new MutationObserver(check).observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['rel', 'href'],
    });
  } catch {
    // no DOM to watch (an odd document): nothing is reported
  }
}
