// Titles, explanations and fix hints of every finding, keyed by rule (and variant), in one table for translation.
// Placeholders in {braces} are filled by fillText; unknown placeholders stay visible rather than vanish.
import { fillTemplate, type TextVars } from '../i18n/text.ts';

export { fillTemplate, type TextVars };
import type { Lang, RuleId } from './types.ts';
import { TRANSFER_FINDING_TEXTS, type TransferTextKey } from './transfer-texts.ts';
import { WRITER_FINDING_TEXTS, type WriterTextKey } from './writer-texts.ts';

export interface FindingText {
  title: string;
  explanation: string;
  fix: string;
}

export type TextKey =
  | 'tracking-request-before-choice'
  | 'tracking-storage-before-choice:cookie'
  | 'tracking-storage-before-choice:storage'
  | 'tracking-after-reject:request'
  | 'tracking-after-reject:cookie'
  | 'tracking-after-reject:storage'
  | 'consent-signal-before-action:tcf'
  | 'consent-signal-before-action:consent-mode'
  | 'consent-signal-contradicts-behaviour:google-hit'
  | 'consent-signal-contradicts-behaviour:cmp-reject-tracking'
  | 'consent-signal-contradicts-behaviour:tcf-vs-choice'
  | TransferTextKey
  | WriterTextKey
  | 'embed-before-consent:fonts'
  | 'embed-before-consent:video'
  | 'embed-before-consent:maps'
  | 'prechecked-consent-checkbox'
  | 'prechecked-consent-checkbox:unclear'
  | 'unknown-third-party-tracking'
  | 'unknown-third-party-tracking:same-in-all'
  | 'essential-cookie'
  | 'no-consent-manager'
  | 'stored-consent-at-start';

const EPRIVACY = 'ePrivacy Directive Art. 5(3), in Germany § 25 TDDDG (formerly TTDSG)';
const EPRIVACY_DE = 'Art. 5 Abs. 3 ePrivacy-Richtlinie, in Deutschland § 25 TDDDG (ehemals TTDSG)';

export const TEXTS: Readonly<Record<TextKey, Readonly<Record<Lang, FindingText>>>> = {
  'tracking-request-before-choice': {
    en: {
      title: '{tracker} ({host}) was contacted before the visitor made a consent choice',
      explanation: `The page sent {count} request(s) to {host}, which belongs to {tracker} ({company}, category {category}), before the visitor answered the consent banner. Loading a tracker reads or stores information on the visitor's device and sends their IP address and identifiers to the provider. That needs prior consent under ${EPRIVACY}, and the processing needs a legal basis under GDPR Art. 6(1)(a) with consent meeting GDPR Art. 7.`,
      fix: 'Load this tag only after consent: block it in your tag manager (consent trigger or Consent Mode "denied" default with no cookieless pings if you rely on consent) or let the consent manager unblock the script (e.g. type="text/plain" with a consent category).',
    },
    de: {
      title: '{tracker} ({host}) wurde vor der Einwilligungsentscheidung kontaktiert',
      explanation: `Die Seite hat {count} Anfrage(n) an {host} gesendet, das zu {tracker} ({company}, Kategorie {category}) gehört, bevor der Besucher das Consent-Banner beantwortet hat. Ein Tracker greift auf das Endgerät zu und übermittelt IP-Adresse und Kennungen an den Anbieter. Dafür ist nach ${EPRIVACY_DE} eine vorherige Einwilligung nötig; die Verarbeitung braucht eine Rechtsgrundlage nach Art. 6 Abs. 1 lit. a DSGVO mit einer Einwilligung nach Art. 7 DSGVO.`,
      fix: 'Laden Sie dieses Tag erst nach der Einwilligung: im Tag-Manager per Consent-Trigger blockieren oder das Skript vom Consent-Manager freigeben lassen (z. B. type="text/plain" mit Consent-Kategorie).',
    },
  },
  'tracking-storage-before-choice:cookie': {
    en: {
      title: 'Tracking cookie {name} was set before the visitor made a consent choice',
      explanation: `The cookie {name} (domain {domain}; {purpose}) was stored on the visitor's device before the banner was answered. Storing information that is not strictly necessary needs prior consent under ${EPRIVACY}; the identifiers it holds are personal data (GDPR Art. 6(1)(a), Art. 7).`,
      fix: 'Find the tag or script that sets this cookie (see "scripts" in the evidence) and fire it only after consent; check that your consent manager blocks it in its default state.',
    },
    de: {
      title: 'Tracking-Cookie {name} wurde vor der Einwilligungsentscheidung gesetzt',
      explanation: `Das Cookie {name} (Domain {domain}; {purpose}) wurde auf dem Endgerät gespeichert, bevor das Banner beantwortet wurde. Das Speichern nicht unbedingt erforderlicher Informationen erfordert nach ${EPRIVACY_DE} eine vorherige Einwilligung; die enthaltenen Kennungen sind personenbezogene Daten (Art. 6 Abs. 1 lit. a, Art. 7 DSGVO).`,
      fix: 'Ermitteln Sie das Tag oder Skript, das dieses Cookie setzt (siehe „Skripte“ in den Belegen), und lösen Sie es erst nach Einwilligung aus.',
    },
  },
  'tracking-storage-before-choice:storage': {
    en: {
      title: 'Tracking data {name} was written to browser storage before the visitor made a consent choice',
      explanation: `The key {name} was written to {storageKind} of {origin} ({purpose}) before the banner was answered. Web storage falls under the same rule as cookies: storing non-essential information on the device needs prior consent under ${EPRIVACY} (GDPR Art. 6(1)(a), Art. 7).`,
      fix: 'Delay the script that writes this key until the visitor has consented, or configure the tool to run without storage until consent.',
    },
    de: {
      title: 'Tracking-Daten {name} wurden vor der Einwilligungsentscheidung im Browser-Speicher abgelegt',
      explanation: `Der Schlüssel {name} wurde in {storageKind} von {origin} ({purpose}) geschrieben, bevor das Banner beantwortet wurde. Für Web Storage gilt dasselbe wie für Cookies: nicht erforderliche Speicherung braucht nach ${EPRIVACY_DE} eine vorherige Einwilligung (Art. 6 Abs. 1 lit. a, Art. 7 DSGVO).`,
      fix: 'Verzögern Sie das Skript, das diesen Schlüssel schreibt, bis zur Einwilligung, oder konfigurieren Sie das Tool so, dass es bis dahin nichts speichert.',
    },
  },
  'tracking-after-reject:request': {
    en: {
      title: '{tracker} ({host}) was still contacted after the visitor rejected tracking',
      explanation: `After the visitor rejected consent, the page sent {count} request(s) to {host} ({tracker}, {company}). A rejection must be respected: without consent, access to the device is not allowed under ${EPRIVACY}, and processing has no legal basis under GDPR Art. 6(1)(a); withdrawing or refusing must be as easy and effective as giving consent (GDPR Art. 7(3)).`,
      fix: 'Make sure the tag is bound to the consent category the visitor rejected and that no second copy of the tag (hard-coded snippet, plugin, server-side fallback) fires regardless of consent.',
    },
    de: {
      title: '{tracker} ({host}) wurde nach der Ablehnung weiterhin kontaktiert',
      explanation: `Nach der Ablehnung hat die Seite {count} Anfrage(n) an {host} ({tracker}, {company}) gesendet. Eine Ablehnung muss respektiert werden: ohne Einwilligung ist der Zugriff auf das Endgerät nach ${EPRIVACY_DE} unzulässig und die Verarbeitung hat keine Rechtsgrundlage nach Art. 6 Abs. 1 lit. a DSGVO; Ablehnen muss so einfach und wirksam sein wie Zustimmen (Art. 7 Abs. 3 DSGVO).`,
      fix: 'Prüfen Sie, dass das Tag an die abgelehnte Consent-Kategorie gebunden ist und keine zweite Einbindung (fest eingebautes Snippet, Plugin, serverseitiger Fallback) unabhängig von der Einwilligung feuert.',
    },
  },
  'tracking-after-reject:cookie': {
    en: {
      title: 'Tracking cookie {name} was written after the visitor rejected tracking',
      explanation: `The cookie {name} (domain {domain}; {purpose}) was written after the visitor rejected consent. Storing non-essential information after a refusal breaches ${EPRIVACY} and GDPR Art. 6(1)(a) and Art. 7(3).`,
      fix: 'Stop the script that writes this cookie when consent is refused, and delete cookies set before the refusal.',
    },
    de: {
      title: 'Tracking-Cookie {name} wurde nach der Ablehnung geschrieben',
      explanation: `Das Cookie {name} (Domain {domain}; {purpose}) wurde nach der Ablehnung der Einwilligung geschrieben. Nicht erforderliche Speicherung nach einer Ablehnung verstößt gegen ${EPRIVACY_DE} sowie Art. 6 Abs. 1 lit. a und Art. 7 Abs. 3 DSGVO.`,
      fix: 'Stoppen Sie das Skript, das dieses Cookie schreibt, wenn die Einwilligung abgelehnt wird, und löschen Sie vorher gesetzte Cookies.',
    },
  },
  'tracking-after-reject:storage': {
    en: {
      title: 'Tracking data {name} was written to browser storage after the visitor rejected tracking',
      explanation: `The key {name} was written to {storageKind} of {origin} ({purpose}) after the visitor rejected consent, contrary to ${EPRIVACY} and GDPR Art. 6(1)(a) and Art. 7(3).`,
      fix: 'Stop the script that writes this key when consent is refused, and clear keys written before the refusal.',
    },
    de: {
      title: 'Tracking-Daten {name} wurden nach der Ablehnung im Browser-Speicher abgelegt',
      explanation: `Der Schlüssel {name} wurde nach der Ablehnung in {storageKind} von {origin} ({purpose}) geschrieben, entgegen ${EPRIVACY_DE} sowie Art. 6 Abs. 1 lit. a und Art. 7 Abs. 3 DSGVO.`,
      fix: 'Stoppen Sie das Skript, das diesen Schlüssel schreibt, wenn die Einwilligung abgelehnt wird, und löschen Sie vorher geschriebene Schlüssel.',
    },
  },
  'consent-signal-before-action:tcf': {
    en: {
      title: 'A TCF consent string granting purposes was stored before the visitor did anything',
      explanation:
        'The consent manager published an IAB TCF consent string that grants purpose consents although the visitor had not answered the banner. Vendors read this string and act on it, so they process data as if consent had been given. Consent must be a clear affirmative act (GDPR Art. 4(11), Art. 7, Recital 32; CJEU C-673/17 Planet49), and device access needs it first under ' +
        EPRIVACY +
        '.',
      fix: "Configure the consent manager so that no purpose is pre-granted: the TC string before the visitor's choice must carry no purpose or vendor consents.",
    },
    de: {
      title: 'Ein TCF-Consent-String mit Zwecken wurde vor jeder Besucheraktion gespeichert',
      explanation:
        'Der Consent-Manager hat einen IAB-TCF-String veröffentlicht, der Einwilligungen für Zwecke enthält, obwohl das Banner noch nicht beantwortet war. Vendoren lesen diesen String und verarbeiten Daten, als läge eine Einwilligung vor. Eine Einwilligung erfordert eine eindeutige bestätigende Handlung (Art. 4 Nr. 11, Art. 7, ErwG 32 DSGVO; EuGH C-673/17 Planet49), und der Endgerätezugriff braucht sie vorher nach ' +
        EPRIVACY_DE +
        '.',
      fix: 'Stellen Sie den Consent-Manager so ein, dass kein Zweck vorab erteilt ist: vor der Entscheidung darf der TC-String keine Zweck- oder Vendor-Einwilligungen enthalten.',
    },
  },
  'consent-signal-before-action:consent-mode': {
    en: {
      title: 'Google Consent Mode defaults to "granted" for {signals} before the banner was answered',
      explanation:
        'The page set Google Consent Mode defaults that grant {signals} before the visitor made a choice. Google tags then set cookies and send full measurement and advertising hits as if consent had been given. Consent has to be given first (' +
        EPRIVACY +
        '; GDPR Art. 6(1)(a), Art. 7).',
      fix: 'Set the Consent Mode default for ad_storage, analytics_storage, ad_user_data and ad_personalization to "denied" (at least for EEA regions) and let the consent manager send an "update" with "granted" only after the visitor accepts.',
    },
    de: {
      title: 'Google Consent Mode steht vor der Banner-Antwort für {signals} auf "granted"',
      explanation:
        'Die Seite hat Consent-Mode-Standardwerte gesetzt, die {signals} erlauben, bevor der Besucher entschieden hat. Google-Tags setzen dann Cookies und senden vollständige Mess- und Werbedaten, als läge eine Einwilligung vor. Die Einwilligung muss vorher erteilt werden (' +
        EPRIVACY_DE +
        '; Art. 6 Abs. 1 lit. a, Art. 7 DSGVO).',
      fix: 'Setzen Sie den Consent-Mode-Default für ad_storage, analytics_storage, ad_user_data und ad_personalization auf "denied" (mindestens für EWR-Regionen); erst nach Zustimmung sendet der Consent-Manager ein "update" mit "granted".',
    },
  },
  'consent-signal-contradicts-behaviour:google-hit': {
    en: {
      title: 'Google requests to {host} declare consent "granted" although the visitor rejected',
      explanation:
        "The visitor rejected consent, yet Google hits to {host} carry gcs/gcd consent parameters saying storage or ad signals are granted. Google processes these hits as consented: the signal sent to the vendor contradicts the visitor's choice (GDPR Art. 6(1)(a), Art. 7(3); " +
        EPRIVACY +
        ').',
      fix: 'Check that the consent manager sends a Consent Mode "update" with "denied" on reject, and that no hard-coded gtag("consent", "default", ...) grants these signals.',
    },
    de: {
      title: 'Google-Anfragen an {host} melden Einwilligung "granted", obwohl abgelehnt wurde',
      explanation:
        'Der Besucher hat abgelehnt, trotzdem tragen Google-Hits an {host} gcs/gcd-Parameter, die Speicherung oder Werbesignale als erteilt melden. Google verarbeitet diese Hits als eingewilligt: das Signal widerspricht der Entscheidung des Besuchers (Art. 6 Abs. 1 lit. a, Art. 7 Abs. 3 DSGVO; ' +
        EPRIVACY_DE +
        ').',
      fix: 'Prüfen Sie, dass der Consent-Manager bei Ablehnung ein Consent-Mode-"update" mit "denied" sendet und kein fest eingebautes gtag("consent", "default", ...) diese Signale erteilt.',
    },
  },
  'consent-signal-contradicts-behaviour:cmp-reject-tracking': {
    en: {
      title: 'The consent manager stored a rejection, but tracking continued',
      explanation:
        "The consent manager's own stored choice says the visitor rejected ({name}), yet {count} tracker request(s) followed. The site records a refusal but does not act on it (GDPR Art. 6(1)(a), Art. 7(3); " +
        EPRIVACY +
        ').',
      fix: "Bind every tag to the consent manager's categories, and check for tags that bypass it (hard-coded snippets, plugins).",
    },
    de: {
      title: 'Der Consent-Manager hat eine Ablehnung gespeichert, das Tracking lief weiter',
      explanation:
        'Die gespeicherte Entscheidung des Consent-Managers lautet Ablehnung ({name}), dennoch folgten {count} Tracker-Anfrage(n). Die Seite speichert die Ablehnung, handelt aber nicht danach (Art. 6 Abs. 1 lit. a, Art. 7 Abs. 3 DSGVO; ' +
        EPRIVACY_DE +
        ').',
      fix: 'Binden Sie jedes Tag an die Kategorien des Consent-Managers und suchen Sie nach Tags, die ihn umgehen (fest eingebaute Snippets, Plugins).',
    },
  },
  'consent-signal-contradicts-behaviour:tcf-vs-choice': {
    en: {
      title: 'The visitor rejected, but the TCF consent string still grants purposes',
      explanation:
        "After the visitor rejected, the IAB TCF consent string still grants purposes {purposes}. Advertising vendors read this string and will process data as consented, contrary to the visitor's choice (GDPR Art. 6(1)(a), Art. 7(3); " +
        EPRIVACY +
        ').',
      fix: 'Have the consent manager write a TC string without purpose and vendor consents on reject; report the defect to the CMP vendor if it is their bug.',
    },
    de: {
      title: 'Der Besucher hat abgelehnt, der TCF-String erteilt aber weiter Zwecke',
      explanation:
        'Nach der Ablehnung erteilt der IAB-TCF-String weiterhin die Zwecke {purposes}. Werbe-Vendoren lesen diesen String und verarbeiten Daten als eingewilligt, entgegen der Entscheidung (Art. 6 Abs. 1 lit. a, Art. 7 Abs. 3 DSGVO; ' +
        EPRIVACY_DE +
        ').',
      fix: 'Der Consent-Manager muss bei Ablehnung einen TC-String ohne Zweck- und Vendor-Einwilligungen schreiben; melden Sie den Fehler ggf. dem CMP-Anbieter.',
    },
  },
  ...TRANSFER_FINDING_TEXTS,
  ...WRITER_FINDING_TEXTS,
  'embed-before-consent:fonts': {
    en: {
      title: '{tracker} loaded from the provider before consent',
      explanation:
        "The page loaded fonts from {host} ({company}) before the visitor made a choice, which sends the visitor's IP address to the provider without need. The Munich Regional Court (LG München I, judgment of 20.01.2022, 3 O 17493/20) held that embedding Google Fonts this way breaches GDPR Art. 6(1) (no legitimate interest, since fonts can be self-hosted) and awarded damages.",
      fix: 'Self-host the fonts: download them (e.g. with google-webfonts-helper), serve them from your own server and remove every link to fonts.googleapis.com / fonts.gstatic.com, including those added by themes and plugins.',
    },
    de: {
      title: '{tracker} vor der Einwilligung vom Anbieter geladen',
      explanation:
        'Die Seite hat Schriften von {host} ({company}) geladen, bevor der Besucher entschieden hat; dabei geht die IP-Adresse ohne Notwendigkeit an den Anbieter. Das LG München I (Urteil vom 20.01.2022, 3 O 17493/20) sah in dieser Einbindung von Google Fonts einen Verstoß gegen Art. 6 Abs. 1 DSGVO (kein berechtigtes Interesse, da Selbst-Hosting möglich) und sprach Schadensersatz zu.',
      fix: 'Hosten Sie die Schriften selbst (z. B. mit google-webfonts-helper) und entfernen Sie alle Verweise auf fonts.googleapis.com / fonts.gstatic.com, auch aus Themes und Plugins.',
    },
  },
  'embed-before-consent:video': {
    en: {
      title: '{tracker} embed loaded before consent',
      explanation:
        'A video embed from {host} ({company}) loaded before the visitor made a choice. The player sends the IP address to the provider and can set cookies or read device information, which needs prior consent under ' +
        EPRIVACY +
        ' and a legal basis under GDPR Art. 6(1). Even privacy-enhanced modes (youtube-nocookie.com) contact the provider and store data in the browser once the player loads. German courts applied the same reasoning as for Google Fonts (LG München I, 20.01.2022, 3 O 17493/20).',
      fix: 'Use a two-click solution: show a preview image with a notice, and load the player only after the visitor clicks or after consent for the category "external media".',
    },
    de: {
      title: '{tracker}-Einbettung vor der Einwilligung geladen',
      explanation:
        'Eine Video-Einbettung von {host} ({company}) wurde geladen, bevor der Besucher entschieden hat. Der Player übermittelt die IP-Adresse an den Anbieter und kann Cookies setzen oder Geräteinformationen lesen; das erfordert eine vorherige Einwilligung nach ' +
        EPRIVACY_DE +
        ' und eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO. Auch der erweiterte Datenschutzmodus (youtube-nocookie.com) kontaktiert den Anbieter. Deutsche Gerichte argumentieren wie bei Google Fonts (LG München I, 20.01.2022, 3 O 17493/20).',
      fix: 'Nutzen Sie eine Zwei-Klick-Lösung: Vorschaubild mit Hinweis, der Player lädt erst nach Klick oder nach Einwilligung in die Kategorie "Externe Medien".',
    },
  },
  'embed-before-consent:maps': {
    en: {
      title: '{tracker} loaded before consent',
      explanation:
        'A map from {host} ({company}) loaded before the visitor made a choice, sending the IP address to the provider and possibly setting cookies. Without consent this lacks a legal basis (GDPR Art. 6(1); ' +
        EPRIVACY +
        '); see the reasoning of LG München I, 20.01.2022, 3 O 17493/20 for third-party resources loaded without need.',
      fix: 'Use a two-click solution (static map image or address with a "load map" button), or self-host the map tiles with an EU provider.',
    },
    de: {
      title: '{tracker} vor der Einwilligung geladen',
      explanation:
        'Eine Karte von {host} ({company}) wurde geladen, bevor der Besucher entschieden hat; dabei geht die IP-Adresse an den Anbieter und es können Cookies gesetzt werden. Ohne Einwilligung fehlt die Rechtsgrundlage (Art. 6 Abs. 1 DSGVO; ' +
        EPRIVACY_DE +
        '); vgl. LG München I, 20.01.2022, 3 O 17493/20 zu ohne Notwendigkeit eingebundenen Drittressourcen.',
      fix: 'Nutzen Sie eine Zwei-Klick-Lösung (statisches Kartenbild oder Adresse mit Schaltfläche "Karte laden") oder hosten Sie Kartenkacheln bei einem EU-Anbieter.',
    },
  },
  'prechecked-consent-checkbox': {
    en: {
      title: 'Consent checkbox "{label}" is ticked by default',
      explanation:
        'A checkbox asking for consent (newsletter, advertising, data use) is pre-ticked. A pre-ticked box is not valid consent: consent needs an active, unambiguous act by the visitor (GDPR Art. 4(11), Art. 7, Recital 32; CJEU C-673/17 Planet49, 1 October 2019). For advertising e-mail, German law additionally requires express consent (§ 7(2) UWG).',
      fix: 'Leave the checkbox unticked by default and record the consent only when the visitor ticks it.',
    },
    de: {
      title: 'Einwilligungs-Checkbox "{label}" ist vorausgewählt',
      explanation:
        'Eine Checkbox für eine Einwilligung (Newsletter, Werbung, Datennutzung) ist vorausgewählt. Ein vorausgefülltes Kästchen ist keine wirksame Einwilligung: diese erfordert eine aktive, eindeutige Handlung (Art. 4 Nr. 11, Art. 7, ErwG 32 DSGVO; EuGH C-673/17 Planet49, 1. Oktober 2019). Für Werbe-E-Mails verlangt zudem § 7 Abs. 2 UWG eine ausdrückliche Einwilligung.',
      fix: 'Lassen Sie die Checkbox standardmäßig leer und speichern Sie die Einwilligung erst, wenn der Besucher sie aktiv anklickt.',
    },
  },
  'prechecked-consent-checkbox:unclear': {
    en: {
      title: 'Checkbox "{label}" is ticked by default and may ask for consent',
      explanation:
        'A pre-ticked checkbox mentions consent or agreement, but its label does not say for what (newsletter, advertising or data sharing would be a violation). If it asks for consent, a pre-ticked box is not valid consent: consent needs an active, unambiguous act by the visitor (GDPR Art. 4(11), Art. 7, Recital 32; CJEU C-673/17 Planet49, 1 October 2019).',
      fix: 'Check what ticking this box agrees to; if it is consent, leave it unticked by default and say in the label what the consent is for.',
    },
    de: {
      title: 'Checkbox "{label}" ist vorausgewählt und fragt womöglich nach einer Einwilligung',
      explanation:
        'Eine vorausgewählte Checkbox spricht von Einwilligung oder Zustimmung, ihr Text sagt aber nicht, wofür (Newsletter, Werbung oder Datenweitergabe wären ein Verstoß). Ist sie eine Einwilligung, ist ein vorausgefülltes Kästchen keine wirksame Einwilligung: diese erfordert eine aktive, eindeutige Handlung (Art. 4 Nr. 11, Art. 7, ErwG 32 DSGVO; EuGH C-673/17 Planet49, 1. Oktober 2019).',
      fix: 'Prüfen Sie, wozu das Ankreuzen zustimmt; ist es eine Einwilligung, lassen Sie die Checkbox standardmäßig leer und nennen Sie im Text den Zweck.',
    },
  },
  'unknown-third-party-tracking': {
    en: {
      title: 'Unlisted third party {site} appears to track visitors',
      explanation:
        '{site} is not in the tracker dataset, but it receives or stores what looks like a visitor identifier: {reasons}. If it identifies visitors, it needs prior consent under ' +
        EPRIVACY +
        ' and a legal basis under GDPR Art. 6(1). This is a heuristic: confirm what the service does before acting.',
      fix: 'Find out which tool uses this domain (see the scripts in the evidence), check its documentation and contract, and put it behind consent if it tracks.',
    },
    de: {
      title: 'Nicht gelisteter Drittanbieter {site} scheint Besucher zu verfolgen',
      explanation:
        '{site} steht nicht im Tracker-Datensatz, empfängt oder speichert aber offenbar eine Besucherkennung: {reasons}. Wenn der Dienst Besucher identifiziert, braucht er eine vorherige Einwilligung nach ' +
        EPRIVACY_DE +
        ' und eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO. Dies ist eine Heuristik: prüfen Sie den Dienst, bevor Sie handeln.',
      fix: 'Ermitteln Sie, welches Tool diese Domain nutzt (siehe Skripte in den Belegen), prüfen Sie Dokumentation und Vertrag und binden Sie es bei Tracking an die Einwilligung.',
    },
  },
  'unknown-third-party-tracking:same-in-all': {
    en: {
      title: 'Unlisted third party {site} receives values that are the same for every fresh visitor',
      explanation:
        '{site} is not in the tracker dataset. What looked like a visitor identifier was the same in every fresh browser profile of this run: {reasons}. A value the same for every visitor does not single one out (a site or account id, a version); but all profiles ran on this machine, so a value derived from its IP address or a device fingerprint would be the same too.',
      fix: 'Nothing to do if it is a site, account or configuration id. If it could be derived from the device (a fingerprint), check the scripts in the evidence and put the service behind consent.',
    },
    de: {
      title: 'Nicht gelisteter Drittanbieter {site} erhält Werte, die für jeden frischen Besucher gleich sind',
      explanation:
        '{site} steht nicht im Tracker-Datensatz. Was wie eine Besucherkennung aussah, war in jedem frischen Browserprofil dieses Laufs gleich: {reasons}. Ein für alle Besucher gleicher Wert kennzeichnet keinen einzelnen (eine Website- oder Konto-ID, eine Version); alle Profile liefen aber auf diesem Rechner, daher wäre auch ein aus seiner IP-Adresse oder einem Geräte-Fingerprint abgeleiteter Wert gleich.',
      fix: 'Nichts zu tun, wenn es eine Website-, Konto- oder Konfigurations-ID ist. Könnte er aus dem Gerät abgeleitet sein (Fingerprint), prüfen Sie die Skripte im Nachweis und stellen Sie den Dienst hinter die Einwilligung.',
    },
  },
  'essential-cookie': {
    en: {
      title: 'Essential cookie {name} ({purpose})',
      explanation:
        'The cookie {name} is known as {purpose}: {description} Cookies that are strictly necessary for a service the visitor asked for, or that store the consent choice itself, are exempt from consent (' +
        EPRIVACY +
        ', second sentence). Listed for completeness.',
      fix: 'No action needed; describe the cookie in your cookie policy.',
    },
    de: {
      title: 'Erforderliches Cookie {name} ({purpose})',
      explanation:
        'Das Cookie {name} gehört zur Kategorie „{purpose}“: {description} Unbedingt erforderliche Cookies und solche, die die Einwilligungsentscheidung selbst speichern, sind einwilligungsfrei (' +
        EPRIVACY_DE +
        ', Satz 2 bzw. Abs. 2). Zur Vollständigkeit aufgeführt.',
      fix: 'Kein Handlungsbedarf; beschreiben Sie das Cookie in Ihrer Cookie-Richtlinie.',
    },
  },
  'no-consent-manager': {
    en: {
      title: 'Trackers run but no consent manager was found',
      explanation:
        'The page loaded {count} tracker(s) that need consent ({trackers}), but no consent manager (banner script, CMP cookie or TCF/Consent Mode signal) was detected. Without a way to ask, consent under ' +
        EPRIVACY +
        ' and GDPR Art. 6(1)(a), Art. 7 cannot have been obtained.',
      fix: 'Install a consent management platform, configure it to block these trackers until the visitor accepts, and re-run the audit.',
    },
    de: {
      title: 'Tracker laufen, aber kein Consent-Manager gefunden',
      explanation:
        'Die Seite hat {count} einwilligungspflichtige Tracker geladen ({trackers}), aber kein Consent-Manager (Banner-Skript, CMP-Cookie oder TCF/Consent-Mode-Signal) wurde erkannt. Ohne Abfrage kann keine Einwilligung nach ' +
        EPRIVACY_DE +
        ' und Art. 6 Abs. 1 lit. a, Art. 7 DSGVO vorliegen.',
      fix: 'Installieren Sie eine Consent-Management-Plattform, lassen Sie sie diese Tracker bis zur Zustimmung blockieren und wiederholen Sie den Audit.',
    },
  },
  'stored-consent-at-start': {
    en: {
      title: 'The page was loaded with a consent stored earlier: "before choice" could not be observed',
      explanation:
        'A consent choice ({name}) was already present when the page loaded, and the audit was not started clean. Everything recorded ran under that earlier choice, so this audit cannot show what the page does before a new visitor answers the banner.',
      fix: 'Use "Start clean audit" (clears this site\'s cookies and storage and reloads) to observe the before-choice phase.',
    },
    de: {
      title: 'Die Seite wurde mit früher gespeicherter Einwilligung geladen: "vor der Entscheidung" nicht beobachtbar',
      explanation:
        'Beim Laden der Seite lag bereits eine Einwilligungsentscheidung vor ({name}), und der Audit wurde nicht sauber gestartet. Alles Aufgezeichnete lief unter dieser früheren Entscheidung; was die Seite vor der Antwort eines neuen Besuchers tut, zeigt dieser Audit nicht.',
      fix: 'Nutzen Sie „Saubere Prüfung starten“ (löscht Cookies und Speicher der Website und lädt neu), um die Phase vor der Entscheidung zu beobachten.',
    },
  },
};

export const RULE_IDS: readonly RuleId[] = [
  'tracking-request-before-choice',
  'tracking-storage-before-choice',
  'tracking-after-reject',
  'consent-signal-before-action',
  'consent-signal-contradicts-behaviour',
  'third-country-transfer',
  'embed-before-consent',
  'prechecked-consent-checkbox',
  'unknown-third-party-tracking',
  'essential-cookie',
  'no-consent-manager',
  'stored-consent-at-start',
];

/** Title, explanation and fix of `key` in `lang`, placeholders filled from `vars`. */
export function fillText(key: TextKey, lang: Lang, vars: TextVars): FindingText {
  const t = TEXTS[key][lang];
  const fill = (s: string): string => fillTemplate(s, vars, lang);
  return { title: fill(t.title), explanation: fill(t.explanation), fix: fill(t.fix) };
}
