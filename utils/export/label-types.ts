// The shape of the HTML export's fixed texts; the English and German texts are in labels-en.ts and labels-de.ts.
import type { LegalStatus } from '../../data/countries.ts';
import type { Severity } from '../findings/types.ts';
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
  counts: {
    violations: string;
    warnings: string;
    infos: string;
    requests: string;
    thirdPartyRequests: string;
    trackerRequests: string;
    cookies: string;
    thirdParties: string;
    storage: string;
  };
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
  /** A row of a window the page opened (a tab of its own, joined into the audit) */
  inWindow: string;
  /** A Reporting API report the browser queued (CLI): its type and how far its upload got, before its document */
  reportRow: (type: string, delivery: 'sent' | 'sending' | 'failed' | 'queued') => string;
  notAsked: string;
  /** CLI: how the answer's clicks were made (trusted input, script clicks) */
  answerClicks: (trusted: number, script: number) => string;
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
  /** The server-side collectors table: hosts that forward what the browser sent them */
  serverSide: {
    title: string;
    lead: string;
    host: string;
    service: string;
    server: string;
    onward: string;
    transfer: string;
    undecided: string;
  };
  col: {
    site: string;
    company: string;
    category: string;
    companyCountry: string;
    serverCountries: string;
    transfer: string;
    requests: string;
    cookies: string;
    name: string;
    domain: string;
    party: string;
    setBy: string;
    phase: string;
    purpose: string;
    owner: string;
    needsConsent: string;
    script: string;
    attribution: string;
    kind: string;
    origin: string;
    key: string;
    /** Storage: the frame of the first write, and how it was seen (hook, poll) */
    frame: string;
    seenBy: string;
    url: string;
    tracker: string;
    server: string;
    status: string;
    time: string;
    type: string;
    scenario: string;
    answered: string;
    verdict: string;
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
  /** A request's server location when it went through a proxy (the address shown is the proxy's) */
  serverViaProxy: string;
  /** A request the browser says never left (`notSent`: a CSP block, no address), before its reason */
  notSent: string;
  /** The about block's row on the network path: what the server locations rest on */
  serverLocations: string;
  locations: { notKnown: string; direct: string; directAsked: string; perRequest: string; assumed: string };
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
