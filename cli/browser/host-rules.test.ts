import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { hostMatches, pacScript, parseHostRules, routeOf, type HostRule } from './host-rules.ts';

const DEMO = 'MAP *.test:443 127.0.0.1:4443, MAP *.test:80 127.0.0.1:8080, MAP * ~NOTFOUND, EXCLUDE localhost';

function rules(s: string): HostRule[] {
  const r = parseHostRules(s);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

/** The PAC file's answer, run in a sandbox with the one PAC helper it uses. */
function pac(rs: HostRule[], url: string): string {
  const host = new URL(url).hostname;
  const sandbox: Record<string, unknown> = {
    shExpMatch: (s: string, p: string) =>
      new RegExp(
        `^${p
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
      ).test(s),
  };
  runInNewContext(pacScript(rs, 9999), sandbox);
  return runInNewContext(`FindProxyForURL(${JSON.stringify(url)}, ${JSON.stringify(host)})`, sandbox) as string;
}

describe('--host-resolver-rules for Firefox', () => {
  it('routes like Chromium: first matching rule, port-specific maps, ~NOTFOUND refused, unmapped hosts direct', () => {
    const r = rules(DEMO);
    expect(routeOf(r, 'www.shop.test', 443)).toEqual({ host: '127.0.0.1', port: 4443 });
    expect(routeOf(r, 'tracker.adnet.test', 80)).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(routeOf(r, 'www.google-analytics.com', 443)).toBe('refuse');
    expect(routeOf(rules('MAP a.example 10.0.0.1'), 'a.example', 8443)).toEqual({ host: '10.0.0.1', port: 8443 });
    expect(routeOf(rules('MAP a.example 10.0.0.1'), 'b.example', 443)).toBe('direct');
    expect(routeOf(rules('EXCLUDE a.example, MAP * ~NOTFOUND'), 'a.example', 443)).toBe('direct');
  });

  it('the PAC file sends exactly the hosts the proxy handles to it, so other hosts keep their real server address', () => {
    const r = rules('MAP *.test:443 127.0.0.1:4443, MAP blocked.example ~NOTFOUND');
    expect(pac(r, 'https://www.shop.test/x')).toBe('PROXY 127.0.0.1:9999');
    expect(pac(r, 'http://www.shop.test/x')).toBe('DIRECT');
    expect(pac(r, 'https://blocked.example/')).toBe('PROXY 127.0.0.1:9999');
    expect(pac(r, 'https://www.example.org/')).toBe('DIRECT');
    for (const [url, host, port] of [
      ['https://www.shop.test/a', 'www.shop.test', 443],
      ['https://x.org:8443/', 'x.org', 8443],
    ] as const) {
      expect(pac(r, url) === 'DIRECT', url).toBe(routeOf(r, host, port) === 'direct');
    }
  });

  it('refuses what Firefox cannot follow with a message naming the rule', () => {
    expect(parseHostRules('MAP')).toMatch(/support only/);
    expect(parseHostRules('UNMAP foo')).toMatch(/got "UNMAP foo"/);
    expect(parseHostRules('MAP a.example *.b')).toMatch(/not a target address/);
    expect(parseHostRules('MAP a.example 1.2.3.4:99999')).toMatch(/not a target address/);
    expect(parseHostRules(' , ')).toMatch(/no rule given/);
  });

  it('host patterns: * spans dots, everything else is literal', () => {
    expect(hostMatches('*.test', 'a.b.test')).toBe(true);
    expect(hostMatches('*.test', 'test')).toBe(false);
    expect(hostMatches('a.b', 'axb')).toBe(false);
  });
});
