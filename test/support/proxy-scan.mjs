// Runs one `consent-auditor scan` of a demo page inside a network namespace whose loopback also holds a public-looking
// address (test/e2e/cli-proxy.test.ts starts it under `unshare -rn` and adds the address): the demo server, and either
// a forwarding proxy on that address (mode "proxy": the CLI gets only http_proxy/https_proxy) or a plain TCP relay on
// it that the host rules point at (mode "direct": --direct, so the address is the server's own). Prints the CLI's
// stdout (the JSON report) and stderr, and exits with its code.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';

const [mode, address, page] = process.argv.slice(2);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const server = await startDemoServer();

/** Every CONNECT (and absolute-URI request) goes to the demo server, whatever the host: a stand-in for a real proxy. */
function forwardingProxy() {
  const proxy = http.createServer((req, res) => {
    const target = new URL(req.url ?? '');
    const up = http.request(
      {
        host: '127.0.0.1',
        port: server.httpPort,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.rawHeaders);
        r.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  proxy.on('connect', (req, client, head) => {
    const up = net.connect(server.httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  return proxy;
}

/** A TCP relay from the public-looking address to the demo's HTTPS port: a direct connection to "a server" there. */
function relay() {
  return net.createServer((client) => {
    const up = net.connect(server.httpsPort, '127.0.0.1');
    client.pipe(up);
    up.pipe(client);
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
}

const front = mode === 'proxy' ? forwardingProxy() : relay();
const port = await new Promise((resolve) => front.listen(0, address, () => resolve(front.address().port)));
const env = { ...process.env, CONSENT_AUDITOR_CNAME: 'off' };
for (const k of Object.keys(env))
  if (/proxy$/i.test(k) || /^(DESKTOP_SESSION|XDG_CURRENT_DESKTOP)$/.test(k)) delete env[k];
const args = [
  'bin/consent-auditor.mjs',
  'scan',
  `https://www.shop.test${page}`,
  '--consent',
  'none',
  '--json',
  '-',
  '--no-config',
  '--no-sandbox',
  '--chromium-arg=--ignore-certificate-errors',
];
if (mode === 'proxy') {
  env.http_proxy = `http://${address}:${port}`;
  env.https_proxy = `http://${address}:${port}`;
} else {
  args.push('--direct', `--chromium-arg=--host-resolver-rules=MAP * ${address}:${port}`);
}
const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
front.close();
await server.close();
process.exit(code);
