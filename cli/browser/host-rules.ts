// Chromium's --host-resolver-rules for Firefox, which has no such switch: the MAP/EXCLUDE rules are parsed here and
// applied by a local proxy (host-proxy.ts) that a generated PAC file sends only the mapped hosts to; others go direct.

export type HostRule =
  | { kind: 'map'; pattern: string; port: number | null; to: { host: string; port: number | null } | 'not-found' }
  | { kind: 'exclude'; pattern: string };

export type Route = 'direct' | 'refuse' | { host: string; port: number };

function splitHostPort(s: string): { host: string; port: number | null } | null {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(s);
  if (!m || !m[1]) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return { host: m[1].toLowerCase(), port };
}

/** The rules of a --host-resolver-rules value, or a message naming the first rule Firefox cannot follow. */
export function parseHostRules(value: string): HostRule[] | string {
  const rules: HostRule[] = [];
  for (const raw of value
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '')) {
    const parts = raw.split(/\s+/);
    const [verb, pattern, target] = parts;
    if (verb?.toUpperCase() === 'EXCLUDE' && pattern && parts.length === 2) {
      rules.push({ kind: 'exclude', pattern: pattern.toLowerCase() });
      continue;
    }
    if (verb?.toUpperCase() !== 'MAP' || !pattern || !target || parts.length !== 3) {
      return `--host-resolver-rules: Firefox runs support only "MAP <host>[:port] <ip>[:port]", "MAP <host> ~NOTFOUND" and "EXCLUDE <host>" (got "${raw.slice(0, 100)}")`;
    }
    const from = splitHostPort(pattern);
    if (!from) return `--host-resolver-rules: not a host pattern: "${pattern.slice(0, 100)}"`;
    if (target === '~NOTFOUND') {
      rules.push({ kind: 'map', pattern: from.host, port: from.port, to: 'not-found' });
      continue;
    }
    const to = splitHostPort(target);
    if (!to || to.host.includes('*')) return `--host-resolver-rules: not a target address: "${target.slice(0, 100)}"`;
    rules.push({ kind: 'map', pattern: from.host, port: from.port, to });
  }
  return rules.length ? rules : '--host-resolver-rules: no rule given';
}

/** Chromium's host pattern: `*` matches any run of characters. */
export function hostMatches(pattern: string, host: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(host);
}

/** Where a connection to host:port goes: the first rule that matches decides, as in Chromium. */
export function routeOf(rules: readonly HostRule[], host: string, port: number): Route {
  for (const r of rules) {
    if (!hostMatches(r.pattern, host)) continue;
    if (r.kind === 'exclude') return 'direct';
    if (r.port !== null && r.port !== port) continue;
    if (r.to === 'not-found') return 'refuse';
    return { host: r.to.host.replace(/^\[|\]$/g, ''), port: r.to.port ?? port };
  }
  return 'direct';
}

/**
 * A PAC file that sends a URL to the proxy exactly when routeOf would not go direct, so unmapped hosts keep their real
 * server address in the record (a proxy would make every server 127.0.0.1).
 */
export function pacScript(rules: readonly HostRule[], proxyPort: number, proxyHost = '127.0.0.1'): string {
  const table = JSON.stringify(
    rules.map((r) => (r.kind === 'exclude' ? [r.pattern, -1, 0] : [r.pattern, r.port ?? 0, 1])),
  );
  return `var RULES = ${table};
function FindProxyForURL(url, host) {
  var m = /^([a-z]+):\\/\\/(?:\\[[^\\]]*\\]|[^\\/:]*)(?::(\\d+))?/i.exec(url);
  var port = m && m[2] ? Number(m[2]) : (m && m[1].toLowerCase() === 'http' ? 80 : 443);
  for (var i = 0; i < RULES.length; i++) {
    var r = RULES[i];
    if (!shExpMatch(host.toLowerCase(), r[0])) continue;
    if (r[1] === -1) return 'DIRECT';
    if (r[1] !== 0 && r[1] !== port) continue;
    return 'PROXY ${proxyHost}:${proxyPort}';
  }
  return 'DIRECT';
}
`;
}
