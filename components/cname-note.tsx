// CNAME cloaking in the popup: Firefox names each first-party host that is a DNS alias of a tracker. Chrome has no DNS
// API: there the companies section keeps its note that the extension cannot see cloaking (the CLI does).
import type { CnameCloak } from '../utils/findings/cname-cloak.ts';
import { useStrings } from './strings.ts';

/** undefined: not shown (tests, report page); supported false: the browser has no DNS API (Chrome). */
export type CnameView = { supported: false } | { supported: true; cloaks: readonly CnameCloak[] };

export function CnameNote({ cname }: { cname: CnameView | undefined }) {
  const S = useStrings();
  if (!cname?.supported || cname.cloaks.length === 0) return null;
  return (
    <ul class="banner cname-cloaks" role="note">
      {cname.cloaks.map((c) => (
        <li key={c.host}>{S.cnameCloaked(c.host, c.chain.join(' → '), c.tracker, c.company)}</li>
      ))}
    </ul>
  );
}
