// Every user-facing popup string, in English and German; components
// read the table of the current language via useStrings().
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { CATEGORY_NAMES } from '../data/category-names.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import { localeNumber } from '../utils/i18n/text.ts';
import { onwardText } from '../utils/findings/onward-text.ts';
import type { CannotAuditCode } from '../utils/view/auditability.ts';

/** Things counted in the popup; each language gives singular and plural. */
export type Noun =
  | 'request'
  | 'site'
  | 'cookie'
  | 'storageWrite'
  | 'beacon'
  | 'write'
  | 'host'
  | 'step'
  | 'company'
  | 'violation'
  | 'warning'
  | 'info';

/** Where a company or server sits, for transfers: EU/EEA, covered by an adequacy decision or the DPF, or neither. */
export type Zone = 'eu' | 'adequate' | 'dpf' | 'dpf-unknown' | 'non-eu' | 'unknown';

const EN_CATEGORIES = CATEGORY_NAMES.en;
const DE_CATEGORIES = CATEGORY_NAMES.de;

const EN_CANNOT: Record<CannotAuditCode, (scheme: string) => string> = {
  'no-url': (): string => 'The address of this tab is not available, so it cannot be audited.',
  'invalid-url': (): string => 'The address of this tab is not a valid URL, so it cannot be audited.',
  file: (): string => 'Local files (file://) are not websites: only http and https pages can be audited.',
  'browser-page': (scheme: string): string =>
    `This is a browser or extension page (${scheme}:): extensions cannot observe it. Open a website to audit it.`,
  scheme: (scheme: string): string =>
    `Pages with the ${scheme}: scheme cannot be audited: only http and https pages can.`,
  'chrome-store': (): string =>
    'The Chrome Web Store is protected by the browser: no extension can observe it, so it cannot be audited.',
  'edge-store': (): string =>
    'The Edge Add-ons store is protected by the browser: no extension can observe it, so it cannot be audited.',
  'firefox-protected': (): string =>
    "Firefox protects Mozilla's add-on and account sites from all extensions, so this page cannot be audited.",
};

const DE_CANNOT: Record<CannotAuditCode, (scheme: string) => string> = {
  'no-url': (): string => 'Die Adresse dieses Tabs ist nicht verfügbar, daher kann er nicht geprüft werden.',
  'invalid-url': (): string => 'Die Adresse dieses Tabs ist keine gültige URL, daher kann er nicht geprüft werden.',
  file: (): string => 'Lokale Dateien (file://) sind keine Websites: Nur http- und https-Seiten können geprüft werden.',
  'browser-page': (scheme: string): string =>
    `Dies ist eine Browser- oder Erweiterungsseite (${scheme}:), die Erweiterungen nicht beobachten können. Öffnen Sie eine Website, um sie zu prüfen.`,
  scheme: (scheme: string): string =>
    `Seiten mit dem Schema ${scheme}: können nicht geprüft werden, nur http- und https-Seiten.`,
  'chrome-store': (): string =>
    'Der Chrome Web Store ist vom Browser geschützt: Keine Erweiterung kann ihn beobachten, daher kann er nicht geprüft werden.',
  'edge-store': (): string =>
    'Der Edge-Add-ons-Store ist vom Browser geschützt: Keine Erweiterung kann ihn beobachten, daher kann er nicht geprüft werden.',
  'firefox-protected': (): string =>
    'Firefox schützt die Add-on- und Konto-Websites von Mozilla vor allen Erweiterungen, daher kann diese Seite nicht geprüft werden.',
};

/** One decimal or two, with the language's decimal separator: "1.25" / "1,25". */
function fixed(lang: Lang, n: number, digits: number): string {
  return localeNumber(n, lang, digits);
}

const EN_TABLE = {
  lang: 'en' as const,
  num: (n: number): string => localeNumber(n, 'en'),
  decimal: (n: number, digits: number): string => fixed('en', n, digits),
  nouns: {
    request: ['request', 'requests'],
    site: ['site', 'sites'],
    cookie: ['cookie', 'cookies'],
    storageWrite: ['storage write', 'storage writes'],
    beacon: ['beacon', 'beacons'],
    write: ['write', 'writes'],
    host: ['host', 'hosts'],
    step: ['step', 'steps'],
    company: ['company', 'companies'],
    violation: ['violation', 'violations'],
    warning: ['warning', 'warnings'],
    info: ['note', 'notes'],
  } satisfies Record<Noun, readonly [string, string]>,
  chars: (n: string): string => `${n} chars`,
  oneChar: '1 char',
  thousandChars: (n: string): string => `${n}k chars`,
  millionChars: (n: string): string => `${n}M chars`,

  appTitle: 'Consent Auditor',
  empty: 'No activity recorded for this tab yet. Reload the page to audit it.',
  cannotAuditTitle: 'This page cannot be audited',
  cannotAudit: EN_CANNOT,
  partial: 'Recording started after this page loaded: reload the page for a complete audit.',
  openReport: 'Open full report',
  openReportHint: 'Opens this audit in a tab: all findings, third parties and exports',
  unknownPage: '(unknown page)',
  filtersLabel: 'Filters',
  counts: 'Counts',
  ofThirdParty: (n: string): string => `(${n} third-party)`,
  thirdPartyOnly: 'Third-party only',
  nonEuOnly: 'Non-EU only',
  nonEuHint:
    'Only third parties whose company or servers are outside the EU/EEA (adequacy countries included) or not known',
  trackersOnly: 'Trackers only',
  trackersHint: 'Only requests to known or suspected trackers, and cookies and storage used for tracking',
  needsAnalysis: 'Available once the analysis has loaded',
  search: 'Search',
  searchPlaceholder: 'Filter by host, URL, cookie name or storage key',
  site: 'Site',
  started: 'Started',
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  requests: 'Requests',
  cookies: 'Cookies',
  storage: 'Storage',
  beacons: 'Beacons and pings',
  frames: 'Frames',
  notes: 'Recording notes',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  noMatch: 'Nothing matches the filters.',
  noneRecorded: 'None recorded.',
  ofTotal: (n: string, total: string): string => `${n} of ${total}`,
  andMore: (n: string): string => `…and ${n} more`,
  firstParty: 'first party',
  thirdParty: 'third party',
  pageReportedOnly: 'page-reported only',
  pageReportedOnlyHint:
    "Only the page's own script hooks reported this write; the browser did not confirm storing the cookie.",
  headerOnly: 'not confirmed stored',
  headerOnlyHint:
    'A response sent this Set-Cookie header, but the browser never reported storing the cookie (it may have been rejected, e.g. a blocked third-party or SameSite cookie).',
  setBy: { http: 'HTTP header', script: 'script', unknown: 'unknown' },
  setByLabel: 'set by',
  noNotes: 'No problems while recording.',
  cnameCloaked: (host: string, target: string, tracker: string, company: string) =>
    `CNAME cloaking: ${host} is an alias of ${target} (${tracker}, ${company}); shown as that tracker.`,
  emptyName: '(empty name)',
  emptyKey: '(empty key)',
  byResponse: (url: string): string => `by response of ${url}`,
  byScript: (url: string): string => `by ${url}`,
  inFrame: (url: string): string => `in frame ${url}`,
  initiator: {
    script: (url: string): string => `by script ${url}`,
    from: (origin: string): string => `from ${origin}`,
    frame: (url: string): string => `in frame ${url}`,
    inside: (url: string): string => `inside ${url}`,
    worker: (): string => 'via service worker',
  },
  flag: { session: 'session', expires: (date: string): string => `expires ${date}`, removed: 'removed' },
  statusWords: { redirect: 'redirect', pending: 'pending', cache: '(cache)', notSent: 'not sent' },
  serverIp: 'Server IP address',
  viaProxy: 'via proxy: location not known',
  noIp: 'no IP',
  pageReported: 'page-reported',
  pageReportedHint: "Reported by the page's script hooks; the browser did not show this request",

  // Consent phases
  phase: { 'before-choice': 'before choice', 'after-reject': 'after reject', 'after-accept': 'after accept' },
  phaseFilter: 'Phase',
  phaseAll: 'all phases',
  phaseCounts: 'Per consent phase',
  phaseHint: {
    'before-choice': 'Happened before the visitor answered the consent banner',
    'after-reject': 'Happened after the visitor rejected tracking',
    'after-accept': 'Happened after the visitor accepted tracking',
  },

  // Consent header
  consentTitle: 'Consent',
  cmp: 'Consent manager',
  noCmp: 'none detected',
  noCmpDetected: 'no consent manager detected',
  cmpMedium: '(from its cookies only)',
  tcfCmp: 'TCF CMP id',
  tcfVersion: 'version',
  consentState: 'Consent state',
  noAnswer: 'No answer yet',
  action: { accept: 'Accepted', reject: 'Rejected' },
  at: 'at',
  by: {
    automation: "by the extension's automation",
    user: 'by the visitor',
    signal: 'read from',
  },
  laterChanges: 'Later changes',
  consentMode: 'Google Consent Mode',
  cmSignal: 'Signal',
  cmDefault: 'Default',
  cmCurrent: 'Now',
  cmUnset: 'not set',
  cmNoUpdate: 'never updated',
  cleanDone: 'Clean audit',
  clearedCookies: (n: string): string => `cleared ${n}`,
  storedAtStart: 'Stored consent found at start',
  noneStored: 'none',
  storedHint: 'Consent stored from an earlier visit may hide what happens before the choice: use Start clean audit.',
  actions: 'Consent actions',
  cleanAudit: 'Start clean audit',
  cleanConfirmLead: 'Delete the cookies and storage of these sites, then reload?',
  cleanConfirm: 'Delete and reload',
  cleanCancel: 'Cancel',
  cleanAuditHint:
    "Clear this site's cookies and storage (and its third parties'), then reload: the banner shows as to a first-time visitor.",
  formTest: 'Test forms',
  formTestHint:
    "Type made-up test values into this page's form fields and watch whether a copy leaves the page before anyone submits.",
  formTestConfirmLead: "Test this page's forms? This will:",
  formTestSteps: [
    "type test values into this page's form fields (a made-up e-mail address at this site's domain, a phone number reserved for fiction, a name, a message), in the page and its same-origin frames;",
    'not submit any form;',
    'watch requests, cookies and storage for copies of those values until the page changes (a form test finding names the recipient and the encoding).',
  ],
  formTestConfirm: 'Type test values',
  rejectAll: 'Reject all for me',
  acceptAll: 'Accept all for me',
  rejectHint: 'Let the extension click "reject all" in the consent banner of this page',
  acceptHint: 'Let the extension click "accept all" in the consent banner of this page',
  working: 'Working…',
  noAnswerFromBackground: 'The extension did not answer. Try again.',
  actionsUnavailable: 'Actions are not available for this tab.',
  automation: 'Banner automation',
  autoStatus: {
    'cmp-detected': 'Consent manager detected',
    'popup-found': 'Banner found',
    started: 'Answering the banner',
    done: 'Done',
    failed: 'Failed',
    'no-banner': 'No banner found',
  },

  // Verdict and findings
  verdictLabel: 'Verdict',
  findings: 'Findings',
  severity: { violation: 'violation', warning: 'warning', info: 'info' },
  verdictClean: 'No violations or warnings found',
  verdictCleanPhase: 'no violations or warnings',
  verdictIncomplete: 'Record incomplete (see Notes): no violations found is no proof of none',
  verdictPending: 'Analysing…',
  mostSerious: 'Most serious:',
  noFindings: 'No findings.',
  explanation: 'Why it matters',
  fix: 'How to fix',
  evidence: 'Evidence',
  moreEvidence: 'more',
  scripts: 'Scripts',
  moreFindings: 'more findings not shown',
  tracker: 'Tracker',
  company: 'company in',
  servers: 'servers in',
  serverCountry: 'Server country (where the IP block is registered)',
  evOn: 'on',
  evSetBy: 'set by',
  evBy: 'by',
  evIn: 'in',
  evCookie: 'cookie',
  evCheckbox: 'checkbox',

  // Third parties by company
  companies: 'Third parties by company',
  companyLabel: 'Company',
  serversLabel: 'Servers',
  servicesLabel: 'Services',
  categoryLabel: 'Category',
  sitesLabel: 'Sites',
  parentLabel: 'Parent company',
  transferLabel: 'Transfer',
  transferCountriesLabel: 'Data goes to',
  cnameNote:
    'The extension cannot see DNS aliases (CNAME; Chrome has no API for them): a subdomain of the site that is a tracker in disguise is only detected by the headless CLI (consent-auditor scan).',
  cookiesLabel: 'Cookies',
  unknownCompany: 'not in the dataset',
  namedByTpw: 'named by third-party-web',
  countryNotKnown: 'country not known',
  unknownCountry: 'unknown',
  noServerCountry: 'no server country known',
  suspectedTracking: 'tracking suspected',
  suspectedTrackingHint:
    'Not in the tracker dataset, but it receives or stores values that look like visitor identifiers',
  categories: EN_CATEGORIES,
  zone: {
    eu: 'EU/EEA',
    adequate: 'adequacy',
    dpf: 'DPF',
    'dpf-unknown': 'DPF not known',
    'non-eu': 'non-EU',
    unknown: '?',
  } satisfies Record<Zone, string>,
  zoneHint: {
    eu: 'In the EU/EEA: no transfer rules apply',
    adequate: 'Outside the EU/EEA, covered by an EU adequacy decision',
    dpf: 'United States, company certified under the EU-US Data Privacy Framework',
    'dpf-unknown':
      'United States: whether the company is certified under the EU-US Data Privacy Framework is not known (no verified source); without it, a transfer needs safeguards (Art. 46 GDPR)',
    'non-eu': 'Outside the EU/EEA without an adequacy decision: a transfer needs safeguards (Art. 46 GDPR)',
    unknown: 'Location unknown',
  } satisfies Record<Zone, string>,
  transferVerdict: {
    ok: 'no safeguards needed',
    'needs-safeguards': 'needs safeguards (Art. 46 GDPR)',
    unknown: 'cannot be decided',
  },
  registryCaveat:
    "Server country = where the IP address block is registered, not necessarily where the machine stands. In Chrome it assumes a direct connection: behind a proxy every server shows the proxy's address.",
  serverSideTitle: 'Server-side collectors (the site forwards what it receives)',
  serverSideOnward: 'Onward',
  serverSideLikely: (company: string, country: string): string => onwardText('en', { company, country }),
  serverSideNotKnown: onwardText('en', null),
  serverSideStatement: 'What can and cannot be seen',
};

/** Every language's table has exactly these keys: a missing or extra key in DE is a compile error. */
export type Strings = Omit<typeof EN_TABLE, 'lang'> & { lang: Lang };

export const EN: Strings = EN_TABLE;

export const DE: Strings = {
  lang: 'de',
  num: (n: number): string => localeNumber(n, 'de'),
  decimal: (n: number, digits: number): string => fixed('de', n, digits),
  nouns: {
    request: ['Anfrage', 'Anfragen'],
    site: ['Website', 'Websites'],
    cookie: ['Cookie', 'Cookies'],
    storageWrite: ['Speichereintrag', 'Speichereinträge'],
    beacon: ['Beacon', 'Beacons'],
    write: ['Schreibvorgang', 'Schreibvorgänge'],
    host: ['Host', 'Hosts'],
    step: ['Schritt', 'Schritte'],
    company: ['Unternehmen', 'Unternehmen'],
    violation: ['Verstoß', 'Verstöße'],
    warning: ['Warnung', 'Warnungen'],
    info: ['Hinweis', 'Hinweise'],
  },
  chars: (n: string): string => `${n} Zeichen`,
  oneChar: '1 Zeichen',
  thousandChars: (n: string): string => `${n} Tsd. Zeichen`,
  millionChars: (n: string): string => `${n} Mio. Zeichen`,

  appTitle: 'Consent Auditor',
  empty: 'Für diesen Tab wurde noch nichts aufgezeichnet. Laden Sie die Seite neu, um sie zu prüfen.',
  cannotAuditTitle: 'Diese Seite kann nicht geprüft werden',
  cannotAudit: DE_CANNOT,
  partial:
    'Die Aufzeichnung begann erst nach dem Laden der Seite: Laden Sie die Seite für eine vollständige Prüfung neu.',
  openReport: 'Vollständigen Bericht öffnen',
  openReportHint: 'Öffnet diese Prüfung in einem Tab: alle Befunde, Drittanbieter und Exporte',
  unknownPage: '(unbekannte Seite)',
  filtersLabel: 'Filter',
  counts: 'Anzahlen',
  ofThirdParty: (n: string): string => `(${n} von Drittanbietern)`,
  thirdPartyOnly: 'Nur Drittanbieter',
  nonEuOnly: 'Nur außerhalb EU/EWR',
  nonEuHint:
    'Nur Drittanbieter, deren Unternehmen oder Server außerhalb von EU/EWR sitzen (einschließlich Ländern mit Angemessenheitsbeschluss) oder unbekannt sind',
  trackersOnly: 'Nur Tracker',
  trackersHint: 'Nur Anfragen an bekannte oder vermutete Tracker sowie Cookies und Speichereinträge zum Tracking',
  needsAnalysis: 'Verfügbar, sobald die Analyse geladen ist',
  search: 'Suche',
  searchPlaceholder: 'Nach Host, URL, Cookie-Name oder Speicherschlüssel filtern',
  site: 'Website',
  started: 'Beginn',
  live: 'Live',
  connecting: 'Verbinde…',
  reconnecting: 'Verbindung wird wiederhergestellt…',
  requests: 'Anfragen',
  cookies: 'Cookies',
  storage: 'Browser-Speicher',
  beacons: 'Beacons und Pings',
  frames: 'Frames',
  notes: 'Hinweise zur Aufzeichnung',
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  noMatch: 'Nichts entspricht den Filtern.',
  noneRecorded: 'Nichts aufgezeichnet.',
  ofTotal: (n: string, total: string): string => `${n} von ${total}`,
  andMore: (n: string): string => `…und ${n} weitere`,
  firstParty: 'Erstanbieter',
  thirdParty: 'Drittanbieter',
  pageReportedOnly: 'nur von der Seite gemeldet',
  pageReportedOnlyHint:
    'Nur die Skript-Hooks der Seite haben diesen Schreibvorgang gemeldet; der Browser hat das Speichern des Cookies nicht bestätigt.',
  headerOnly: 'Speicherung nicht bestätigt',
  headerOnlyHint:
    'Eine Antwort enthielt diesen Set-Cookie-Header, der Browser hat das Speichern des Cookies aber nie gemeldet (evtl. abgewiesen, z. B. als blockiertes Drittanbieter- oder SameSite-Cookie).',
  setBy: { http: 'HTTP-Header', script: 'Skript', unknown: 'unbekannt' },
  setByLabel: 'gesetzt durch',
  noNotes: 'Keine Probleme bei der Aufzeichnung.',
  cnameCloaked: (host: string, target: string, tracker: string, company: string) =>
    `CNAME-Cloaking: ${host} ist ein Alias von ${target} (${tracker}, ${company}); als dieser Tracker gezeigt.`,
  emptyName: '(leerer Name)',
  emptyKey: '(leerer Schlüssel)',
  byResponse: (url: string): string => `durch Antwort von ${url}`,
  byScript: (url: string): string => `von ${url}`,
  inFrame: (url: string): string => `im Frame ${url}`,
  initiator: {
    script: (url: string): string => `von Skript ${url}`,
    from: (origin: string): string => `von ${origin}`,
    frame: (url: string): string => `im Frame ${url}`,
    inside: (url: string): string => `in ${url}`,
    worker: (): string => 'über Service Worker',
  },
  flag: { session: 'Sitzung', expires: (date: string): string => `läuft ab ${date}`, removed: 'gelöscht' },
  statusWords: { redirect: 'Weiterleitung', pending: 'ausstehend', cache: '(Cache)', notSent: 'nicht gesendet' },
  serverIp: 'Server-IP-Adresse',
  viaProxy: 'über Proxy: Standort nicht bekannt',
  noIp: 'keine IP',
  pageReported: 'von der Seite gemeldet',
  pageReportedHint: 'Von den Skript-Hooks der Seite gemeldet; der Browser hat diese Anfrage nicht angezeigt',

  phase: {
    'before-choice': 'Vor der Einwilligung',
    'after-reject': 'Nach Ablehnung',
    'after-accept': 'Nach Zustimmung',
  },
  phaseFilter: 'Phase',
  phaseAll: 'alle Phasen',
  phaseCounts: 'Je Einwilligungsphase',
  phaseHint: {
    'before-choice': 'Geschah, bevor der Besucher das Consent-Banner beantwortet hat',
    'after-reject': 'Geschah, nachdem der Besucher das Tracking abgelehnt hat',
    'after-accept': 'Geschah, nachdem der Besucher dem Tracking zugestimmt hat',
  },

  consentTitle: 'Einwilligung',
  cmp: 'Consent-Manager',
  noCmp: 'keiner erkannt',
  noCmpDetected: 'kein Consent-Manager erkannt',
  cmpMedium: '(nur anhand seiner Cookies)',
  tcfCmp: 'TCF-CMP-ID',
  tcfVersion: 'Version',
  consentState: 'Einwilligungsstatus',
  noAnswer: 'Noch keine Antwort',
  action: { accept: 'Zugestimmt', reject: 'Abgelehnt' },
  at: 'bei',
  by: {
    automation: 'durch die Automatik der Erweiterung',
    user: 'durch den Besucher',
    signal: 'gelesen aus',
  },
  laterChanges: 'Spätere Änderungen',
  consentMode: 'Google Consent Mode',
  cmSignal: 'Signal',
  cmDefault: 'Standard',
  cmCurrent: 'Jetzt',
  cmUnset: 'nicht gesetzt',
  cmNoUpdate: 'nie aktualisiert',
  cleanDone: 'Saubere Prüfung',
  clearedCookies: (n: string): string => `${n} gelöscht`,
  storedAtStart: 'Beim Start gespeicherte Einwilligung',
  noneStored: 'keine',
  storedHint:
    'Eine bei einem früheren Besuch gespeicherte Einwilligung kann verdecken, was vor der Entscheidung passiert: Nutzen Sie „Saubere Prüfung starten“.',
  actions: 'Einwilligungsaktionen',
  cleanAudit: 'Saubere Prüfung starten',
  cleanConfirmLead: 'Cookies und Speicher dieser Websites löschen und neu laden?',
  cleanConfirm: 'Löschen und neu laden',
  cleanCancel: 'Abbrechen',
  cleanAuditHint:
    'Cookies und Speicher dieser Website (und ihrer Drittanbieter) löschen und neu laden: Das Banner erscheint wie für einen Erstbesucher.',
  formTest: 'Formulare testen',
  formTestHint:
    'Erfundene Testwerte in die Formularfelder dieser Seite tippen und prüfen, ob eine Kopie die Seite verlässt, bevor jemand absendet.',
  formTestConfirmLead: 'Formulare dieser Seite testen? Das heißt:',
  formTestSteps: [
    'Testwerte in die Formularfelder dieser Seite tippen (eine erfundene E-Mail-Adresse unter der Domain dieser Website, eine für Fiktion reservierte Telefonnummer, einen Namen, eine Nachricht), auch in Frames derselben Herkunft;',
    'kein Formular absenden;',
    'Anfragen, Cookies und Speicher nach Kopien dieser Werte durchsuchen, bis die Seite wechselt (ein Befund nennt Empfänger und Kodierung).',
  ],
  formTestConfirm: 'Testwerte eintippen',
  rejectAll: 'Für mich alles ablehnen',
  acceptAll: 'Für mich alles akzeptieren',
  rejectHint: 'Die Erweiterung klickt im Consent-Banner dieser Seite auf „Alle ablehnen“',
  acceptHint: 'Die Erweiterung klickt im Consent-Banner dieser Seite auf „Alle akzeptieren“',
  working: 'Läuft…',
  noAnswerFromBackground: 'Die Erweiterung hat nicht geantwortet. Bitte erneut versuchen.',
  actionsUnavailable: 'Für diesen Tab sind keine Aktionen verfügbar.',
  automation: 'Banner-Automatik',
  autoStatus: {
    'cmp-detected': 'Consent-Manager erkannt',
    'popup-found': 'Banner gefunden',
    started: 'Banner wird beantwortet',
    done: 'Fertig',
    failed: 'Fehlgeschlagen',
    'no-banner': 'Kein Banner gefunden',
  },

  verdictLabel: 'Ergebnis',
  findings: 'Befunde',
  severity: { violation: 'Verstoß', warning: 'Warnung', info: 'Hinweis' },
  verdictClean: 'Keine Verstöße oder Warnungen gefunden',
  verdictCleanPhase: 'keine Verstöße oder Warnungen',
  verdictIncomplete: 'Aufzeichnung unvollständig (siehe Hinweise): keine Verstöße gefunden heißt nicht keine',
  verdictPending: 'Analyse läuft…',
  mostSerious: 'Schwerwiegendster Befund:',
  noFindings: 'Keine Befunde.',
  explanation: 'Warum das wichtig ist',
  fix: 'Abhilfe',
  evidence: 'Belege',
  moreEvidence: 'weitere',
  scripts: 'Skripte',
  moreFindings: 'weitere Befunde nicht angezeigt',
  tracker: 'Tracker',
  company: 'Unternehmen in',
  servers: 'Server in',
  serverCountry: 'Serverland (wo der IP-Adressblock registriert ist)',
  evOn: 'auf',
  evSetBy: 'gesetzt durch',
  evBy: 'von',
  evIn: 'in',
  evCookie: 'Cookie',
  evCheckbox: 'Kontrollkästchen',

  companies: 'Drittanbieter nach Unternehmen',
  companyLabel: 'Unternehmen',
  serversLabel: 'Server',
  servicesLabel: 'Dienste',
  categoryLabel: 'Kategorie',
  sitesLabel: 'Websites',
  parentLabel: 'Muttergesellschaft',
  transferLabel: 'Übermittlung',
  transferCountriesLabel: 'Daten gehen nach',
  cnameNote:
    'Die Erweiterung sieht keine DNS-Aliase (CNAME; Chrome bietet dafür keine Schnittstelle): Eine Subdomain der Website, die in Wahrheit ein Tracker ist, erkennt nur die Kommandozeile (consent-auditor scan).',
  cookiesLabel: 'Cookies',
  unknownCompany: 'nicht im Datensatz',
  namedByTpw: 'Name laut third-party-web',
  countryNotKnown: 'Land nicht bekannt',
  unknownCountry: 'unbekannt',
  noServerCountry: 'kein Serverland bekannt',
  suspectedTracking: 'Tracking vermutet',
  suspectedTrackingHint:
    'Nicht im Tracker-Datensatz, empfängt oder speichert aber Werte, die wie Besucherkennungen aussehen',
  categories: DE_CATEGORIES,
  zone: {
    eu: 'EU/EWR',
    adequate: 'Angemessenheit',
    dpf: 'DPF',
    'dpf-unknown': 'DPF unbekannt',
    'non-eu': 'Nicht-EU',
    unknown: '?',
  },
  zoneHint: {
    eu: 'In der EU/im EWR: keine Übermittlungsregeln nötig',
    adequate: 'Außerhalb von EU/EWR, durch einen Angemessenheitsbeschluss der EU abgedeckt',
    dpf: 'USA, Unternehmen nach dem EU-US Data Privacy Framework zertifiziert',
    'dpf-unknown':
      'USA: Ob das Unternehmen nach dem EU-US Data Privacy Framework zertifiziert ist, ist nicht bekannt (keine geprüfte Quelle); ohne Zertifizierung braucht eine Übermittlung Garantien (Art. 46 DSGVO)',
    'non-eu': 'Außerhalb von EU/EWR ohne Angemessenheitsbeschluss: Eine Übermittlung braucht Garantien (Art. 46 DSGVO)',
    unknown: 'Standort unbekannt',
  },
  transferVerdict: {
    ok: 'keine Garantien nötig',
    'needs-safeguards': 'Garantien nötig (Art. 46 DSGVO)',
    unknown: 'nicht entscheidbar',
  },
  registryCaveat:
    'Serverland = wo der IP-Adressblock registriert ist, nicht unbedingt der Standort des Rechners. In Chrome setzt es eine direkte Verbindung voraus: hinter einem Proxy zeigt jeder Server die Adresse des Proxys.',
  serverSideTitle: 'Serverseitige Collectors (die Website leitet weiter, was sie erhält)',
  serverSideOnward: 'Weiter',
  serverSideLikely: (company: string, country: string): string => onwardText('de', { company, country }),
  serverSideNotKnown: onwardText('de', null),
  serverSideStatement: 'Was sichtbar ist und was nicht',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { en: EN, de: DE };

/** The English table; tests and code outside the popup's component tree read it directly. */
export const T: Strings = EN;

/** The popup's language; the default keeps components rendered without a provider in English. */
export const LangContext = createContext<Lang>('en');

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

/** "1 request", "5,000 requests" / "5.000 Anfragen". */
export function countOf(S: Strings, n: number, noun: Noun): string {
  const [one, many] = S.nouns[noun];
  return `${S.num(n)} ${n === 1 ? one : many}`;
}
