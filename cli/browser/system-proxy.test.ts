import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isChromiumWrapper,
  policyMode,
  readPolicyProxies,
  readSystemProxy,
  readWrapperSettings,
} from './system-proxy.ts';

const P = '127.0.0.1:3128';
const FIXED = { ProxyMode: 'fixed_servers', ProxyServer: P };
const dirs: string[] = [];

/** A folder tree of fixture files: { 'managed/p.json': '...' } */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ca-system-proxy-'));
  dirs.push(root);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), body);
  }
  return root;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('policyMode: what one policy object says of the proxy (Chromium 156, measured)', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['no proxy policy', { HomepageLocation: 'https://example.com/' }, null],
    ['fixed_servers', FIXED, 'proxy ProxyMode="fixed_servers"'],
    ['pac_script', { ProxyMode: 'pac_script', ProxyPacUrl: 'http://p/x.pac' }, 'proxy ProxyMode="pac_script"'],
    ['auto_detect', { ProxyMode: 'auto_detect' }, 'proxy ProxyMode="auto_detect"'],
    ['system', { ProxyMode: 'system' }, 'system ProxyMode="system"'],
    ['direct', { ProxyMode: 'direct' }, 'direct ProxyMode="direct"'],
    ['ProxyServer without a mode (ignored by Chromium)', { ProxyServer: P }, null],
    ['ProxyPacUrl without a mode (ignored by Chromium)', { ProxyPacUrl: 'http://p/x.pac' }, null],
    ['ProxyServerMode 2 (manual)', { ProxyServerMode: 2, ProxyServer: P }, 'proxy ProxyServerMode=2'],
    ['ProxyServerMode 0 (direct)', { ProxyServerMode: 0 }, 'direct ProxyServerMode=0'],
    ['ProxyServerMode 3 (system)', { ProxyServerMode: 3 }, 'system ProxyServerMode=3'],
    ['a mode not understood', { ProxyMode: 'FIXED_SERVERS' }, 'unknown ProxyMode="FIXED_SERVERS"'],
    ['a mode of the wrong type', { ProxyMode: 3 }, 'unknown ProxyMode=3'],
    [
      'both modes: the one that may use a proxy',
      { ProxyMode: 'direct', ProxyServerMode: 2 },
      'proxy ProxyServerMode=2',
    ],
    [
      'ProxySettings over the separate policies',
      { ProxySettings: { ProxyMode: 'direct' }, ...FIXED },
      'direct ProxySettings.ProxyMode="direct"',
    ],
    [
      'ProxySettings fixed, ProxyMode direct',
      { ProxySettings: FIXED, ProxyMode: 'direct' },
      'proxy ProxySettings.ProxyMode="fixed_servers"',
    ],
    ['ProxySettings without a mode', { ProxySettings: { ProxyServer: P } }, 'unknown ProxySettings without ProxyMode'],
  ])('%s', (_name, policies, expected) => {
    const m = policyMode(policies);
    expect(m && `${m.mode} ${m.detail}`).toBe(expected);
  });
});

describe('readPolicyProxies: the managed policy files under each root', () => {
  it('reads nothing from roots that do not exist', () => {
    expect(readPolicyProxies([path.join(os.tmpdir(), 'ca-no-such-root')])).toEqual([]);
  });

  it('reads every regular file of managed/ (also without .json, also hidden), in name order, across roots', () => {
    const a = tree({
      'managed/b.json': JSON.stringify(FIXED),
      'managed/a-other.json': JSON.stringify({ HomepageLocation: 'https://example.com/' }),
      'managed/proxy': JSON.stringify({ ProxyMode: 'system' }),
      'managed/.hidden.json': JSON.stringify({ ProxyMode: 'pac_script', ProxyPacUrl: 'http://p/x.pac' }),
      'managed/sub/c.json': JSON.stringify(FIXED),
    });
    const b = tree({ 'managed/d.json': JSON.stringify({ ProxyMode: 'direct' }) });
    expect(readPolicyProxies([a, b])).toEqual([
      { mode: 'proxy', label: `policy:${a}/managed/.hidden.json:ProxyMode="pac_script"` },
      { mode: 'proxy', label: `policy:${a}/managed/b.json:ProxyMode="fixed_servers"` },
      { mode: 'system', label: `policy:${a}/managed/proxy:ProxyMode="system"` },
      { mode: 'direct', label: `policy:${b}/managed/d.json:ProxyMode="direct"` },
    ]);
  });

  it('does not read recommended policies (Chromium 156 applied no recommended proxy mode)', () => {
    const root = tree({ 'recommended/p.json': JSON.stringify(FIXED) });
    expect(readPolicyProxies([root])).toEqual([]);
  });

  it('a file it cannot parse (Chromium accepts comments and trailing commas) is "may be in use", not a crash', () => {
    const root = tree({
      'managed/comma.json': `{"ProxyMode": "fixed_servers", "ProxyServer": "${P}",}`,
      'managed/list.json': '[]',
      'managed/ok.json': JSON.stringify({ ProxyMode: 'direct' }),
    });
    const found = readPolicyProxies([root]);
    expect(found.map((p) => p.mode)).toEqual(['unknown', 'unknown', 'direct']);
    expect(found[0]?.label).toMatch(new RegExp(`^policy:${root}/managed/comma.json \\(not readable: .*JSON`));
    expect(found[1]?.label).toBe(`policy:${root}/managed/list.json (not readable: not a JSON object)`);
  });

  it('a managed/ that is not a folder is "may be in use"', () => {
    const root = tree({ managed: 'not a folder' });
    expect(readPolicyProxies([root])).toEqual([
      { mode: 'unknown', label: expect.stringMatching(/^policy:.*\/managed \(not readable: ENOTDIR/) as string },
    ]);
  });
});

const WRAPPER = '#!/bin/sh\nfor file in /etc/chromium.d/*; do . $file; done\nexec /usr/lib/chromium/chromium "$@"\n';

describe("Debian's wrapper and /etc/chromium.d", () => {
  it('recognises the launcher script by its /etc/chromium.d loop, not a binary or a missing file', () => {
    const root = tree({ chromium: WRAPPER, other: '#!/bin/sh\nexec chromium "$@"\n', binary: '\x7fELF\x02\x01' });
    expect(isChromiumWrapper(path.join(root, 'chromium'))).toBe(true);
    expect(isChromiumWrapper(path.join(root, 'other'))).toBe(false);
    expect(isChromiumWrapper(path.join(root, 'binary'))).toBe(false);
    expect(isChromiumWrapper(path.join(root, 'missing'))).toBe(false);
  });

  it('sources the files as the wrapper does: flags split on white space, exported variables, README and .dpkg-* skipped', async () => {
    const d = tree({
      README: 'export CHROMIUM_FLAGS="--from-readme"\n',
      'a-flags': `export CHROMIUM_FLAGS="$CHROMIUM_FLAGS --proxy-server=${P}   --disable-pings"\necho noise\n`,
      'b-env': `export https_proxy=http://${P}\n`,
      'c.dpkg-old': 'export CHROMIUM_FLAGS="$CHROMIUM_FLAGS --from-dpkg"\n',
    });
    const r = await readWrapperSettings({ PATH: process.env.PATH, KEEP: 'x y', CHROMIUM_FLAGS: '--inherited' }, d);
    expect(r).toMatchObject({
      flags: [`--proxy-server=${P}`, '--disable-pings'],
      env: { https_proxy: `http://${P}`, KEEP: 'x y' },
    });
  });

  it('a file that stops the shell gives an error, which counts as "may be in use"', async () => {
    const d = tree({ stop: 'exit 3\n' });
    expect(await readWrapperSettings({ PATH: process.env.PATH }, d)).toEqual({ error: 'sh exited with 3' });
  });

  it('readSystemProxy: policies always, /etc/chromium.d only for the wrapper', async () => {
    const root = tree({
      'policies/managed/p.json': JSON.stringify(FIXED),
      'chromium.d/flags': `export CHROMIUM_FLAGS="$CHROMIUM_FLAGS --proxy-pac-url=http://${P}/p.pac"\n`,
      'bin/chromium': WRAPPER,
      'bin/binary': '\x7fELF',
    });
    const folders = { policyRoots: [path.join(root, 'policies')], chromiumD: path.join(root, 'chromium.d') };
    const env = { PATH: process.env.PATH };
    const wrapped = await readSystemProxy(path.join(root, 'bin/chromium'), env, folders);
    expect(wrapped.policies).toEqual([{ mode: 'proxy', label: expect.stringMatching(/p\.json:ProxyMode=/) as string }]);
    expect(wrapped.wrapper).toMatchObject({ flags: [`--proxy-pac-url=http://${P}/p.pac`] });
    expect((await readSystemProxy(path.join(root, 'bin/binary'), env, folders)).wrapper).toBeNull();
  });
});
