// An ISO country code with its transfer zone spelled out (EU/EEA,
// adequacy, DPF, non-EU): text and colour, never colour alone.
import { countryName, countryStatus } from '../data/countries.ts';
import { useStrings, type Zone } from './strings.ts';

/**
 * The zone of a country; US counts as DPF-covered only when a cited
 * source says the recipient is certified, "DPF not known" without one.
 */
export function zoneOf(code: string | null | undefined, dpf: boolean | null): Zone {
  switch (countryStatus(code)) {
    case null:
      return 'unknown';
    case 'eea':
      return 'eu';
    case 'adequate':
      return 'adequate';
    case 'adequate-dpf-only':
      return dpf === true ? 'dpf' : dpf === false ? 'non-eu' : 'dpf-unknown';
    case 'third-country':
      return 'non-eu';
  }
}

export interface CountryTagProps {
  code: string | null | undefined;
  dpf?: boolean | null;
  /** What the country is of (e.g. the server), for the tooltip */
  what?: string;
}

export function CountryTag({ code, dpf = null, what }: CountryTagProps) {
  const S = useStrings();
  const zone = zoneOf(code, dpf);
  const name = code ? countryName(code, S.lang) : S.unknownCountry;
  return (
    <span class={`chip zone zone-${zone}`} title={`${what ? `${what}: ` : ''}${name}. ${S.zoneHint[zone]}`}>
      <span class="cc">{code ? code.toUpperCase() : '?'}</span> <span class="zone-label">{S.zone[zone]}</span>
    </span>
  );
}
