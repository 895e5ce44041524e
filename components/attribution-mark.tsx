// How far a page-reported writer script can be trusted, as a small mark with an explanation on hover (issue 15.5):
// the popup and the report page show it beside every writer name the page's hooks reported. Texts in EN and DE.
import type { Lang } from '../utils/i18n/lang.ts';
import type { Attribution } from '../utils/observe/events.ts';

interface MarkText {
  mark: string;
  hint: string;
}

export const ATTRIBUTION_TEXTS: Readonly<Record<Lang, Readonly<Record<Attribution, MarkText>>>> = {
  en: {
    confident: { mark: '✓', hint: "Writer taken from the browser's own call stack: confident." },
    'named-by-page': {
      mark: 'named by page',
      hint: 'The page gave its own code this name (//# sourceURL=): not verified, and findings do not use it to blame a tracker.',
    },
    unverified: {
      mark: 'unverified',
      hint: "Writer read from this browser's stack text, which the page can name (Firefox): not verified.",
    },
    unknown: {
      mark: 'writer unknown',
      hint: 'The page could shape the stack this name came from: not verified, and findings do not use it.',
    },
  },
  de: {
    confident: { mark: '✓', hint: 'Schreiber aus dem eigenen Aufrufstapel des Browsers: sicher.' },
    'named-by-page': {
      mark: 'von Seite benannt',
      hint: 'Die Seite hat ihrem eigenen Code diesen Namen gegeben (//# sourceURL=): nicht geprüft; Befunde machen damit keinen Tracker verantwortlich.',
    },
    unverified: {
      mark: 'ungeprüft',
      hint: 'Schreiber aus dem Stack-Text dieses Browsers, den die Seite benennen kann (Firefox): nicht geprüft.',
    },
    unknown: {
      mark: 'Schreiber unbekannt',
      hint: 'Die Seite konnte den Stack formen, aus dem dieser Name stammt: nicht geprüft; Befunde verwenden ihn nicht.',
    },
  },
};

/** Nothing for a record made before attributions existed: its writer names carry no claim either way. */
export function AttributionMark({ attribution, lang }: { attribution: Attribution | null | undefined; lang: Lang }) {
  if (!attribution) return null;
  const t = ATTRIBUTION_TEXTS[lang === 'de' ? 'de' : 'en'][attribution];
  return (
    <span class={`attr attr-${attribution}${attribution === 'confident' ? '' : ' chip chip-warn'}`} title={t.hint}>
      {t.mark}
    </span>
  );
}
