// Local forwarding proxy for the Firefox harness: Firefox has no --host-resolver-rules, so demo hosts go through this
// proxy to the demo server's ephemeral ports (HTTP by absolute URI, HTTPS by CONNECT tunnel); any other host is refused.
import http from 'node:http';
import net from 'node:net';

/**
 * @param {{ httpPort: number, httpsPort: number, allowHost: (host: string) => boolean }} o
 * @returns {Promise<{ port: number, refused: string[], close: () => Promise<void> }>}
 */
export async function startTestProxy(o) {
  /** @type {string[]} */
  const refused = [];
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI required');
      return;
    }
    if (target.protocol !== 'http:' || !o.allowHost(target.hostname)) {
      refused.push(`${target.protocol}//${target.host}`);
      res.writeHead(502).end('not a demo host');
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: o.httpPort, method: req.method, path: `${target.pathname}${target.search}`, headers: { ...req.headers, host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    if (port !== '443' || !o.allowHost(host)) {
      refused.push(`https://${host}:${port}`);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = net.connect(o.httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
  return {
    port: /** @type {number} */ (port),
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
