import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args.ts';
import { firefoxPlan } from '../firefox-options.ts';
import {
  chromiumProxySetting,
  networkInfo,
  NO_PROXY_SWITCH,
  proxyNote,
  proxyPlan,
  proxyWarning,
  throughProxy,
} from './proxy-setting.ts';
import type { PolicyProxy, SystemProxy } from './system-proxy.ts';
import { Visit } from '../../test/support/findings.ts';

const P = 'http://proxy.example:3128';

describe('chromiumProxySetting: the proxy settings Chromium 156 follows (README "Audit without a proxy")', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['nothing', {}, null],
    ['http_proxy', { http_proxy: P }, 'env:http_proxy'],
    ['HTTP_PROXY', { HTTP_PROXY: P }, 'env:HTTP_PROXY'],
    ['https_proxy', { https_proxy: P }, 'env:https_proxy'],
    ['HTTPS_PROXY', { HTTPS_PROXY: P }, 'env:HTTPS_PROXY'],
    ['all_proxy', { all_proxy: 'socks5://127.0.0.1:1080' }, 'env:all_proxy'],
    ['ALL_PROXY', { ALL_PROXY: P }, 'env:ALL_PROXY'],
    ['auto_proxy (a PAC URL)', { auto_proxy: `${P}/proxy.pac` }, 'env:auto_proxy'],
    ['AUTO_PROXY', { AUTO_PROXY: `${P}/proxy.pac` }, 'env:AUTO_PROXY'],
    ['SOCKS_SERVER', { SOCKS_SERVER: '127.0.0.1:1080' }, 'env:SOCKS_SERVER'],
    ['socks_server', { socks_server: '127.0.0.1:1080' }, 'env:socks_server'],
    ['ftp_proxy (not followed)', { ftp_proxy: P }, null],
    ['mixed case (not read)', { Http_Proxy: P }, null],
    ['empty value', { http_proxy: '', https_proxy: ' ' }, null],
    ['the lower-case name first', { http_proxy: P, HTTP_PROXY: P }, 'env:http_proxy'],
    ['several', { https_proxy: P, all_proxy: P }, 'env:https_proxy, env:all_proxy'],
    [
      'no_proxy with a list still leaves the proxy',
      { https_proxy: P, no_proxy: 'localhost,.internal' },
      'env:https_proxy',
    ],
    ['no_proxy=* bypasses the environment', { https_proxy: P, no_proxy: '*' }, null],
    ['NO_PROXY=* too', { http_proxy: P, NO_PROXY: '*' }, null],
    ['a GNOME session: Chromium reads GSettings', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, 'desktop:GNOME'],
    ['DESKTOP_SESSION=gnome', { DESKTOP_SESSION: 'gnome' }, 'desktop:gnome'],
    [
      'KDE (its kioslaverc) and a variable',
      { XDG_CURRENT_DESKTOP: 'KDE', http_proxy: P },
      'desktop:KDE, env:http_proxy',
    ],
    ['XFCE: the variables only', { XDG_CURRENT_DESKTOP: 'XFCE' }, null],
  ])('environment: %s', (_name, env, expected) => {
    expect(chromiumProxySetting([], env)).toBe(expected);
  });

  it.each<[string, string[], string | null]>([
    ['--proxy-server', [`--proxy-server=${P}`], 'arg:--proxy-server'],
    ['--proxy-pac-url', [`--proxy-pac-url=${P}/p.pac`], 'arg:--proxy-pac-url'],
    ['--proxy-auto-detect', ['--proxy-auto-detect'], 'arg:--proxy-auto-detect'],
    ['other switches', ['--host-resolver-rules=MAP * 127.0.0.1', '--proxy-bypass-list=*'], null],
    ['--no-proxy-server after', [`--proxy-server=${P}`, NO_PROXY_SWITCH], null],
    ['--no-proxy-server before', [NO_PROXY_SWITCH, `--proxy-server=${P}`], null],
  ])('switches: %s', (_name, args, expected) => {
    expect(chromiumProxySetting(args, {})).toBe(expected);
  });

  it('switches first, then the environment; --no-proxy-server turns both off', () => {
    expect(chromiumProxySetting([`--proxy-server=${P}`], { https_proxy: P })).toBe(
      'arg:--proxy-server, env:https_proxy',
    );
    expect(chromiumProxySetting([NO_PROXY_SWITCH], { https_proxy: P, DESKTOP_SESSION: 'gnome' })).toBeNull();
  });
});

describe("with a managed policy or Debian's /etc/chromium.d (Chromium 156, measured)", () => {
  const policy = (mode: PolicyProxy['mode'], label = `policy:/p.json:${mode}`): SystemProxy => ({
    policies: [{ mode, label }],
    wrapper: null,
  });
  const wrapper = (flags: string[], env: Record<string, string>): SystemProxy => ({
    policies: [],
    wrapper: { flags, env },
  });

  it('a policy proxy counts even over --no-proxy-server (so --direct cannot turn it off)', () => {
    expect(chromiumProxySetting([NO_PROXY_SWITCH], {}, policy('proxy'))).toBe('policy:/p.json:proxy');
    expect(proxyPlan([], true, { https_proxy: P }, policy('proxy')).proxy).toBe('policy:/p.json:proxy');
    expect(chromiumProxySetting([], { https_proxy: P }, policy('proxy'))).toBe('policy:/p.json:proxy, env:https_proxy');
  });

  it('a policy "system" mode brings the variables back over --no-proxy-server', () => {
    expect(chromiumProxySetting([NO_PROXY_SWITCH], { https_proxy: P }, policy('system'))).toBe('env:https_proxy');
    expect(chromiumProxySetting([NO_PROXY_SWITCH], {}, policy('system'))).toBeNull();
  });

  it('a policy "direct" turns off switches and variables alike', () => {
    expect(chromiumProxySetting([`--proxy-server=${P}`], { https_proxy: P }, policy('direct'))).toBeNull();
    const mixed: SystemProxy = { policies: [...policy('direct').policies, ...policy('proxy').policies], wrapper: null };
    expect(chromiumProxySetting([], {}, mixed)).toBe('policy:/p.json:proxy');
  });

  it('a policy file not understood is "may be in use", the variables too', () => {
    expect(
      chromiumProxySetting([NO_PROXY_SWITCH], { http_proxy: P }, policy('unknown', 'policy:/x (not readable)')),
    ).toBe('policy:/x (not readable), env:http_proxy');
  });

  it("the wrapper's flags and variables count, marked chromium.d:", () => {
    expect(chromiumProxySetting([], {}, wrapper([`--proxy-server=${P}`, '--disable-pings'], {}))).toBe(
      'chromium.d:arg:--proxy-server',
    );
    expect(chromiumProxySetting([], { https_proxy: P }, wrapper([], { https_proxy: P, http_proxy: P }))).toBe(
      'chromium.d:env:http_proxy, env:https_proxy',
    );
    expect(chromiumProxySetting([`--proxy-server=${P}`], {}, wrapper([`--proxy-server=${P}`], {}))).toBe(
      'arg:--proxy-server',
    );
    // What the wrapper sets replaces the variable given: the binary sees its value.
    expect(chromiumProxySetting([], { https_proxy: P }, wrapper([], {}))).toBeNull();
  });

  it("--no-proxy-server (ours or the wrapper's) turns the wrapper's proxies off too", () => {
    expect(proxyPlan([], true, {}, wrapper([`--proxy-server=${P}`], { http_proxy: P })).proxy).toBeNull();
    expect(chromiumProxySetting([], { http_proxy: P }, wrapper([NO_PROXY_SWITCH], { http_proxy: P }))).toBeNull();
  });

  it('a wrapper whose files could not be read is "may be in use"', () => {
    expect(chromiumProxySetting([], {}, { policies: [], wrapper: { error: 'sh exited with 3' } })).toBe(
      'chromium.d:not read (sh exited with 3)',
    );
  });

  it('says that --direct cannot help against a policy, and that it can otherwise', () => {
    expect(proxyWarning('policy:/p.json:proxy')).toMatch(/which --direct cannot turn off$/);
    expect(proxyNote('env:http_proxy, policy:/p.json:proxy')).toMatch(
      /A managed Chromium policy may set it; --direct cannot/,
    );
    expect(proxyWarning('env:https_proxy')).toMatch(/; --direct audits without it$/);
    expect(proxyNote('chromium.d:arg:--proxy-server')).toMatch(/Pass --direct to audit without it$/);
  });
});

describe('--direct', () => {
  it('parses, adds --no-proxy-server once, and leaves no proxy setting', () => {
    const cmd = parseArgs(['scan', 'https://www.example.com/', '--direct'], {});
    expect(cmd).toMatchObject({ kind: 'scan', options: { direct: true } });
    const plan = proxyPlan(['--chromium-x'], true, { https_proxy: P });
    expect(plan).toEqual({ chromiumArgs: ['--chromium-x', NO_PROXY_SWITCH], proxy: null });
    expect(proxyPlan([NO_PROXY_SWITCH], true, {}).chromiumArgs).toEqual([NO_PROXY_SWITCH]);
    expect(networkInfo('chromium', null, true)).toEqual({ proxy: null, serverLocations: 'direct', direct: true });
  });

  it('without it the network path is not changed: the switches stay as given', () => {
    expect(proxyPlan([], false, { https_proxy: P })).toEqual({ chromiumArgs: [], proxy: 'env:https_proxy' });
    expect(networkInfo('chromium', 'env:https_proxy', false)).toEqual({
      proxy: 'env:https_proxy',
      serverLocations: 'not known',
    });
  });

  it('is refused with --browser firefox (Firefox marks each proxied request itself)', () => {
    expect(firefoxPlan({ chromiumArgs: [], forms: 'off', crawl: null, direct: true })).toMatch(
      /^--direct: Chromium only/,
    );
    expect(networkInfo('firefox', null, false)).toEqual({ proxy: null, serverLocations: 'per request' });
  });
});

describe('a scenario whose browser may have used a proxy', () => {
  it('marks every request of a copy of the record, and says why in one note', () => {
    const record = new Visit().req('https://www.google-analytics.com/g/collect', 100, { ip: '81.169.145.1' }).record();
    const marked = throughProxy(record);
    expect(marked.requests.length).toBe(2);
    expect(marked.requests.every((r) => r.proxied === true)).toBe(true);
    expect(record.requests.some((r) => r.proxied)).toBe(false);
    expect(proxyNote('env:https_proxy')).toMatch(
      /^server locations not known: Chromium may have used a proxy \(env:https_proxy\)/,
    );
  });
});
