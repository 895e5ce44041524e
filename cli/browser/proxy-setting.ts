// Whether an audit's Chromium may reach servers through a proxy, from its switches and the environment it inherits:
// behind a proxy every response's remote address is the proxy's, so no server location can be read from it.
import type { NetworkInfo } from '../../utils/export/report.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { NO_SYSTEM_PROXY, type SystemProxy } from './system-proxy.ts';

/** Switches that make Chromium use a proxy (Debian Chromium 156, see the README's "Audit without a proxy"). */
const PROXY_SWITCHES = ['--proxy-server', '--proxy-pac-url', '--proxy-auto-detect'] as const;

/** The switch that turns every proxy off, command line and environment alike (it wins whatever the order). */
export const NO_PROXY_SWITCH = '--no-proxy-server';

/**
 * Variables Chromium 156 on Linux follows without a desktop session (measured): each also in upper case, which
 * Chromium reads when the lower-case one is not set. `ftp_proxy` is not followed.
 */
const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'all_proxy', 'auto_proxy', 'SOCKS_SERVER'] as const;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Desktops whose own proxy settings Chromium reads instead of the variables (GSettings, KDE's kioslaverc): with
 * `XDG_CURRENT_DESKTOP=GNOME` or `DESKTOP_SESSION=gnome` Chromium 156 ignored `http_proxy` even headless (measured).
 */
const DESKTOPS = /^(gnome|cinnamon|unity|pantheon|deepin|ukui|kde)/i;

/** The desktop whose proxy settings Chromium may follow (the CLI cannot read them), or null. */
function desktopOf(env: Env): string | null {
  for (const name of (env.XDG_CURRENT_DESKTOP ?? '').split(':')) if (DESKTOPS.test(name.trim())) return name.trim();
  const session = env.DESKTOP_SESSION?.trim() ?? '';
  return DESKTOPS.test(session) ? session : null;
}

function switchName(arg: string): string {
  const eq = arg.indexOf('=');
  return eq < 0 ? arg : arg.slice(0, eq);
}

/** The variable Chromium reads for `name`: the name as given, else its other case; empty counts as unset. */
function variable(env: Env, name: string): string | null {
  for (const n of [name, name === name.toLowerCase() ? name.toUpperCase() : name.toLowerCase()])
    if (env[n] !== undefined && env[n].trim() !== '') return n;
  return null;
}

/** The labels of the switches, desktop and variables that may give Chromium a proxy (see chromiumProxySetting). */
function ownSettings(args: readonly string[], env: Env, switches: boolean): string[] {
  const names = args.map(switchName);
  const seen: string[] = [];
  if (switches) for (const s of PROXY_SWITCHES) if (names.includes(s)) seen.push(`arg:${s}`);
  const desktop = desktopOf(env);
  if (desktop) seen.push(`desktop:${desktop}`);
  const noProxy = variable(env, 'no_proxy');
  const bypassAll = noProxy !== null && env[noProxy]?.trim() === '*';
  if (!bypassAll)
    for (const v of PROXY_VARIABLES) {
      const n = variable(env, v);
      if (n) seen.push(`env:${n}`);
    }
  return seen;
}

/**
 * The proxy settings an audit's Chromium may follow, as `policy:<file>:<mode>`, `arg:<switch>`, `desktop:<name>` and
 * `env:<variable>` (in that order; `chromium.d:` before those Debian's wrapper adds), or null when none.
 * `--no-proxy-server` turns off switches and environment, but not a managed policy (Chromium 156 followed a policy
 * proxy over it, and with a policy `system` mode the variables too); a policy `direct` turns off everything. A
 * `no_proxy` of `*` bypasses the environment's proxies; any other bypass list leaves them "may be in use" (a host
 * outside it still goes through one).
 */
export function chromiumProxySetting(
  args: readonly string[],
  env: Env,
  system: SystemProxy = NO_SYSTEM_PROXY,
): string | null {
  const { policies, wrapper } = system;
  if (policies.length && policies.every((p) => p.mode === 'direct')) return null;
  const seen = policies.filter((p) => p.mode === 'proxy' || p.mode === 'unknown').map((p) => p.label);
  const forcedSystem = policies.some((p) => p.mode === 'system' || p.mode === 'unknown');
  const wrapped = wrapper && 'flags' in wrapper ? wrapper : null;
  if (wrapper && 'error' in wrapper) seen.push(`chromium.d:not read (${wrapper.error})`);
  const allArgs = wrapped ? [...wrapped.flags, ...args] : args;
  const allEnv = wrapped ? wrapped.env : env;
  const off = allArgs.map(switchName).includes(NO_PROXY_SWITCH);
  if (!off || forcedSystem) {
    const own = new Set(args.map(switchName));
    for (const label of ownSettings(allArgs, allEnv, !off)) {
      const name = label.slice(label.indexOf(':') + 1);
      const fromWrapper = label.startsWith('arg:')
        ? !own.has(name)
        : label.startsWith('env:') && allEnv[name] !== env[name];
      seen.push(fromWrapper ? `chromium.d:${label}` : label);
    }
  }
  return seen.length ? seen.join(', ') : null;
}

/** The audit browser's switches (--direct adds --no-proxy-server) and the proxy settings it may then follow. */
export function proxyPlan(
  chromiumArgs: readonly string[],
  direct: boolean,
  env: Env,
  system: SystemProxy = NO_SYSTEM_PROXY,
): { chromiumArgs: string[]; proxy: string | null } {
  const args =
    direct && !chromiumArgs.includes(NO_PROXY_SWITCH) ? [...chromiumArgs, NO_PROXY_SWITCH] : [...chromiumArgs];
  return { chromiumArgs: args, proxy: chromiumProxySetting(args, env, system) };
}

/** Whether a managed policy is in play, which --no-proxy-server (so --direct) does not override. */
const byPolicy = (proxy: string) => /(^|, )policy:/.test(proxy);
const POLICY_REMEDY = 'a managed Chromium policy may set it, which --direct cannot turn off';

/** The one stderr line at the start of a run whose Chromium may use a proxy. */
export function proxyWarning(proxy: string): string {
  const remedy = byPolicy(proxy) ? POLICY_REMEDY : '--direct audits without it';
  return `Chromium may use a proxy (${proxy}): server locations read "not known (proxy)"; ${remedy}`;
}

/** What the report says of the network path (tool.network). */
export function networkInfo(browser: 'chromium' | 'firefox', proxy: string | null, direct: boolean): NetworkInfo {
  if (browser === 'firefox') return { proxy: null, serverLocations: 'per request' };
  return { proxy, serverLocations: proxy ? 'not known' : 'direct', ...(direct ? { direct: true as const } : {}) };
}

/** The scenario's recording note when a proxy may have carried its requests (JSON errors, HTML, JUnit). */
export function proxyNote(proxy: string): string {
  return `server locations not known: Chromium may have used a proxy (${proxy}), so every response's address may be the proxy's; requests read "not known (proxy)". ${byPolicy(proxy) ? 'A managed Chromium policy may set it; --direct cannot turn it off' : 'Pass --direct to audit without it'}`;
}

/** The record as the analysis reads it when a proxy may have carried every request: each marked `proxied`. */
export function throughProxy(record: PageRecord): PageRecord {
  return { ...record, requests: record.requests.map((r) => ({ ...r, proxied: true as const })) };
}
