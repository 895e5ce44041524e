// The bundled demo site: one HTTP and one HTTPS server posing as many hosts (by the Host header), for `npm run demo`
// and the end-to-end tests. What each host answers (static files, dynamic routes) is in demo-routes.mjs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { route, serveStatic } from './demo-routes.mjs';

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

/**
 * @typedef {{ t: number, host: string, method: string, path: string, status: number, scheme: 'http' | 'https' }} LogEntry
 * @typedef {import('./demo-routes.mjs').Reply} Reply
 */

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
 * WebSocket handshakes (to any known host): answered with 101 and held open (frames read and dropped), so that a page's
 * socket opens and sends; the handshake is logged like a request.
 * @param {LogEntry[]} log
 * @param {'http' | 'https'} scheme
 * @param {Set<import('node:stream').Duplex>} sockets
 */
function upgrader(log, scheme, sockets) {
  /** @type {(req: http.IncomingMessage, socket: import('node:stream').Duplex) => void} */
  return (req, socket) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const key = req.headers['sec-websocket-key'];
    const ok = KNOWN_HOSTS.has(host) && typeof key === 'string' && req.headers.upgrade?.toLowerCase() === 'websocket';
    log.push({
      t: Date.now(),
      host,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status: ok ? 101 : 400,
      scheme,
    });
    if (!ok) return void socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.on('data', () => {}); // frames the page sends are read and dropped
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
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
  /** @type {Set<import('node:stream').Duplex>} */
  const sockets = new Set();
  plain.on('upgrade', upgrader(log, 'http', sockets));
  secure.on('upgrade', upgrader(log, 'https', sockets));
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
      for (const s of sockets) s.destroy();
      await Promise.all([closeServer(plain), closeServer(secure)]);
    },
  };
}
