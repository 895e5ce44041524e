// Party is spelled out, not only coloured, so it survives greyscale and screen readers.
import type { Party } from '../utils/url/party.ts';
import { useStrings } from './strings.ts';

export function PartyBadge({ party }: { party: Party }) {
  const S = useStrings();
  return <span class={`badge party-${party}`}>{party === 'third' ? S.thirdParty : S.firstParty}</span>;
}
