// Behind a proxy every response's address is the proxy's: a proxy on a German address must not make a tracker's
// server read "DE (EEA)". The run happens in a network namespace of its own (`unshare -rn`) whose loopback also holds
// a public German address, so the address Chromium reports has a real registry country; without the fix the proxied
// run would report exactly what the direct run below reports. A third run has only a managed Chromium policy name the
// proxy, in a /etc/chromium of its own mount namespace (nothing outside it sees the file), and asks for --direct; a
// fourth has only a file in such a /etc/chromium.d add --proxy-server.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../utils/export/report.ts';
import { loadIpTable } from '../../utils/knowledge/ip-country.ts';
import { requireBuiltExtension, ROOT } from './helpers.ts';

// Strato AG, registered in DE (utils/knowledge/ip-country.test.ts checks the table says so).
const GERMAN = '81.169.145.1';
const PAGE = '/trackers.html';
const GA = 'google-analytics.com';

/**
 * One scan of PAGE in fresh network and mount namespaces: "proxy" (only http_proxy/https_proxy set), "direct"
 * (--direct), "policy" (only a managed policy names the proxy; --direct given) or "chromiumd" (only a file in
 * /etc/chromium.d, which Debian's /usr/bin/chromium sources, adds --proxy-server).
 */
function scanIn(
  mode: 'proxy' | 'direct' | 'policy' | 'chromiumd',
): Promise<{ code: number | null; report: Report | null; stderr: string }> {
  const script = `ip link set lo up && ip addr add ${GERMAN}/32 dev lo && exec "${process.execPath}" test/support/proxy-scan.mjs ${mode} ${GERMAN} ${PAGE}`;
  const child = spawn('unshare', ['-rnm', 'sh', '-c', script], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      let report: Report | null = null;
      try {
        report = JSON.parse(stdout) as Report;
      } catch {
        report = null;
      }
      resolve({ code, report, stderr });
    });
  });
}

const gaOf = (r: Report | null) => r?.scenarios[0]?.thirdParties.find((t) => t.site === GA);

describe('a scan behind a proxy on a German address (Chromium follows https_proxy)', () => {
  let proxied: Awaited<ReturnType<typeof scanIn>>;
  let direct: Awaited<ReturnType<typeof scanIn>>;
  let policy: Awaited<ReturnType<typeof scanIn>>;
  let chromiumd: Awaited<ReturnType<typeof scanIn>>;

  beforeAll(async () => {
    requireBuiltExtension();
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: ROOT });
    // One after the other: two browsers side by side would only slow both on a loaded machine.
    proxied = await scanIn('proxy');
    direct = await scanIn('direct');
    policy = await scanIn('policy');
    chromiumd = await scanIn('chromiumd');
  }, 640_000);

  it('the address in play has a registry country: a direct connection to it reads DE (EEA)', () => {
    const table = loadIpTable(new Uint8Array(readFileSync(path.join(ROOT, 'public/data/ip-country.bin'))));
    expect(table.lookup(GERMAN)).toMatchObject({ country: 'DE', kind: 'public' });
    expect(direct.report, direct.stderr).not.toBeNull();
    expect(direct.report?.tool.network).toEqual({ proxy: null, serverLocations: 'direct', direct: true });
    const requests = direct.report?.scenarios[0]?.requests ?? [];
    expect(requests.find((r) => r.host === 'www.google-analytics.com')).toMatchObject({
      serverIp: GERMAN,
      serverCountry: 'DE',
    });
    expect(requests.some((r) => r.viaProxy)).toBe(false);
    // Google Ireland (IE) with its documented US recipients covered, and a server in DE: "ok".
    expect(gaOf(direct.report)?.transfer).toBe('ok');
  });

  it('through the proxy the same address is the proxy\'s: every server location reads "not known (proxy)"', () => {
    expect(proxied.report, proxied.stderr).not.toBeNull();
    expect(proxied.stderr).toContain('Chromium may use a proxy (env:http_proxy, env:https_proxy)');
    const report = proxied.report!;
    expect(report.tool.network).toEqual({ proxy: 'env:http_proxy, env:https_proxy', serverLocations: 'not known' });
    const s = report.scenarios[0]!;
    expect(s.errors.join('\n')).toContain('server locations not known: Chromium may have used a proxy');
    const located = s.requests.filter((r) => r.serverIp !== null);
    expect(located.length).toBeGreaterThan(3);
    // The browser did report the proxy's German address for them: only the fix keeps it from reading "DE".
    for (const r of located) expect(r).toMatchObject({ serverIp: GERMAN, serverCountry: null, viaProxy: true });
    const ga = gaOf(report);
    expect(ga?.serverCountries).toEqual([]);
    // The proxy's German address no longer vouches for an EEA server: the verdict cannot be decided, never "ok".
    expect(ga?.transfer).toBe('unknown');
    // The company side does not depend on the network path.
    expect(ga?.tracker).toEqual(gaOf(direct.report)?.tracker);
  });

  it('the findings are those of the direct run, apart from what rests on the server location', () => {
    const rules = (r: Report | null) =>
      (r?.scenarios[0]?.findings ?? []).map((f) => `${f.rule} ${f.subject.host ?? ''}`).sort();
    expect(rules(proxied.report)).toEqual(rules(direct.report));
    expect(proxied.code).toBe(direct.code);
  });

  it('a proxy set only by a managed Chromium policy is seen, and --direct does not hide it (Chromium follows it)', () => {
    expect(policy.report, policy.stderr).not.toBeNull();
    const managed = '/etc/chromium/policies/managed/audit-proxy.json';
    expect(policy.stderr).toContain(`Chromium may use a proxy (policy:${managed}:ProxyMode="fixed_servers")`);
    expect(policy.stderr).toContain('which --direct cannot turn off');
    const report = policy.report!;
    expect(report.tool.network).toEqual({
      proxy: `policy:${managed}:ProxyMode="fixed_servers"`,
      serverLocations: 'not known',
      direct: true,
    });
    const located = report.scenarios[0]!.requests.filter((r) => r.serverIp !== null);
    expect(located.length).toBeGreaterThan(3);
    // --no-proxy-server was on the command line, yet every response came from the policy's proxy.
    for (const r of located) expect(r).toMatchObject({ serverIp: GERMAN, serverCountry: null, viaProxy: true });
    expect(gaOf(report)?.transfer).toBe('unknown');
  });

  it("a --proxy-server added only by /etc/chromium.d is seen when the executable is Debian's wrapper", () => {
    expect(chromiumd.report, chromiumd.stderr).not.toBeNull();
    const report = chromiumd.report!;
    expect(report.tool.network).toEqual({ proxy: 'chromium.d:arg:--proxy-server', serverLocations: 'not known' });
    const located = report.scenarios[0]!.requests.filter((r) => r.serverIp !== null);
    expect(located.length).toBeGreaterThan(3);
    for (const r of located) expect(r).toMatchObject({ serverIp: GERMAN, serverCountry: null, viaProxy: true });
  });
});
