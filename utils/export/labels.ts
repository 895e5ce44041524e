// Every fixed text of the HTML export in English and German; finding texts come translated inside the report.
import type { LegalStatus } from '../../data/countries.ts';
import type { Severity } from '../findings/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Attribution } from '../observe/events.ts';
import type { Phase } from '../record/phase.ts';
import type { FailOn, ReportSummary, ScenarioConsent, ScenarioVerdict } from './report.ts';
import type { TimelineLabels } from './timeline.ts';

export interface Labels {
  title: string;
  auditOf: string;
  summary: string;
  result: Record<ReportSummary['verdict'], string>;
  failOn: string;
  failOnLevel: Record<FailOn, string>;
  scenarios: string;
  scenario: Record<ScenarioConsent, string>;
  verdict: Record<ScenarioVerdict, string>;
  verdictLead: Record<ScenarioVerdict, string>;
  passed: string;
  failed: string;
  counts: { violations: string; warnings: string; infos: string; requests: string; thirdPartyRequests: string; trackerRequests: string; cookies: string; thirdParties: string; storage: string };
  consent: string;
  cmp: string;
  noCmp: string;
  choice: string;
  noChoice: string;
  choiceAction: Record<'accept' | 'reject', string>;
  choiceSource: Record<'automation' | 'user' | 'signal', string>;
  at: string;
  via: string;
  afterStart: string;
  answered: string;
  yes: string;
  no: string;
  /** A cookie only the page reported (or the browser refuses): shown beside its name */
  notStored: string;
  notAsked: string;
  notAudited: string;
  timeline: string;
  timelineApprox: string;
  timelineSvg: TimelineLabels;
  findings: string;
  noFindings: string;
  severity: Record<Severity, string>;
  phase: Record<Phase, string>;
  subject: string;
  fix: string;
  evidence: string;
  more: string;
  scripts: string;
  evidenceNotes: string;
  firstLast: string;
  thirdPartiesTitle: string;
  col: {
    site: string; company: string; category: string; companyCountry: string; serverCountries: string; transfer: string; requests: string;
    cookies: string; name: string; domain: string; party: string; setBy: string; phase: string; purpose: string; owner: string;
    needsConsent: string; script: string; attribution: string; kind: string; origin: string; key: string; url: string; tracker: string; server: string;
    status: string; time: string; type: string; scenario: string; answered: string; verdict: string;
  };
  party: { first: string; third: string };
  setBy: { http: string; script: string; unknown: string };
  /** How far the named script can be trusted (a page can name its code with //# sourceURL=) */
  attribution: Record<Attribution, string>;
  transfer: Record<'ok' | 'unknown' | 'needs-safeguards', string>;
  place: Record<LegalStatus | 'unknown', string>;
  unknownTracker: string;
  /** A company third-party-web names but nobody verified the seat of. */
  countryNotKnown: string;
  namedByTpw: string;
  cookiesTitle: string;
  storageTitle: string;
  requestsTitle: string;
  requestsCapped: string;
  notes: string;
  none: string;
  about: string;
  tool: string;
  dataset: string;
  ipTable: string;
  ipTableMissing: string;
  noSandbox: string;
  browser: string;
  started: string;
  finished: string;
  format: string;
  integrity: string;
  integrityLead: string;
  integrityReport: string;
  integrityHar: string;
  integrityHow: string;
  integrityMissing: string;
  ms: string;
  seconds: string;
}

const EN: Labels = {
  title: 'Consent Auditor report',
  auditOf: 'Audit of',
  summary: 'Summary',
  result: { pass: 'Passed', fail: 'Failed', error: 'Not fully audited' },
  failOn: 'fails on',
  failOnLevel: { violation: 'violations', warning: 'warnings and violations', never: 'never' },
  scenarios: 'Scenarios',
  scenario: { none: 'no answer to the banner', reject: 'reject all', accept: 'accept all' },
  verdict: { error: 'not audited', 'not-answered': 'banner not answered', violations: 'violations', warnings: 'warnings', clean: 'clean' },
  verdictLead: {
    error: 'This page could not be audited.',
    'not-answered': 'The consent banner could not be answered as the scenario asks, so the later phase was not observed.',
    violations: 'The page processes data before or against the visitor’s consent.',
    warnings: 'No clear violation, but some points need a closer look.',
    clean: 'Nothing was found that needs consent before the visitor’s choice.',
  },
  passed: 'passed',
  failed: 'failed',
  counts: {
    violations: 'violations', warnings: 'warnings', infos: 'notes', requests: 'requests', thirdPartyRequests: 'to third parties',
    trackerRequests: 'to known trackers', cookies: 'cookies', thirdParties: 'third parties', storage: 'storage entries',
  },
  consent: 'Consent',
  cmp: 'Consent manager',
  noCmp: 'none detected',
  choice: 'Choice',
  noChoice: 'no choice recorded',
  choiceAction: { accept: 'accepted', reject: 'rejected' },
  choiceSource: { automation: 'by the auditor', user: 'by the visitor', signal: 'from a stored consent signal' },
  at: 'at',
  via: 'via',
  afterStart: 'after page start',
  answered: 'Banner answered',
  yes: 'yes',
  no: 'no',
  notStored: 'attempted, not stored',
  notAsked: 'not asked',
  notAudited: 'Could not be audited',
  timeline: 'Timeline',
  timelineApprox: 'The exact moment of the choice is not known here; the line marks the first item recorded after it.',
  timelineSvg: {
    title: 'Requests over time by consent phase',
    desc: '{requests} requests ({thirdParty} to third parties) over {span}, stacked by consent phase; the vertical line marks the visitor’s choice.',
    phases: { 'before-choice': 'before choice', 'after-reject': 'after reject', 'after-accept': 'after accept' },
    choice: { accept: 'Accepted at', reject: 'Rejected at' },
    thirdParty: 'of these to third parties',
    seconds: 's',
    noRequests: 'No requests recorded',
    decimal: '.',
  },
  findings: 'Findings',
  noFindings: 'No findings.',
  severity: { violation: 'Violation', warning: 'Warning', info: 'Note' },
  phase: { 'before-choice': 'before choice', 'after-reject': 'after reject', 'after-accept': 'after accept' },
  subject: 'Subject',
  fix: 'How to fix',
  evidence: 'Evidence',
  more: 'more not listed (see the JSON and CSV exports)',
  scripts: 'Scripts',
  evidenceNotes: 'Notes',
  firstLast: 'first / last seen',
  thirdPartiesTitle: 'Third parties',
  col: {
    site: 'Site', company: 'Company', category: 'Category', companyCountry: 'Company country', serverCountries: 'Server countries',
    transfer: 'Transfer', requests: 'Requests', cookies: 'Cookies', name: 'Name', domain: 'Domain', party: 'Party', setBy: 'Set by',
    phase: 'Phase', purpose: 'Purpose', owner: 'Owner', needsConsent: 'Needs consent', script: 'Script', attribution: 'Attribution', kind: 'Kind', origin: 'Origin',
    key: 'Key', url: 'URL', tracker: 'Tracker', server: 'Server', status: 'Status', time: 'Time', type: 'Type', scenario: 'Scenario',
    answered: 'Answered', verdict: 'Verdict',
  },
  party: { first: 'first party', third: 'third party' },
  setBy: { http: 'HTTP header', script: 'script', unknown: 'unknown' },
  attribution: { confident: 'confident', 'named-by-page': 'named by the page', unverified: 'unverified', unknown: 'unknown' },
  transfer: { ok: 'no safeguards needed', unknown: 'unknown', 'needs-safeguards': 'needs safeguards (Art. 44 ff. GDPR)' },
  place: {
    eea: 'EU/EEA', adequate: 'adequacy decision', 'adequate-dpf-only': 'adequacy for DPF-certified companies only',
    'third-country': 'non-EU, no adequacy decision', unknown: 'unknown',
  },
  unknownTracker: 'not in the tracker list',
  countryNotKnown: 'country not known',
  namedByTpw: 'named by third-party-web',
  cookiesTitle: 'Cookies',
  storageTitle: 'Storage (localStorage, sessionStorage, IndexedDB)',
  requestsTitle: 'Requests',
  requestsCapped: 'Only the first {n} requests are listed; the CSV and HAR exports hold all of them.',
  notes: 'Recording notes',
  none: 'None.',
  about: 'About this audit',
  tool: 'Tool',
  dataset: 'Tracker and company data',
  ipTable: 'IP country table',
  ipTableMissing: 'not loaded (server countries missing)',
  noSandbox: 'without its sandbox (--no-sandbox)',
  browser: 'Browser',
  started: 'Started',
  finished: 'Finished',
  format: 'Report format',
  integrity: 'Evidence integrity',
  integrityLead: 'SHA-256 fingerprints taken when this file was exported. Any later change to the report part of this file changes its fingerprint.',
  integrityReport: 'JSON report of the same audit',
  integrityHar: 'HAR of the same audit',
  integrityHow: 'To check: consent-auditor verify <file>',
  integrityMissing: 'This file carries no integrity data.',
  ms: 'ms',
  seconds: 's',
};

const DE: Labels = {
  title: 'Consent-Auditor-Bericht',
  auditOf: 'Prüfung von',
  summary: 'Zusammenfassung',
  result: { pass: 'Bestanden', fail: 'Nicht bestanden', error: 'Nicht vollständig geprüft' },
  failOn: 'nicht bestanden bei',
  failOnLevel: { violation: 'Verstößen', warning: 'Warnungen und Verstößen', never: 'nie' },
  scenarios: 'Szenarien',
  scenario: { none: 'Banner nicht beantwortet', reject: 'alles ablehnen', accept: 'alles akzeptieren' },
  verdict: { error: 'nicht geprüft', 'not-answered': 'Banner nicht beantwortet', violations: 'Verstöße', warnings: 'Warnungen', clean: 'unauffällig' },
  verdictLead: {
    error: 'Diese Seite konnte nicht geprüft werden.',
    'not-answered': 'Der Consent-Banner konnte nicht wie vorgesehen beantwortet werden; die spätere Phase wurde nicht beobachtet.',
    violations: 'Die Seite verarbeitet Daten vor oder entgegen der Einwilligung der Besucher.',
    warnings: 'Kein eindeutiger Verstoß, aber einige Punkte sollten genauer geprüft werden.',
    clean: 'Es wurde nichts gefunden, was vor der Entscheidung der Besucher eine Einwilligung braucht.',
  },
  passed: 'bestanden',
  failed: 'nicht bestanden',
  counts: {
    violations: 'Verstöße', warnings: 'Warnungen', infos: 'Hinweise', requests: 'Anfragen', thirdPartyRequests: 'an Dritte',
    trackerRequests: 'an bekannte Tracker', cookies: 'Cookies', thirdParties: 'Drittanbieter', storage: 'Speichereinträge',
  },
  consent: 'Einwilligung',
  cmp: 'Consent-Management-Plattform',
  noCmp: 'keine erkannt',
  choice: 'Entscheidung',
  noChoice: 'keine Entscheidung aufgezeichnet',
  choiceAction: { accept: 'akzeptiert', reject: 'abgelehnt' },
  choiceSource: { automation: 'durch den Auditor', user: 'durch die Besucherin / den Besucher', signal: 'aus einem gespeicherten Einwilligungssignal' },
  at: 'um',
  via: 'über',
  afterStart: 'nach Seitenstart',
  answered: 'Banner beantwortet',
  yes: 'ja',
  no: 'nein',
  notStored: 'versucht, nicht gespeichert',
  notAsked: 'nicht gefragt',
  notAudited: 'Nicht prüfbar',
  timeline: 'Zeitverlauf',
  timelineApprox: 'Der genaue Zeitpunkt der Entscheidung ist hier nicht bekannt; die Linie markiert den ersten danach aufgezeichneten Eintrag.',
  timelineSvg: {
    title: 'Anfragen im Zeitverlauf nach Einwilligungsphase',
    desc: '{requests} Anfragen ({thirdParty} an Dritte) über {span}, gestapelt nach Einwilligungsphase; die senkrechte Linie markiert die Entscheidung.',
    phases: { 'before-choice': 'vor der Entscheidung', 'after-reject': 'nach Ablehnung', 'after-accept': 'nach Zustimmung' },
    choice: { accept: 'Zugestimmt bei', reject: 'Abgelehnt bei' },
    thirdParty: 'davon an Dritte',
    seconds: 's',
    noRequests: 'Keine Anfragen aufgezeichnet',
    decimal: ',',
  },
  findings: 'Befunde',
  noFindings: 'Keine Befunde.',
  severity: { violation: 'Verstoß', warning: 'Warnung', info: 'Hinweis' },
  phase: { 'before-choice': 'vor der Entscheidung', 'after-reject': 'nach Ablehnung', 'after-accept': 'nach Zustimmung' },
  subject: 'Betrifft',
  fix: 'Behebung',
  evidence: 'Nachweise',
  more: 'weitere nicht aufgeführt (siehe JSON- und CSV-Export)',
  scripts: 'Skripte',
  evidenceNotes: 'Anmerkungen',
  firstLast: 'zuerst / zuletzt gesehen',
  thirdPartiesTitle: 'Drittanbieter',
  col: {
    site: 'Website', company: 'Unternehmen', category: 'Kategorie', companyCountry: 'Sitzland', serverCountries: 'Serverländer',
    transfer: 'Übermittlung', requests: 'Anfragen', cookies: 'Cookies', name: 'Name', domain: 'Domain', party: 'Partei', setBy: 'Gesetzt durch',
    phase: 'Phase', purpose: 'Zweck', owner: 'Anbieter', needsConsent: 'Einwilligung nötig', script: 'Skript', attribution: 'Zuordnung', kind: 'Art', origin: 'Origin',
    key: 'Schlüssel', url: 'URL', tracker: 'Tracker', server: 'Server', status: 'Status', time: 'Zeit', type: 'Typ', scenario: 'Szenario',
    answered: 'Beantwortet', verdict: 'Ergebnis',
  },
  party: { first: 'Erstanbieter', third: 'Drittanbieter' },
  setBy: { http: 'HTTP-Header', script: 'Skript', unknown: 'unbekannt' },
  attribution: { confident: 'sicher', 'named-by-page': 'von der Seite benannt', unverified: 'ungeprüft', unknown: 'unbekannt' },
  transfer: { ok: 'keine Garantien nötig', unknown: 'unbekannt', 'needs-safeguards': 'Garantien nötig (Art. 44 ff. DSGVO)' },
  place: {
    eea: 'EU/EWR', adequate: 'Angemessenheitsbeschluss', 'adequate-dpf-only': 'Angemessenheit nur für DPF-zertifizierte Unternehmen',
    'third-country': 'Drittland ohne Angemessenheitsbeschluss', unknown: 'unbekannt',
  },
  unknownTracker: 'nicht in der Trackerliste',
  countryNotKnown: 'Land nicht bekannt',
  namedByTpw: 'Name laut third-party-web',
  cookiesTitle: 'Cookies',
  storageTitle: 'Speicher (localStorage, sessionStorage, IndexedDB)',
  requestsTitle: 'Anfragen',
  requestsCapped: 'Nur die ersten {n} Anfragen sind aufgeführt; CSV- und HAR-Export enthalten alle.',
  notes: 'Hinweise zur Aufzeichnung',
  none: 'Keine.',
  about: 'Zu dieser Prüfung',
  tool: 'Werkzeug',
  dataset: 'Tracker- und Unternehmensdaten',
  ipTable: 'IP-Länder-Tabelle',
  ipTableMissing: 'nicht geladen (Serverländer fehlen)',
  noSandbox: 'ohne Sandbox (--no-sandbox)',
  browser: 'Browser',
  started: 'Beginn',
  finished: 'Ende',
  format: 'Berichtsformat',
  integrity: 'Integrität der Nachweise',
  integrityLead: 'SHA-256-Prüfsummen vom Zeitpunkt des Exports. Jede spätere Änderung am Berichtsteil dieser Datei ändert die Prüfsumme.',
  integrityReport: 'JSON-Bericht derselben Prüfung',
  integrityHar: 'HAR derselben Prüfung',
  integrityHow: 'Prüfen mit: consent-auditor verify <Datei>',
  integrityMissing: 'Diese Datei enthält keine Integritätsdaten.',
  ms: 'ms',
  seconds: 's',
};

export const LABELS: Readonly<Record<Lang, Labels>> = { en: EN, de: DE };

export function labelsFor(lang: Lang | undefined): Labels {
  return lang === 'de' ? DE : EN;
}
