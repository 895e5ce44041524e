// Party is spelled out, not only coloured, so it survives greyscale and screen readers.
import type { Party } from '../utils/party.ts';
import { T } from './strings.ts';

export function PartyBadge({ party }: { party: Party }) {
  return <span class={`badge party-${party}`}>{party === 'third' ? T.thirdParty : T.firstParty}</span>;
}
