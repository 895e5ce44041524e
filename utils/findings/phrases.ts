// Every short text the engine writes besides titles, explanations and fixes: evidence notes, signal details,
// classification reasons, heuristic reasons, consent-signal mismatches. Filled by fillTemplate like the finding texts.
import { fillTemplate, type TextVars } from './texts.ts';
import type { Lang } from './types.ts';

const EN = {
  // Why a cookie or storage key counts as tracking (context.ts).
  trackingPattern: '{purpose} ({description})',
  trackingPatternOwned: '{purpose} ({owner}: {description})',
  trackingOnDomain: 'set on the domain of {tracker} ({category})',
  trackingByResponse: 'set by a response from {tracker} ({category})',
  trackingByScript: 'written by a script of {tracker} ({category})',
  trackingByScriptUnverified:
    "written by a script of {tracker} ({category}) as this browser's stack text names it (not verified)",
  // A writer's name the page chose (//# sourceURL=) or a stack it could shape: shown, never used to classify
  // (attribution.ts).
  writerNotVerified:
    'The writer {script} is a name the page gave its own code or took from a stack the page could shape: shown, not verified, and not used to classify this write.',
  storeCookie: 'The cookie {name} (domain {domain})',
  storeStorage: 'The {storageKind} key {name} of {origin}',
  trackingInOrigin: 'stored in the origin of {tracker} ({category})',
  // A consent that was there before the visitor could answer (context.ts).
  storedChoice: '{action} via {via}, {ms} ms after page start',
  storedTcString: 'TCF string with purposes {purposes} loaded ({status}) with no banner shown',

  // Notes shared by several rules.
  rejectedAt: 'Rejected at +{ms} ms via {via}.',
  unknownVia: 'unknown',
  noChoiceRecorded: 'No visitor choice was recorded.',
  choiceRecordedAt: "The visitor's choice was recorded at +{ms} ms.",
  lastWritten: 'Last written at +{ms} ms ({count} write(s) in total).',
  // tracking-after-reject
  inFlightRule:
    'Only what started before the reject can still be in flight: a request that started after it counts, however soon.',
  inFlightExcused: 'Not counted, because it started before the reject and was still in flight ({count}): {items}.',
  excusedCookie: 'cookie {name} set by the response to {url}',
  siteOperator: 'the site operator (first-party collector)',
  collectorSeen: 'Recognised by request signature: {evidence}.',
  acceptedLater: 'The visitor accepted later (+{ms} ms); items after that are not counted.',
  // tracking-request-before-choice
  everyRequestBefore: 'No consent choice was recorded: every request counts as before the choice.',
  // tracking-storage-before-choice
  classified: 'Classified as tracking: {reason}.',
  removedLater:
    'Stored with a value at +{ms} ms and removed or emptied at +{removed} ms: the identifier was stored before the choice all the same.',
  setterUnknown:
    'Setter unknown: only the browser cookie store reported it (no Set-Cookie header or script write was seen).',
  // consent-signal-before-action / -contradicts-behaviour: where a TC string was read.
  tcSourceCookie: 'euconsent-v2 cookie',
  tcSourceApi: 'TCF API',
  tcDetail: '{source}: {message} {evidence} TC string: {tcString}',
  tcGrantsDetail: '{source}: purposes {purposes}, {count} vendor consents; {tcString}',
  gtagRegion: ' region {regions}',
  gtagNotApplied: ' (not applied)',
  cmpStoredAt: 'CMP choice stored at +{ms} ms; the recorded choice was {choice}.',
  noChoice: 'none',
  // embed-before-consent
  hosts: 'Hosts: {hosts}.',
  companySeat: '{company}, {country}.',
  companySeatParent: '{company}, {country} (parent in {parentCountry}).',
  // prechecked-consent-checkbox
  formAction: 'Form action: {action}',
  // stored-consent-at-start
  beforeChoiceRulesSkipped:
    'Rules about the before-choice phase (TCF or Consent Mode signals before action) were not applied to the stored consent.',
  // third-country-transfer
  companySide: 'Company side: {company} ({tracker}), seat {country}, DPF {dpf} → {status}.',
  companySideUnknown: 'Company side: not in the dataset (company unknown) → {status}.',
  dpfCertified: 'certified',
  dpfNotCertified: 'not certified',
  dpfNotKnown: 'not known',
  adequacyBasis: 'an EU adequacy decision',
  destinationNote: 'Destination {country}: recipients {recipients}; basis {basis}.',
  destinationNoteDpf: 'Destination {country}: recipients {recipients}; basis {basis}; DPF {dpf} (source: {sources}).',
  noDpfSource: 'no verified DPF entry',
  dpfSourceRead: '{source}, read {date}',
  basisAdequacy: 'adequacy decision',
  basisDpf: 'EU-US DPF certification',
  basisNone: 'none known',
  basisNotKnown: 'not known (DPF status not verified)',
  serverSide: 'Server side: {countries} ({servers}) → {status}.',
  noRegistryCountry: 'no registry country',
  noServerIp: 'no server IP recorded',
  requestsBeforeChoice: '{count} of these requests happened before the consent choice.',
  // third-parties.ts: an EEA company whose parent is elsewhere.
  parentNote:
    "{company} sits in {country}, but its parent {parent} is in {parentCountry}: data held by the subsidiary can be reached under that country's law (for the US e.g. the CLOUD Act and FISA Section 702). Information only, not a violation by itself.",
  parentNoteDpf:
    "{company} sits in {country}, but its parent {parent} is in {parentCountry}: data held by the subsidiary can be reached under that country's law (for the US e.g. the CLOUD Act and FISA Section 702); the group is certified under the EU-US Data Privacy Framework. Information only, not a violation by itself.",
  parentUnnamed: 'company',
  // unknown-tracking.ts: where an echoed value came from, and why an unlisted party looks like a tracker.
  sourceCookie: 'cookie {name} ({domain})',
  sourceStorage: '{kind} {key} ({host})',
  echoInParam: 'receives the value of {source} in parameter "{param}"',
  echoInPath: 'receives the value of {source} in the URL path',
  pixelWithIds: 'pixel-like image request with identifier parameter(s) {params}',
  xhrWithIds: 'XHR/fetch request with identifier parameter(s) {params}',
  beaconWithIds: 'beacon/ping with identifier parameter(s) {params}',
  idInPath: '{kind} request with an identifier-like value in URL path segment {n}',
  echoInBody: 'receives the value of {source} in its request body ({field})',
  bodyWithIds: '{kind} request with identifier(s) in its body: {params}',
  bodyWithIdsPage:
    "{kind} request with identifier(s) in its Blob body, as the page's hook read it (the browser shows none): {params}",
  bodyBinary: 'a {kind} request body to it is binary, not scanned',
  bodyHidden: 'a {kind} request body to it was not shown by the browser (a Blob), not scanned',
  bodyCut: 'a {kind} request body to it is over 64 kB: only its first 64 kB were scanned',
  randomThirdPartyCookie: 'third-party cookie {name} holds a {length}-character random-looking value',
  namedIdThirdPartyCookie: 'third-party cookie {name}, named as an identifier, holds a {length}-character value',
  // profile-compare.ts: the same place compared across the fresh profiles of a CLI run's scenarios.
  profilesDiffer: 'value differs between the fresh profiles of scenarios {scenarios}',
  profilesSameConstant: 'same value in all {n} fresh profiles: a constant, not a visitor id',
  profilesSameMachine:
    'same value in all {n} fresh profiles of this run: not a per-visitor id here, though it could be derived from this machine (IP address or fingerprint)',
  profileNote: '{place}: {verdict}',
  placeParam: 'parameter "{name}"',
  placeSegment: 'URL path segment {n}',
  placeCookie: 'cookie {name} ({domain})',
  placeStorage: '{kind} key {key} ({origin})',
  perVisitorIn: '{kind} request with a per-visitor id in {place} ({verdict})',
  perVisitorCookie: 'third-party cookie {name} holds a per-visitor id ({verdict})',
  and: 'and',
  // Consent-signal mismatches (same wording as utils/consent/signals.ts, which the English output must keep).
  tcBeforeAction: 'A TCF consent string granting purposes {purposes} was stored {when}.',
  tcWithoutAction: 'without any visitor action',
  tcBeforeActed: '{ms} ms before the visitor acted',
  tcEvidence: 'cmpId {cmpId}, purposes consented: {purposes}, vendors consented: {vendors}',
  tcStoredNoAction: 'stored at {storedAt}, no user action recorded',
  tcStoredAction: 'stored at {storedAt}, user action at {actionAt}',
  cmDefaultGranted: 'Google Consent Mode default grants {signals} before the consent banner was answered.',
  cmDefaultSetAt: 'default set at {t}: {pairs}',
  bannerNotAnswered: 'banner not answered',
  bannerAnsweredAt: 'banner answered at {t}',
  googleHitOne:
    'A Google request to {host} declares consent granted (1 signal) although the visitor rejected in {cmp}.',
  googleHitMany:
    'A Google request to {host} declares consent granted ({count} signals) although the visitor rejected in {cmp}.',
  cmpChoice: 'CMP choice: {choice}',
  trackingAfterRejectOne: '1 tracker request after the visitor rejected in {cmp}.',
  trackingAfterRejectMany: '{count} tracker requests after the visitor rejected in {cmp}.',
  rejectedAtRaw: 'rejected at {t} ({evidence})',
  noStoredValue: 'no stored value',
  recordedChoice: 'recorded choice',
  msOnly: '{ms} ms',

  // Analysis errors (diagnostics; the cause is the runtime's own message).
  notARecord: 'not a page record: requests, cookies, storage or consent missing',
  analysisFailed: 'analysis failed: {error}',
  ruleFailed: 'rule {rule} failed: {error}',
  thirdPartiesFailed: 'third parties failed: {error}',
  consentSummaryFailed: 'consent summary failed: {error}',
  // preconnect-only.ts
  preconnectOnly:
    "Only a preconnect was seen here: the page asked the browser to open a connection (DNS, TCP, TLS) to {hosts}, no request. A browser that acts on the hint gives the party the visitor's IP address, so it is a warning, not a violation: remove the preconnect or add it only after consent.",
} as const;

export type PhraseKey = keyof typeof EN;

// Typed against the English keys: a missing or extra key is a compile error.
const DE: Readonly<Record<PhraseKey, string>> = {
  trackingPattern: '{purpose} ({description})',
  trackingPatternOwned: '{purpose} ({owner}: {description})',
  trackingOnDomain: 'gesetzt auf der Domain von {tracker} ({category})',
  trackingByResponse: 'gesetzt durch eine Antwort von {tracker} ({category})',
  trackingByScript: 'geschrieben von einem Skript von {tracker} ({category})',
  trackingByScriptUnverified:
    'geschrieben von einem Skript von {tracker} ({category}), wie es der Stack-Text dieses Browsers nennt (nicht geprüft)',
  writerNotVerified:
    'Der Schreiber {script} ist ein Name, den die Seite ihrem eigenen Code gegeben hat oder der aus einem von der Seite formbaren Stack stammt: angezeigt, nicht geprüft und nicht zur Einordnung dieses Schreibvorgangs verwendet.',
  storeCookie: 'Das Cookie {name} (Domain {domain})',
  storeStorage: 'Der {storageKind}-Schlüssel {name} von {origin}',
  trackingInOrigin: 'gespeichert im Origin von {tracker} ({category})',
  storedChoice: '{action}, erkannt über {via}, {ms} ms nach Seitenstart',
  storedTcString: 'TCF-String mit den Zwecken {purposes} geladen ({status}), ohne dass ein Banner angezeigt wurde',

  rejectedAt: 'Abgelehnt bei +{ms} ms, erkannt über {via}.',
  unknownVia: 'unbekannt',
  noChoiceRecorded: 'Es wurde keine Entscheidung des Besuchers aufgezeichnet.',
  choiceRecordedAt: 'Die Entscheidung des Besuchers wurde bei +{ms} ms aufgezeichnet.',
  lastWritten: 'Zuletzt geschrieben bei +{ms} ms (Schreibvorgänge insgesamt: {count}).',
  inFlightRule:
    'Nur was vor der Ablehnung begann, kann noch unterwegs sein: Eine Anfrage, die danach begann, zählt, wie kurz danach auch immer.',
  inFlightExcused: 'Nicht gezählt, weil vor der Ablehnung begonnen und noch unterwegs ({count}): {items}.',
  excusedCookie: 'Cookie {name}, gesetzt durch die Antwort auf {url}',
  siteOperator: 'der Seitenbetreiber (eigener Collector)',
  collectorSeen: 'An der Anfrage-Signatur erkannt: {evidence}.',
  acceptedLater: 'Der Besucher hat später zugestimmt (+{ms} ms); Elemente danach werden nicht gezählt.',
  everyRequestBefore:
    'Es wurde keine Einwilligungsentscheidung aufgezeichnet: Jede Anfrage zählt als vor der Entscheidung.',
  classified: 'Als Tracking eingestuft: {reason}.',
  removedLater:
    'Mit Wert gespeichert bei +{ms} ms und bei +{removed} ms entfernt oder geleert: Die Kennung war trotzdem vor der Entscheidung gespeichert.',
  setterUnknown:
    'Herkunft unbekannt: Nur der Cookie-Speicher des Browsers hat es gemeldet (weder ein Set-Cookie-Header noch ein Schreibzugriff per Skript wurde beobachtet).',
  tcSourceCookie: 'Cookie euconsent-v2',
  tcSourceApi: 'TCF-API',
  tcDetail: '{source}: {message} {evidence} TC-String: {tcString}',
  tcGrantsDetail: '{source}: Zwecke {purposes}, {count} Vendor-Einwilligungen; {tcString}',
  gtagRegion: ' Region {regions}',
  gtagNotApplied: ' (nicht angewendet)',
  cmpStoredAt: 'CMP-Entscheidung gespeichert bei +{ms} ms; aufgezeichnete Entscheidung: {choice}.',
  noChoice: 'keine',
  hosts: 'Hosts: {hosts}.',
  companySeat: '{company}, {country}.',
  companySeatParent: '{company}, {country} (Muttergesellschaft in {parentCountry}).',
  formAction: 'Ziel des Formulars: {action}',
  beforeChoiceRulesSkipped:
    'Regeln zur Phase vor der Entscheidung (TCF- oder Consent-Mode-Signale vor einer Aktion) wurden auf die gespeicherte Einwilligung nicht angewendet.',
  companySide: 'Unternehmensseite: {company} ({tracker}), Sitz {country}, DPF {dpf} → {status}.',
  companySideUnknown: 'Unternehmensseite: nicht im Datensatz (Unternehmen unbekannt) → {status}.',
  dpfCertified: 'zertifiziert',
  dpfNotCertified: 'nicht zertifiziert',
  dpfNotKnown: 'nicht bekannt',
  adequacyBasis: 'einen Angemessenheitsbeschluss der EU',
  destinationNote: 'Ziel {country}: Empfänger {recipients}; Grundlage {basis}.',
  destinationNoteDpf: 'Ziel {country}: Empfänger {recipients}; Grundlage {basis}; DPF {dpf} (Quelle: {sources}).',
  noDpfSource: 'kein geprüfter DPF-Eintrag',
  dpfSourceRead: '{source}, gelesen am {date}',
  basisAdequacy: 'Angemessenheitsbeschluss',
  basisDpf: 'Zertifizierung nach dem EU-US DPF',
  basisNone: 'keine bekannt',
  basisNotKnown: 'nicht bekannt (DPF-Status nicht geprüft)',
  serverSide: 'Serverseite: {countries} ({servers}) → {status}.',
  noRegistryCountry: 'kein Registry-Land',
  noServerIp: 'keine Server-IP aufgezeichnet',
  requestsBeforeChoice: 'Davon vor der Einwilligungsentscheidung: {count} Anfrage(n).',
  parentNote:
    '{company} (Sitzland {country}) gehört zu {parent} (Sitzland {parentCountry}): Daten bei der Tochtergesellschaft sind nach dem Recht dieses Landes zugänglich (für die USA z. B. CLOUD Act und FISA Section 702). Nur zur Information, für sich allein kein Verstoß.',
  parentNoteDpf:
    '{company} (Sitzland {country}) gehört zu {parent} (Sitzland {parentCountry}): Daten bei der Tochtergesellschaft sind nach dem Recht dieses Landes zugänglich (für die USA z. B. CLOUD Act und FISA Section 702); der Konzern ist nach dem EU-US Data Privacy Framework zertifiziert. Nur zur Information, für sich allein kein Verstoß.',
  parentUnnamed: 'einer Muttergesellschaft',
  sourceCookie: 'Cookie {name} ({domain})',
  sourceStorage: '{kind} {key} ({host})',
  echoInParam: 'erhält den Wert von {source} im Parameter "{param}"',
  echoInPath: 'erhält den Wert von {source} im URL-Pfad',
  pixelWithIds: 'pixelartige Bildanfrage mit Kennungsparameter(n) {params}',
  xhrWithIds: 'XHR/fetch-Anfrage mit Kennungsparameter(n) {params}',
  beaconWithIds: 'Beacon/Ping mit Kennungsparameter(n) {params}',
  idInPath: '{kind}-Anfrage mit kennungsartigem Wert im URL-Pfadsegment {n}',
  echoInBody: 'erhält den Wert von {source} im Anfrageinhalt ({field})',
  bodyWithIds: '{kind}-Anfrage mit Kennung(en) im Anfrageinhalt: {params}',
  bodyWithIdsPage:
    '{kind}-Anfrage mit Kennung(en) im Blob-Anfrageinhalt, wie ihn der Hook in der Seite las (der Browser zeigt ihn nicht): {params}',
  bodyBinary: 'ein {kind}-Anfrageinhalt an sie ist binär, nicht durchsucht',
  bodyHidden: 'ein {kind}-Anfrageinhalt an sie wurde vom Browser nicht gezeigt (ein Blob), nicht durchsucht',
  bodyCut: 'ein {kind}-Anfrageinhalt an sie ist über 64 kB lang: nur die ersten 64 kB wurden durchsucht',
  randomThirdPartyCookie: 'Drittanbieter-Cookie {name} enthält einen zufällig wirkenden Wert mit {length} Zeichen',
  namedIdThirdPartyCookie: 'Drittanbieter-Cookie {name}, als Kennung benannt, enthält einen Wert mit {length} Zeichen',
  profilesDiffer: 'Wert unterscheidet sich zwischen den frischen Profilen der Szenarien {scenarios}',
  profilesSameConstant: 'gleicher Wert in allen {n} frischen Profilen: eine Konstante, keine Besucherkennung',
  profilesSameMachine:
    'gleicher Wert in allen {n} frischen Profilen dieses Laufs: hier keine Kennung je Besucher, könnte aber aus diesem Rechner abgeleitet sein (IP-Adresse oder Fingerprint)',
  profileNote: '{place}: {verdict}',
  placeParam: 'Parameter "{name}"',
  placeSegment: 'URL-Pfadsegment {n}',
  placeCookie: 'Cookie {name} ({domain})',
  placeStorage: '{kind}-Schlüssel {key} ({origin})',
  perVisitorIn: '{kind}-Anfrage mit einer Kennung je Besucher in {place} ({verdict})',
  perVisitorCookie: 'Drittanbieter-Cookie {name} enthält eine Kennung je Besucher ({verdict})',
  and: 'und',
  tcBeforeAction: 'Ein TCF-Consent-String mit den Zwecken {purposes} wurde {when} gespeichert.',
  tcWithoutAction: 'ohne jede Aktion des Besuchers',
  tcBeforeActed: '{ms} ms vor der Aktion des Besuchers',
  tcEvidence: 'cmpId {cmpId}, eingewilligte Zwecke: {purposes}, eingewilligte Vendoren: {vendors}',
  tcStoredNoAction: 'gespeichert bei {storedAt}, keine Nutzeraktion aufgezeichnet',
  tcStoredAction: 'gespeichert bei {storedAt}, Nutzeraktion bei {actionAt}',
  cmDefaultGranted:
    'Der Standardwert von Google Consent Mode erteilt {signals}, bevor das Consent-Banner beantwortet wurde.',
  cmDefaultSetAt: 'Standardwert gesetzt bei {t}: {pairs}',
  bannerNotAnswered: 'Banner nicht beantwortet',
  bannerAnsweredAt: 'Banner beantwortet bei {t}',
  googleHitOne:
    'Eine Google-Anfrage an {host} meldet die Einwilligung als erteilt (1 Signal), obwohl der Besucher in {cmp} abgelehnt hat.',
  googleHitMany:
    'Eine Google-Anfrage an {host} meldet die Einwilligung als erteilt ({count} Signale), obwohl der Besucher in {cmp} abgelehnt hat.',
  cmpChoice: 'CMP-Entscheidung: {choice}',
  trackingAfterRejectOne: '1 Tracker-Anfrage, nachdem der Besucher in {cmp} abgelehnt hat.',
  trackingAfterRejectMany: '{count} Tracker-Anfragen, nachdem der Besucher in {cmp} abgelehnt hat.',
  rejectedAtRaw: 'abgelehnt bei {t} ({evidence})',
  noStoredValue: 'kein gespeicherter Wert',
  recordedChoice: 'der aufgezeichneten Entscheidung',
  msOnly: '{ms} ms',

  notARecord: 'kein Seitenprotokoll: Anfragen, Cookies, Speicher oder Einwilligung fehlen',
  analysisFailed: 'Analyse fehlgeschlagen: {error}',
  ruleFailed: 'Regel {rule} fehlgeschlagen: {error}',
  thirdPartiesFailed: 'Drittanbieter-Auswertung fehlgeschlagen: {error}',
  consentSummaryFailed: 'Einwilligungs-Zusammenfassung fehlgeschlagen: {error}',
  preconnectOnly:
    'Hier wurde nur ein Preconnect gesehen: Die Seite hat den Browser gebeten, eine Verbindung (DNS, TCP, TLS) zu {hosts} aufzubauen, ohne Anfrage. Ein Browser, der dem Hinweis folgt, übermittelt der Partei die IP-Adresse des Besuchers; daher eine Warnung, kein Verstoß: Entfernen Sie den Preconnect oder setzen Sie ihn erst nach der Einwilligung.',
};

export const PHRASES: Readonly<Record<Lang, Readonly<Record<PhraseKey, string>>>> = { en: EN, de: DE };

/** The phrase `key` in `lang`, placeholders filled from `vars` (numbers in the language's style). */
export function phrase(lang: Lang, key: PhraseKey, vars: TextVars = {}): string {
  return fillTemplate(PHRASES[lang][key], vars, lang);
}
