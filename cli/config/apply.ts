// Config file + command line → the scan's options: a config value counts only where the command line gave no option.
import path from 'node:path';
import { normaliseUrl } from '../arg-values.ts';
import type { ScanFlags, ScanOptions } from '../command.ts';
import type { LoadedConfig, Waiver } from './load.ts';

export interface ResolvedScan {
  options: ScanOptions;
  waivers: Waiver[];
  configFile: string | null;
}

const RESOLVER_SWITCH = '--host-resolver-rules';

/** Merge a loaded config under the command line; problems (bad URLs, no URL at all) as lines. */
export function applyConfig(
  cli: ScanOptions,
  flags: ScanFlags,
  loaded: LoadedConfig | null,
): ResolvedScan | { problems: string[] } {
  const o: ScanOptions = {
    ...cli,
    consent: [...cli.consent],
    include: [...cli.include],
    exclude: [...cli.exclude],
    chromiumArgs: [...cli.chromiumArgs],
  };
  const problems: string[] = [];
  const c = loaded?.config ?? {};
  const dir = loaded ? path.dirname(loaded.file) : '';
  const given = (name: string): boolean => flags.options.includes(name);
  const from = (file: string): string => path.resolve(dir, file);
  const name = loaded ? path.basename(loaded.file) : '';
  // URLs on the command line replace the config's; --urls replaces its urlsFile.
  if (o.urls.length === 0 && c.urls) {
    c.urls.forEach((raw, i) => {
      const u = normaliseUrl(raw);
      if (u) o.urls.push(u);
      else problems.push(`${name}: urls[${i}]: not an http(s) URL: ${raw.slice(0, 200)}`);
    });
  }
  if (!given('--urls') && c.urlsFile !== undefined) o.urlsFile = from(c.urlsFile);
  if (!given('--consent') && c.consent) o.consent = [...c.consent];
  if (c.crawl) {
    if (!given('--crawl')) o.crawl = c.crawl.limit;
    if (!given('--include')) o.include = [...(c.crawl.include ?? [])];
    if (!given('--exclude')) o.exclude = [...(c.crawl.exclude ?? [])];
  }
  if (!given('--concurrency') && c.concurrency !== undefined) o.concurrency = c.concurrency;
  if (!given('--wait') && c.wait !== undefined) o.waitMs = c.wait;
  if (!given('--quiet-period') && c.quietPeriod !== undefined) o.quietMs = c.quietPeriod;
  if (!given('--min-wait') && c.minWait !== undefined) o.minWaitMs = c.minWait;
  if (!given('--load-timeout') && c.loadTimeout !== undefined) o.loadTimeoutMs = c.loadTimeout;
  if (!given('--quiet') && c.quiet !== undefined) o.quiet = c.quiet;
  // A bare name is looked up on PATH; a path is the config's.
  if (!given('--chromium') && c.chromium !== undefined)
    o.chromium = c.chromium.includes('/') ? from(c.chromium) : c.chromium;
  if (!given('--chromium-arg') && c.chromiumArgs) o.chromiumArgs = [...c.chromiumArgs];
  if (c.hostResolverRules !== undefined && !o.chromiumArgs.some((a) => a.startsWith(RESOLVER_SWITCH))) {
    o.chromiumArgs.push(`${RESOLVER_SWITCH}=${c.hostResolverRules}`);
  }
  if (!given('--fail-on') && c.failOn !== undefined) o.failOn = c.failOn;
  if (!given('--lang') && c.lang !== undefined) o.lang = c.lang;
  const out = c.outputs ?? {};
  if (!given('--json') && out.json !== undefined) o.json = out.json === '-' ? '-' : from(out.json);
  if (!given('--html') && out.html !== undefined) o.html = from(out.html);
  if (!given('--junit') && out.junit !== undefined) o.junit = from(out.junit);
  if (!given('--har') && out.har !== undefined) o.har = from(out.har);
  if (o.urls.length === 0 && o.urlsFile === null && problems.length === 0)
    problems.push(loaded ? `no URL given (none on the command line, in --urls or in ${name})` : 'no URL given');
  return problems.length
    ? { problems }
    : { options: o, waivers: [...(c.waivers ?? [])], configFile: loaded?.file ?? null };
}
