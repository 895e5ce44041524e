// The extension's export is taken with the audited page open: what a page sends when it is closed or left (GA4's
// user_engagement at pagehide, by sendBeacon or keepalive fetch) comes later. The CLI leaves the page first
// (cli/leave.ts); the extension cannot close the visitor's page, so its export says so.
import type { Lang } from '../i18n/lang.ts';

const NOTE: Readonly<Record<Lang, string>> = {
  en:
    'taken while the page was open: requests the page sends when it is closed or left are not in this ' +
    'export; leave the page (open about:blank in the same tab), update the report and export again to include them',
  de:
    'Erstellt, während die Seite offen war: Anfragen, die die Seite beim Schließen oder Verlassen ' +
    'sendet, fehlen in diesem Export; um sie aufzunehmen, die Seite verlassen (about:blank im selben Tab öffnen), den ' +
    'Bericht aktualisieren und erneut exportieren',
};

/** The export's note when the audited page is still open in its tab. */
export function openPageNote(lang: Lang): string {
  return NOTE[lang];
}
