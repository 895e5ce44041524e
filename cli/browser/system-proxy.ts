// Proxy settings Chromium takes from the system rather than from the CLI: managed policies (JSON files under
// /etc/chromium/policies/managed) and, when the executable is Debian's /usr/bin/chromium wrapper, the shell files in
// /etc/chromium.d that it sources before starting the binary. Measured with Debian Chromium 156: README "Audit without
// a proxy". Every folder is a parameter so the tests read fixtures.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** Debian Chromium reads /etc/chromium/policies (the path in its binary); Google Chrome reads /etc/opt/chrome. */
export const POLICY_ROOTS = ['/etc/chromium/policies', '/etc/opt/chrome/policies'] as const;
export const CHROMIUM_D = '/etc/chromium.d';

/**
 * What one managed policy file says of the proxy: `proxy` (a proxy or PAC/WPAD mode), `system` (the environment's
 * and desktop's settings, even over --no-proxy-server), `direct` (none, whatever the switches and variables say), or
 * `unknown` (not readable or not understood: may be in use).
 */
export interface PolicyProxy {
  mode: 'proxy' | 'system' | 'direct' | 'unknown';
  label: string;
}

/** CHROMIUM_FLAGS and the environment the wrapper gives the binary, or why they could not be read. */
export type WrapperSettings = { flags: string[]; env: Record<string, string> } | { error: string };

export interface SystemProxy {
  policies: PolicyProxy[];
  /** null: the executable is not Debian's wrapper, so /etc/chromium.d does not apply */
  wrapper: WrapperSettings | null;
}

export const NO_SYSTEM_PROXY: SystemProxy = { policies: [], wrapper: null };

const MODES: Readonly<Record<string, PolicyProxy['mode']>> = {
  direct: 'direct',
  system: 'system',
  auto_detect: 'proxy',
  pac_script: 'proxy',
  fixed_servers: 'proxy',
};
// The older ProxyServerMode: 0 direct, 1 auto-detect, 2 manual servers, 3 system.
const SERVER_MODES: readonly PolicyProxy['mode'][] = ['direct', 'proxy', 'proxy', 'system'];
const RANK: Readonly<Record<PolicyProxy['mode'], number>> = { direct: 0, system: 1, proxy: 2, unknown: 3 };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The proxy mode one policy object sets, or null when it sets none. Chromium 156 applied ProxySettings over the
 * separate policies, and ignored ProxyServer or ProxyPacUrl without a mode; a mode it would reject reads `unknown`.
 */
export function policyMode(policies: Record<string, unknown>): { mode: PolicyProxy['mode']; detail: string } | null {
  const dict = isObject(policies.ProxySettings) ? policies.ProxySettings : policies;
  const where = dict === policies ? '' : 'ProxySettings.';
  const found: { mode: PolicyProxy['mode']; detail: string }[] = [];
  if ('ProxyMode' in dict) {
    const v = dict.ProxyMode;
    const mode = typeof v === 'string' ? MODES[v] : undefined;
    found.push({ mode: mode ?? 'unknown', detail: `${where}ProxyMode=${JSON.stringify(v)?.slice(0, 40) ?? '?'}` });
  }
  if ('ProxyServerMode' in dict) {
    const v = dict.ProxyServerMode;
    const mode = typeof v === 'number' ? SERVER_MODES[v] : undefined;
    found.push({
      mode: mode ?? 'unknown',
      detail: `${where}ProxyServerMode=${JSON.stringify(v)?.slice(0, 40) ?? '?'}`,
    });
  }
  if (!found.length && dict !== policies) return { mode: 'unknown', detail: 'ProxySettings without ProxyMode' };
  // Both given: the one that may use a proxy decides (the safer reading).
  return found.sort((a, b) => RANK[b.mode] - RANK[a.mode])[0] ?? null;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message.replace(/\s+/g, ' ').slice(0, 120) : String(e);
}

/**
 * The managed proxy policies under each root's `managed` folder, one entry per file that sets a mode. Chromium reads
 * every regular file there (also without `.json`, also hidden) and accepts comments and trailing commas, which
 * JSON.parse does not: such a file, or one that cannot be read, is `unknown`. Recommended policies are not read:
 * Chromium 156 applied neither a recommended proxy nor a recommended `direct`.
 */
export function readPolicyProxies(roots: readonly string[] = POLICY_ROOTS): PolicyProxy[] {
  const out: PolicyProxy[] = [];
  for (const root of roots) {
    const dir = path.join(root, 'managed');
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        out.push({ mode: 'unknown', label: `policy:${dir} (not readable: ${errorText(e)})` });
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      let policies: unknown;
      try {
        if (!statSync(file).isFile()) continue;
        policies = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        out.push({ mode: 'unknown', label: `policy:${file} (not readable: ${errorText(e)})` });
        continue;
      }
      if (!isObject(policies)) {
        out.push({ mode: 'unknown', label: `policy:${file} (not readable: not a JSON object)` });
        continue;
      }
      const found = policyMode(policies);
      if (found) out.push({ mode: found.mode, label: `policy:${file}:${found.detail}` });
    }
  }
  return out;
}

/** Whether the executable is Debian's launcher script, which sources /etc/chromium.d before starting the binary. */
export function isChromiumWrapper(executable: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(executable, 'r');
    const buf = Buffer.alloc(64 * 1024);
    const text = buf.toString('latin1', 0, readSync(fd, buf, 0, buf.length, 0));
    return text.startsWith('#!') && text.includes(CHROMIUM_D);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

// The wrapper's own loop (`/usr/bin/chromium`), then what it passes on: CHROMIUM_FLAGS and the environment, on fd 3
// so that a file writing to stdout cannot mix into them.
const SOURCE_LOOP = `CHROMIUM_FLAGS=""
for file in "$0"/*; do
  test "$file" = "$0"/README || expr "$file" : '.*\\.dpkg' > /dev/null || . "$file"
done < /dev/null > /dev/null 2>&1
printf '%s\\0' "$CHROMIUM_FLAGS" >&3
env -0 >&3`;

/**
 * What the wrapper adds: the files in `dir` sourced by `sh` exactly as the wrapper does, with the environment the
 * binary would inherit (they run anyway when the wrapper starts Chromium). The flags are split on white space, as the
 * wrapper's unquoted $CHROMIUM_FLAGS is.
 */
export function readWrapperSettings(env: Env, dir: string = CHROMIUM_D): Promise<WrapperSettings> {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) clean[k] = v;
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', SOURCE_LOOP, dir], {
      env: clean,
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      timeout: 10_000,
    });
    const chunks: Buffer[] = [];
    child.stdio[3]?.on('data', (b: Buffer) => chunks.push(b));
    child.on('error', (e) => resolve({ error: errorText(e) }));
    child.on('close', (code, signal) => {
      if (code !== 0 || !chunks.length) {
        resolve({ error: `sh exited with ${code ?? signal ?? '?'}` });
        return;
      }
      const [flags = '', ...vars] = Buffer.concat(chunks).toString('utf8').split('\0');
      const wrapperEnv: Record<string, string> = {};
      for (const v of vars) {
        const eq = v.indexOf('=');
        if (eq > 0) wrapperEnv[v.slice(0, eq)] = v.slice(eq + 1);
      }
      resolve({ flags: flags.split(/\s+/).filter((f) => f !== ''), env: wrapperEnv });
    });
  });
}

/** The system's proxy settings for an audit with this executable and environment. */
export async function readSystemProxy(
  executable: string,
  env: Env,
  folders: { policyRoots?: readonly string[]; chromiumD?: string } = {},
): Promise<SystemProxy> {
  return {
    policies: readPolicyProxies(folders.policyRoots),
    wrapper: isChromiumWrapper(executable) ? await readWrapperSettings(env, folders.chromiumD) : null,
  };
}
