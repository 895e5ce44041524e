// Names of the kinds of server address (public, private, loopback, ..., a proxy's) in each language.
import type { Lang } from '../i18n/lang.ts';
import { labelOf, type Labels } from '../i18n/text.ts';
import type { IpKind } from './ip-country.ts';

export const IP_KIND_LABELS: Labels<IpKind | 'proxy' | 'unknown'> = {
  en: {
    public: 'public',
    private: 'private',
    loopback: 'loopback',
    'link-local': 'link-local',
    reserved: 'reserved',
    invalid: 'invalid',
    proxy: 'not known (proxy)',
    unknown: 'unknown',
  },
  de: {
    public: 'öffentlich',
    private: 'privat',
    loopback: 'Loopback',
    'link-local': 'link-lokal',
    reserved: 'reserviert',
    invalid: 'ungültig',
    proxy: 'nicht bekannt (Proxy)',
    unknown: 'unbekannt',
  },
};

export function ipKindLabel(kind: IpKind | 'unknown' | string, lang: Lang): string {
  return labelOf(IP_KIND_LABELS, lang, kind);
}
