// The demo site's answers: static files from demo/site/<host>/ and the few dynamic routes (cookies, beacons,
// redirects, collectors) that demo-server.mjs serves for every host it knows.
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE_ROOT = fileURLToPath(new URL('../../demo/site/', import.meta.url));

/** First-party collector hosts: every path answers like a collector (a GIF for GET, 204 otherwise). */
const COLLECTOR_HOSTS = new Set(['sp.shop.test', 'stats.shop.test', 'sgtm.shop.test']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

// Smallest transparent GIF: what real tracking pixels return.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const YEAR_S = 365 * 24 * 3600;

/**
 * @typedef {{ status: number, headers?: Record<string, string | string[]>, body?: string | Buffer }} Reply
 */

/** @param {number} bytes */
function randomId(bytes = 8) {
  return randomBytes(bytes).toString('hex');
}

/**
 * Resolve a URL path to a file under demo/site/<host>/, or null when it would leave that folder.
 * @param {string} host
 * @param {string} pathname
 */
function fileFor(host, pathname) {
  const base = path.join(SITE_ROOT, host);
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const full = path.join(base, path.normalize(decoded));
  return full === base || full.startsWith(base + path.sep) ? full : null;
}

/**
 * @param {string} host
 * @param {string} pathname
 * @returns {Promise<Reply>}
 */
export async function serveStatic(host, pathname) {
  let file = fileFor(host, pathname);
  if (!file) return { status: 400, body: 'bad path' };
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file);
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
    return { status: 200, headers: { 'content-type': type }, body };
  } catch {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  }
}

const REPORTS_TO = 'https://tracker.adnet.test/report?uid=csp-report';
/** The hostile Reporting API pages (route below): their response headers. */
const REPORTING_PAGES = {
  '/hostile/reporting-api.html': {
    'reporting-endpoints': `tk="${REPORTS_TO}"`,
    'content-security-policy': "img-src 'self'; report-to tk",
  },
  '/hostile/reporting-api-ga.html': {
    'reporting-endpoints': 'tk="https://www.google-analytics.com/g/collect?v=2&tid=G-REPORT&en=csp"',
    'content-security-policy': "img-src 'self'; report-to tk",
  },
  '/hostile/reporting-api-legacy.html': {
    'report-to': JSON.stringify({ group: 'tk', max_age: 86400, endpoints: [{ url: `${REPORTS_TO}-legacy` }] }),
    'content-security-policy': "img-src 'self'; report-to tk",
  },
  '/hostile/reporting-api-uri.html': {
    'content-security-policy': "img-src 'self'; report-uri https://tracker.adnet.test/report?uid=csp-uri",
  },
};

/**
 * Dynamic routes; null means "serve the static file".
 * @param {string} host
 * @param {string} method
 * @param {URL} url
 * @param {'http' | 'https'} scheme
 * @returns {Promise<Reply | null>}
 */
export async function route(host, method, url, scheme) {
  const p = url.pathname;
  const secure = scheme === 'https' ? '; Secure' : '';
  // site1.test, site2.test, ...: many small first parties for the many-tabs test, each with its own names.
  const site = /^site(\d{1,3})\.test$/.exec(host);
  if (site && p === '/') {
    const n = site[1];
    const html = `<!doctype html><title>Site ${n}</title><h1>Site ${n}</h1><script>
document.cookie = 'site${n}_pref=' + ${n} + '; path=/';
localStorage.setItem('site${n}_key', 'v${n}');
for (let i = 0; i < 5; i++) fetch('/api/site${n}/' + i);
new Image().src = 'https://tracker.adnet.test/pixel.gif?uid=site${n}';
</script>`;
    return {
      status: 200,
      headers: { 'content-type': 'text/html', 'set-cookie': `site${n}_session=s${n}; Path=/; HttpOnly${secure}` },
      body: html,
    };
  }
  if (site && p.startsWith('/api/'))
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
  if (host === 'www.shop.test') {
    if (p === '/' || p === '/index.html') {
      const page = await serveStatic(host, '/index.html');
      page.headers = {
        ...page.headers,
        'set-cookie': `shop_session=${randomId()}; Path=/; HttpOnly; SameSite=Lax${secure}`,
      };
      return page;
    }
    if (p === '/redirect') return { status: 302, headers: { location: '/' } };
    // Reports of its own CSP violations to a tracker by the Reporting API: sent without a tab (cli/reporting-api.ts);
    // -ga: to a known tracker's host (Google Analytics), whose route refuses the reports' preflight; -legacy: named by
    // the older `Report-To` header; -uri: CSP's `report-uri`, which the document itself POSTs.
    const reports = REPORTING_PAGES[p];
    if (reports)
      return {
        status: 200,
        headers: { 'content-type': 'text/html', ...reports },
        body: '<!doctype html><title>Hostile: reports to a tracker</title><link rel="icon" href="data:,"><h1>Reports</h1><img src="https://widget.embed.test/x.gif">',
      };
    // A preconnect to a tracker named only in a Link header (no request, no element): webRequest shows the header.
    if (p === '/hostile/preconnect-header.html')
      return {
        status: 200,
        headers: { 'content-type': 'text/html', link: '<https://www.google-analytics.com>; rel=preconnect' },
        body: '<!doctype html><title>Hostile: preconnect by header</title><link rel="icon" href="data:,"><h1>Header</h1>',
      };
    // Tracker requests its own CSP header blocks: never sent, so never a request of the record (hostile-never-sent).
    if (p === '/hostile/never-sent-header.html') {
      const page = await serveStatic(host, p);
      page.headers = {
        ...page.headers,
        'content-security-policy': "img-src 'self' data:; script-src 'self' 'unsafe-inline'; connect-src 'self'",
      };
      return page;
    }
    // A first-party click or pixel redirector (/r?u=...) that hands on to a demo host only.
    if (p === '/r') {
      const to = url.searchParams.get('u') ?? '';
      const ok = /^https:\/\/([a-z.-]+\.test|www\.facebook\.com)\//.test(to);
      return ok ? { status: 302, headers: { location: to } } : { status: 400 };
    }
    if (p === '/slow.gif') {
      // A resource that keeps the page loading: ?ms= up to 5 s.
      const ms = Math.min(5000, Math.max(0, Number(url.searchParams.get('ms')) || 0));
      await new Promise((r) => setTimeout(r, ms));
      return { status: 200, headers: { 'content-type': 'image/gif' }, body: GIF };
    }
    if (p === '/redirect-chain') return { status: 301, headers: { location: '/redirect' } };
    // An error page with a tracker on it: the CLI must call it "not audited", never clean.
    if (p === '/status/500')
      return {
        status: 500,
        headers: { 'content-type': 'text/html' },
        body: '<!doctype html><title>Error</title><h1>Server error</h1><img src="https://tracker.adnet.test/pixel.gif?uid=err">',
      };
    if (p.startsWith('/api/')) {
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ok: true, path: p }),
      };
    }
  }
  if (host === 'tracker.adnet.test') {
    if (p === '/pixel.gif') {
      // 16 bytes: one in seven 8-byte hex ids falls under the id heuristic's entropy bar, making audits of the same page differ.
      const uid = /^[\w-]{1,64}$/.test(url.searchParams.get('uid') ?? '') ? url.searchParams.get('uid') : randomId(16);
      return {
        status: 200,
        headers: {
          'content-type': 'image/gif',
          'set-cookie': `adnet_uid=${uid}; Path=/; Max-Age=${YEAR_S}; SameSite=None${secure}`,
        },
        body: GIF,
      };
    }
    // A Reporting API endpoint: the browser asks first (CORS), then POSTs the reports.
    if (p === '/report')
      return {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'content-type',
        },
      };
    if (p === '/beacon') return { status: 204, headers: { 'access-control-allow-origin': '*' } };
    // One server-sent event, then a retry far beyond any audit: one request per page.
    if (p === '/events')
      return {
        status: 200,
        headers: { 'content-type': 'text/event-stream', 'access-control-allow-origin': '*' },
        body: 'retry: 600000\ndata: hello\n\n',
      };
  }
  if (COLLECTOR_HOSTS.has(host)) {
    const cors = { 'access-control-allow-origin': '*' };
    return method === 'GET'
      ? { status: 200, headers: { 'content-type': 'image/gif', ...cors }, body: GIF }
      : { status: 204, headers: cors };
  }
  if (host === 'www.googletagmanager.com' && p === '/gtag/js') return serveStatic(host, '/gtag.js');
  if (host === 'www.google-analytics.com' && (p === '/g/collect' || p === '/collect')) {
    return { status: 204, headers: { 'access-control-allow-origin': '*' } };
  }
  if (host === 'www.youtube-nocookie.com' && p.startsWith('/embed/')) return serveStatic(host, '/embed.html');
  if (host === 'www.facebook.com' && p === '/tr')
    return { status: 200, headers: { 'content-type': 'image/gif' }, body: GIF };
  if (host === 'fonts.googleapis.com' && p === '/css2') {
    const css = await serveStatic(host, '/css2.css');
    css.headers = { ...css.headers, 'access-control-allow-origin': '*' };
    return css;
  }
  if (host === 'fonts.gstatic.com') {
    const font = await serveStatic(host, p);
    font.headers = { ...font.headers, 'access-control-allow-origin': '*' };
    return font;
  }
  return null;
}
