// What a Firefox scan makes of the options written for Chromium: host rules become the PAC + proxy mapping,
// --ignore-certificate-errors becomes acceptInsecureCerts;
// anything Firefox cannot do is an error (exit 2), never ignored.
import type { ScanOptions } from './command.ts';
import { parseHostRules, type HostRule } from './browser/host-rules.ts';

export interface FirefoxPlan {
  hostRules: HostRule[] | null;
  acceptInsecureCerts: boolean;
}

const RULES = '--host-resolver-rules=';

export function firefoxPlan(
  o: Pick<ScanOptions, 'chromiumArgs' | 'forms' | 'crawl'> & Partial<Pick<ScanOptions, 'direct'>>,
): FirefoxPlan | string {
  if (o.direct === true)
    return '--direct: Chromium only (Firefox marks each request that went through a proxy itself, from its proxyInfo)';
  if (o.forms !== 'off')
    return "--forms: not available with --browser firefox (the form fill and the scan of request bodies use Chromium's DevTools protocol)";
  if (o.crawl !== null)
    return '--crawl: not available with --browser firefox (the crawl runs in Chromium); list the pages with --urls';
  let hostRules: HostRule[] | null = null;
  let acceptInsecureCerts = false;
  for (const arg of o.chromiumArgs) {
    if (arg === '--ignore-certificate-errors') acceptInsecureCerts = true;
    else if (arg.startsWith(RULES)) {
      const rules = parseHostRules(arg.slice(RULES.length));
      if (typeof rules === 'string') return rules;
      hostRules = [...(hostRules ?? []), ...rules];
    } else {
      return `--chromium-arg ${arg.split('=')[0]?.slice(0, 80) ?? ''}: a Chromium switch Firefox has no equivalent for (Firefox runs take only --host-resolver-rules and --ignore-certificate-errors)`;
    }
  }
  return { hostRules, acceptInsecureCerts };
}
