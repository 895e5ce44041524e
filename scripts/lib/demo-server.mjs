// The bundled demo site: one HTTP and one HTTPS server posing as many hosts (by the Host header), for `npm run demo`
// and the end-to-end tests. Static files come from demo/site/<host>/; a few routes are dynamic (cookies, beacons, redirects).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE_ROOT = fileURLToPath(new URL('../../demo/site/', import.meta.url));
const CERT_DIR = fileURLToPath(new URL('../../test/fixtures/certs/', import.meta.url));

/** The demo's own hosts (first party www/cdn.shop.test, a tracker, an embedded widget). */
export const DEMO_HOSTS = Object.freeze([
  'www.shop.test',
  'cdn.shop.test',
  'tracker.adnet.test',
  'widget.embed.test',
  // The shop's own collectors (Snowplow, Matomo, server-side GA4) for the first-party collector fixture.
  'sp.shop.test',
  'stats.shop.test',
  'sgtm.shop.test',
]);

/** First-party collector hosts: every path answers like a collector (a GIF for GET, 204 otherwise). */
const COLLECTOR_HOSTS = new Set(['sp.shop.test', 'stats.shop.test', 'sgtm.shop.test']);

/** Real tracker hostnames mapped to the local server; HSTS-preloaded, so they are served over HTTPS only. */
export const TRACKER_HOSTS = Object.freeze([
  'www.google-analytics.com',
  'www.googletagmanager.com',
  'connect.facebook.net',
  'www.facebook.com',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'www.youtube-nocookie.com',
  'snap.licdn.com',
  // Known only to third-party-web (Feedbackify, company InsideMetrics): named in the report, country not known.
  'www.feedbackify.com',
  // Issue 17: a local session-replay stub on Hotjar's script host (demo/site/static.hotjar.com).
  'static.hotjar.com',
]);

const HTTPS_ONLY = new Set(TRACKER_HOSTS);
const KNOWN_HOSTS = new Set([...DEMO_HOSTS, ...TRACKER_HOSTS]);

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
 * @typedef {{ t: number, host: string, method: string, path: string, status: number, scheme: 'http' | 'https' }} LogEntry
 * @typedef {{ status: number, headers?: Record<string, string | string[]>, body?: string | Buffer }} Reply
 */

/** @param {number} bytes */
function randomId(bytes = 8) {
  return randomBytes(bytes).toString('hex');
}

/**
 * The --host-resolver-rules value that sends every demo and tracker host to this server (port 80 -> HTTP, 443 -> HTTPS)
 * and makes every other name fail, so that a test never reaches the real network.
 * @param {number} httpPort
 * @param {number} httpsPort
 */
export function hostRulesFor(httpPort, httpsPort) {
  const rules = [];
  for (const pattern of ['*.test', ...TRACKER_HOSTS]) {
    rules.push(`MAP ${pattern}:443 127.0.0.1:${httpsPort}`, `MAP ${pattern}:80 127.0.0.1:${httpPort}`);
  }
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');
  return rules.join(', ');
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
async function serveStatic(host, pathname) {
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

/**
 * Dynamic routes; null means "serve the static file".
 * @param {string} host
 * @param {string} method
 * @param {URL} url
 * @param {'http' | 'https'} scheme
 * @returns {Promise<Reply | null>}
 */
async function route(host, method, url, scheme) {
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
    if (p === '/beacon') return { status: 204, headers: { 'access-control-allow-origin': '*' } };
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

/**
 * @param {LogEntry[]} log
 * @param {'http' | 'https'} scheme
 * @returns {http.RequestListener}
 */
function handler(log, scheme) {
  return (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const method = req.method ?? 'GET';
    const rawPath = req.url ?? '/';
    /** @param {Reply} r */
    const reply = (r) => {
      log.push({ t: Date.now(), host, method, path: rawPath, status: r.status, scheme });
      // Every response is fresh so that every page load reaches the server (and its log).
      res.writeHead(r.status, { 'cache-control': 'no-store', ...r.headers });
      res.end(method === 'HEAD' ? undefined : r.body);
    };
    // Drain the body (beacons, POSTs) before answering.
    req.resume();
    req.on('end', () => {
      void (async () => {
        if (!KNOWN_HOSTS.has(host) && !/^site\d{1,3}\.test$/.test(host))
          return reply({ status: 404, headers: { 'content-type': 'text/plain' }, body: `unknown host ${host}` });
        if (scheme === 'http' && HTTPS_ONLY.has(host)) {
          return reply({ status: 301, headers: { location: `https://${host}${rawPath}` } });
        }
        let url;
        try {
          url = new URL(rawPath, `${scheme}://${host}`);
        } catch {
          return reply({ status: 400, body: 'bad url' });
        }
        try {
          reply((await route(host, method, url, scheme)) ?? (await serveStatic(host, url.pathname)));
        } catch (e) {
          reply({ status: 500, headers: { 'content-type': 'text/plain' }, body: String(e) });
        }
      })();
    });
  };
}

/**
 * @param {http.Server | https.Server} server
 * @param {number} port
 * @returns {Promise<number>}
 */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}

/** @param {http.Server | https.Server} server */
function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve(undefined));
    server.closeAllConnections();
  });
}

/**
 * Start the demo site. Ports default to 0 (ephemeral) so that parallel runs do not collide.
 * @param {{ httpPort?: number, httpsPort?: number }} [options]
 */
export async function startDemoServer({ httpPort = 0, httpsPort = 0 } = {}) {
  /** @type {LogEntry[]} */
  const log = [];
  const plain = http.createServer(handler(log, 'http'));
  const secure = https.createServer(
    { key: readFileSync(path.join(CERT_DIR, 'key.pem')), cert: readFileSync(path.join(CERT_DIR, 'cert.pem')) },
    handler(log, 'https'),
  );
  const boundHttp = await listen(plain, httpPort);
  let boundHttps;
  try {
    boundHttps = await listen(secure, httpsPort);
  } catch (e) {
    await closeServer(plain);
    throw e;
  }
  return {
    httpPort: boundHttp,
    httpsPort: boundHttps,
    hostRules: hostRulesFor(boundHttp, boundHttps),
    log,
    close: async () => {
      await Promise.all([closeServer(plain), closeServer(secure)]);
    },
  };
}
