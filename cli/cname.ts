// CNAME cloaking in the CLI: Node's resolver for the browser-free matching in utils/findings/cname-cloak.ts.
import { Resolver } from 'node:dns/promises';
import type { CnameLookup } from '../utils/findings/cname-cloak.ts';

export {
  applyCnameCloaks,
  cnameChain,
  cnameNotes,
  findCnameCloaks,
  type CnameCloak,
  type CnameLookup,
} from '../utils/findings/cname-cloak.ts';

/** A resolver with short timeouts; `servers` (host:port) replace the system's, as tests do with a local stub. */
export function cnameResolver(servers?: readonly string[], timeoutMs = 1500): CnameLookup {
  const r = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (servers && servers.length > 0) r.setServers([...servers]);
  return r;
}
