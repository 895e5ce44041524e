// Runs one `consent-auditor scan` of a demo page inside a network namespace whose loopback also holds a public-looking
// address (test/e2e/cli-proxy.test.ts starts it under `unshare -rnm` and adds the address): the demo server, and
// either the product's forwarding proxy (cli/browser/host-proxy.ts, from the CLI bundle) on that address, or a plain
// TCP relay on it that the host rules point at (mode "direct": --direct, so the address is the server's own).
// Mode "proxy": the CLI gets only http_proxy/https_proxy. Mode "policy": only a managed Chromium policy names the
// proxy, in a /etc/chromium that exists in this mount namespace alone, and the CLI is asked for --direct. Mode
// "chromiumd": only a file in such a /etc/chromium.d adds --proxy-server (Debian's /usr/bin/chromium sources it).
// Prints the CLI's stdout (the JSON report) and stderr, and exits with its code.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { parseHostRules, startHostProxy } from '../../dist/cli/browser.mjs';

const [mode, address, page] = process.argv.slice(2);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const server = await startDemoServer();

/** A TCP relay from the public-looking address to the demo's HTTPS port: a direct connection to "a server" there. */
async function relay() {
  const front = net.createServer((client) => {
    const up = net.connect(server.httpsPort, '127.0.0.1');
    client.pipe(up);
    up.pipe(client);
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  const port = await new Promise((resolve) => front.listen(0, address, () => resolve(front.address().port)));
  return { port, close: () => new Promise((resolve) => front.close(() => resolve())) };
}

/** A copy of `folder` with `files` added, bind-mounted over it: visible in this mount namespace only. */
function mountOver(folder, files) {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'ca-etc-'));
  if (existsSync(folder)) cpSync(folder, copy, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(copy, name)), { recursive: true });
    writeFileSync(path.join(copy, name), body);
  }
  const r = spawnSync('mount', ['--bind', copy, folder], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount --bind over ${folder} failed: ${r.stderr || r.error}`);
  return { folder, copy };
}

/** The system setting that alone names the proxy in modes "policy" and "chromiumd". */
function mountSetting(proxyPort) {
  const proxy = `${address}:${proxyPort}`;
  if (mode === 'policy') {
    const policy = { ProxyMode: 'fixed_servers', ProxyServer: proxy };
    return mountOver('/etc/chromium', { 'policies/managed/audit-proxy.json': JSON.stringify(policy) });
  }
  if (mode === 'chromiumd')
    return mountOver('/etc/chromium.d', {
      'zz-audit-proxy': `export CHROMIUM_FLAGS="$CHROMIUM_FLAGS --proxy-server=http://${proxy}"\n`,
    });
  return null;
}

// Every host the demo poses as: plain HTTP to its HTTP port, CONNECT on 443 to its HTTPS port.
const rules = parseHostRules(`MAP *:80 127.0.0.1:${server.httpPort}, MAP *:443 127.0.0.1:${server.httpsPort}`);
if (typeof rules === 'string') throw new Error(rules);
const front = mode === 'direct' ? await relay() : await startHostProxy(rules, address);
const mounted = mountSetting(front.port);
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
  env.http_proxy = `http://${address}:${front.port}`;
  env.https_proxy = `http://${address}:${front.port}`;
} else if (mode === 'policy') {
  args.push('--direct');
} else if (mode === 'chromiumd') {
  // Debian's launcher script, whatever CHROMIUM_PATH says: the binary itself does not read /etc/chromium.d.
  args.push('--chromium', '/usr/bin/chromium');
} else if (mode === 'direct') {
  args.push('--direct', `--chromium-arg=--host-resolver-rules=MAP * ${address}:${front.port}`);
}
const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
if (front.refused?.length) process.stderr.write(`proxy-scan: the proxy refused ${front.refused.join(' ')}\n`);
await front.close();
await server.close();
if (mounted) {
  spawnSync('umount', [mounted.folder]);
  rmSync(mounted.copy, { recursive: true, force: true });
}
process.exit(code);
