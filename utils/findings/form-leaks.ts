// Findings from canary form fills: form-data-leak (a third party got typed data before submission) and
// form-data-to-non-eu (submitted data left the EEA). Input: the leaks a form run observed, plus the record's context.
import type { FormLeak } from '../knowledge/canary/leak.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { TransferAssessment } from '../knowledge/transfer-status.ts';
import { worstBasis } from '../knowledge/recipients.ts';
import { recipientChainText } from '../knowledge/recipient-text.ts';
import type { Lang } from '../i18n/lang.ts';
import { partyOf, siteOf } from '../url/party.ts';
import { findingId, groupBy, makeEvidence } from './finding.ts';
import { formLeakText, UNKNOWN_COMPANY } from './form-leak-texts.ts';
import type { Phase } from '../record/phase.ts';
import type { Analysis, EvidenceItem, Finding, Severity } from './types.ts';

export interface FormLeakOptions {
  /** Top-level site of the audited page (registrable domain). */
  site: string;
  /** Consent state when the form was filled. */
  consent: 'none' | 'reject' | 'accept';
  lang?: Lang;
  maxEvidence?: number;
}

const PHASE: Readonly<Record<FormLeakOptions['consent'], Phase>> = { none: 'before-choice', reject: 'after-reject', accept: 'after-accept' };

// Same assessment as the third-party table (third-parties.ts): company seat, DPF over its US recipients, recipient chain.
function recipient(leak: FormLeak, knowledge: Knowledge, lang: Lang): { company: string; transfer: TransferAssessment; abroad: boolean } {
  const m = knowledge.trackers.match(leak.host);
  const ip = leak.serverIp && knowledge.ipLookup ? knowledge.ipLookup(leak.serverIp) : null;
  const model = m ? knowledge.recipients(m.company) : null;
  const transfer = knowledge.transferStatus({
    companyCountry: m ? m.company.country : null,
    companyDpfCertified: model ? model.dpf : null,
    serverCountry: ip?.country ?? null,
    ...(ip ? { serverKind: ip.kind } : {}),
    recipients: model ? { basis: worstBasis(model.destinations), text: recipientChainText(model, lang) } : null,
  }, lang);
  // Only a known place outside the EEA counts: an unknown recipient must never read as "outside" (nor as "EU").
  const outside = (p: string): boolean => p !== 'eea' && p !== 'unknown';
  const abroad = outside(transfer.company) || outside(transfer.server) || (model?.transferCountries.length ?? 0) > 0;
  return { company: m ? m.company.name : UNKNOWN_COMPANY[lang], transfer, abroad };
}

function item(l: FormLeak, phase: Phase, start: number): EvidenceItem {
  return {
    kind: 'request', url: l.url, host: l.host, t: Math.max(0, l.t - start), phase, type: l.type, method: l.method,
    serverIp: l.serverIp, serverCountry: null, script: null,
  };
}

// The most literal encoding first: it is the one a reader can check by eye.
const ORDER = ['plain', 'lower-case', 'upper-case', 'url-encoded', 'base64', 'base64url', 'sha256', 'sha1', 'md5'];

export function formLeakFindings(leaks: readonly FormLeak[], knowledge: Knowledge, o: FormLeakOptions & { pageStart: number }): Finding[] {
  const lang: Lang = o.lang === 'de' ? 'de' : 'en';
  const site = siteOf(o.site);
  const phase = PHASE[o.consent];
  const out: Finding[] = [];
  const third = leaks.filter((l) => typeof l.host === 'string' && partyOf(l.host, site) === 'third');
  for (const [key, list] of groupBy(third, (l) => `${l.afterSubmit ? 'after' : 'before'}|${l.host}|${l.field}`)) {
    const first = [...list].sort((a, b) => ORDER.indexOf(a.encoding) - ORDER.indexOf(b.encoding))[0];
    if (!first) continue;
    const { company, transfer, abroad } = recipient(first, knowledge, lang);
    const encodings = Array.from(new Set(list.map((l) => `${l.encoding}${l.normalised ? ' (normalised)' : ''}`)));
    const vars = { host: first.host, field: first.field, encoding: encodings[0] ?? first.encoding, company, transfer: transfer.explanation };
    const subject = { kind: 'request' as const, host: first.host, name: first.control ?? first.field };
    const notes = [`${lang === 'de' ? 'Kodierungen' : 'Encodings'}: ${encodings.join(', ')}`, `${lang === 'de' ? 'Fundort' : 'Found in'}: ${Array.from(new Set(list.map((l) => l.where))).join(', ')}`, transfer.caveat];
    let rule: Finding['rule'];
    let severity: Severity;
    let text;
    if (!first.afterSubmit) {
      rule = 'form-data-leak';
      severity = o.consent === 'accept' ? 'warning' : 'violation';
      text = formLeakText(o.consent === 'accept' ? 'leak-after-consent' : 'leak', lang, vars);
    } else {
      // Submitted data going to the site's chosen service is not a leak; leaving the EEA still needs a basis.
      if (!abroad) continue;
      rule = 'form-data-to-non-eu';
      severity = transfer.verdict === 'ok' ? 'info' : 'warning';
      text = formLeakText('non-eu', lang, vars);
    }
    out.push({
      id: findingId(rule, subject, key),
      rule, severity, ...text, subject,
      evidence: { ...makeEvidence(list.map((l) => item(l, phase, o.pageStart)), o.maxEvidence ?? 10, notes), encoding: first.encoding },
      phase,
    });
  }
  return out;
}

/** The analysis with extra findings, its summary (verdict, counts) brought in step so exit codes see them. */
export function withFindings(a: Analysis, extra: readonly Finding[]): Analysis {
  if (extra.length === 0) return a;
  const findings = [...a.findings, ...extra];
  const bySeverity = { violation: 0, warning: 0, info: 0 };
  const findingsByPhase = { ...a.summary.findingsByPhase };
  for (const f of findings) bySeverity[f.severity]++;
  for (const f of extra) if (f.phase) findingsByPhase[f.phase]++;
  const verdict = bySeverity.violation > 0 ? 'violations' : bySeverity.warning > 0 ? 'warnings' : 'clean';
  return { ...a, findings, summary: { ...a.summary, bySeverity, findingsByPhase, verdict } };
}
