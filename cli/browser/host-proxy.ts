// Local forwarding proxy of a Firefox audit: carries the hosts that --host-resolver-rules map (HTTP by absolute URI,
// HTTPS by CONNECT tunnel) to their mapped address and refuses ~NOTFOUND hosts; it also serves the PAC file that sends
// Firefox here for exactly those hosts (host-rules.ts).
import http from 'node:http';
import net from 'node:net';
import { pacScript, routeOf, type HostRule } from './host-rules.ts';

export interface HostProxy {
  port: number;
  /** http://<host>:<port>/proxy.pac */
  pacUrl: string;
  /** Connections refused (scheme://host:port), for tests and notes */
  refused: string[];
  close(): Promise<void>;
}

/** `host`: the IPv4 address it listens on (test/support/proxy-scan.mjs uses one that is not loopback's). */
export async function startHostProxy(rules: readonly HostRule[], host = '127.0.0.1'): Promise<HostProxy> {
  const refused: string[] = [];
  const sockets = new Set<net.Socket>();
  let port = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/proxy.pac') {
      res.writeHead(200, { 'content-type': 'application/x-ns-proxy-autoconfig' }).end(pacScript(rules, port, host));
      return;
    }
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI required');
      return;
    }
    const route = target.protocol === 'http:' ? routeOf(rules, target.hostname, Number(target.port || 80)) : 'refuse';
    if (typeof route === 'string') {
      // 'direct' never gets here through the PAC file; refusing keeps the proxy from reaching hosts nobody mapped.
      refused.push(`${target.protocol}//${target.host}`);
      res.writeHead(502).end('host not mapped');
      return;
    }
    const upstream = http.request(
      {
        host: route.host,
        port: route.port,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, host: target.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const m = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(req.url ?? '');
    const host = m?.[1] ?? '';
    const route = m ? routeOf(rules, host, Number(m[2])) : 'refuse';
    if (typeof route === 'string') {
      refused.push(`https://${req.url ?? ''}`);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = net.connect(route.port, route.host, () => {
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
  port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
  return {
    port,
    pacUrl: `http://${host}:${port}/proxy.pac`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
