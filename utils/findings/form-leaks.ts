// Findings from canary form fills: form-data-leak (a third party got typed data before submission) and
// form-data-to-non-eu (submitted data left the EEA). Input: the leaks a form run observed, plus the record's context.
import type { FormLeak } from '../knowledge/canary/leak.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { TransferAssessment } from '../knowledge/transfer-status.ts';
import { worstBasis } from '../knowledge/recipients.ts';
import { recipientChainText } from '../knowledge/recipient-text.ts';
import type { Lang } from '../i18n/lang.ts';
import { partyOf, siteOf } from '../url/party.ts';
import { hostOfUrl } from '../url/url.ts';
import { findingId, groupBy, makeEvidence } from './finding.ts';
import { formLeakText, UNKNOWN_COMPANY } from './form-leak-texts.ts';
import { namedCompany } from './transfer-company.ts';
import { writerTrusted } from './attribution.ts';
import { phrase } from './phrases.ts';
import type { Phase } from '../record/phase.ts';
import type { Analysis, EvidenceItem, Finding, Severity } from './types.ts';

export interface FormLeakOptions {
  /** Top-level site of the audited page (registrable domain). */
  site: string;
  /** Consent state when the form was filled. */
  consent: 'none' | 'reject' | 'accept';
  lang?: Lang;
  maxEvidence?: number;
  /** The browser may have used a proxy: every server address may be the proxy's, its country is not read */
  viaProxy?: boolean;
}

const PHASE: Readonly<Record<FormLeakOptions['consent'], Phase>> = {
  none: 'before-choice',
  reject: 'after-reject',
  accept: 'after-accept',
};

const RANK: Readonly<Record<TransferAssessment['verdict'], number>> = { ok: 0, unknown: 1, 'needs-safeguards': 2 };
const MAX_SERVERS = 20;

// Same assessment as the third-party table (third-parties.ts): company seat, DPF over its US recipients, recipient
// chain; per server address of the copies (a host can answer from several), the worst one, abroad first.
function recipient(
  leaks: readonly FormLeak[],
  host: string,
  knowledge: Knowledge,
  lang: Lang,
  viaProxy: boolean,
): { company: string; transfer: TransferAssessment; abroad: boolean } {
  // The tracker's company, else the cited company the naming layers give the host (as the third-party table does).
  const company = knowledge.trackers.match(host)?.company ?? namedCompany(knowledge, host);
  const model = company ? knowledge.recipients(company) : null;
  const ips = Array.from(new Set(leaks.flatMap((l) => (l.serverIp ? [l.serverIp] : [])))).slice(0, MAX_SERVERS);
  let worst: { transfer: TransferAssessment; abroad: boolean } | null = null;
  for (const serverIp of ips.length > 0 ? ips : [null]) {
    const ip = serverIp && knowledge.ipLookup && !viaProxy ? knowledge.ipLookup(serverIp) : null;
    const transfer = knowledge.transferStatus(
      {
        companyCountry: company ? company.country : null,
        companyDpfCertified: model ? model.dpf : null,
        serverCountry: ip?.country ?? null,
        ...(serverIp && viaProxy ? { serverKind: 'proxy' as const } : ip ? { serverKind: ip.kind } : {}),
        recipients: model ? { basis: worstBasis(model.destinations), text: recipientChainText(model, lang) } : null,
      },
      lang,
    );
    // A known country outside the EEA counts, a US one whatever its DPF status; an unknown one never reads as outside.
    const outside = (code: string | null): boolean =>
      code !== null && knowledge.countries.legal(code)?.status !== 'eea';
    const abroad =
      outside(transfer.companyCountry) || outside(transfer.serverCountry) || (model?.transferCountries.length ?? 0) > 0;
    if (
      !worst ||
      (abroad && !worst.abroad) ||
      (abroad === worst.abroad && RANK[transfer.verdict] > RANK[worst.transfer.verdict])
    )
      worst = { transfer, abroad };
  }
  return { company: company ? company.name : UNKNOWN_COMPANY[lang], transfer: worst!.transfer, abroad: worst!.abroad };
}

type Held = 'request' | 'cookie' | 'storage';

/** Where the copy was found: sent in a request, or kept in a cookie or in the page's storage. */
function heldIn(l: FormLeak): Held {
  return l.type === 'cookie' ? 'cookie' : l.type === 'storage' ? 'storage' : 'request';
}

/**
 * The third party behind a copy: the recipient host of a request; for stored copies the holder, else a third-party
 * writer. `named`: only a writer name the page chose or could shape ties it to that party (attribution.ts).
 */
function thirdPartyOf(l: FormLeak, site: string): { who: string; named: boolean } | null {
  if (typeof l.host !== 'string') return null;
  if (partyOf(l.host, site) === 'third') return { who: l.host, named: false };
  const writer = heldIn(l) === 'storage' && l.script ? hostOfUrl(l.script) : null;
  return writer && partyOf(writer, site) === 'third' ? { who: writer, named: !writerTrusted(l.attribution) } : null;
}

function item(l: FormLeak, phase: Phase, start: number): EvidenceItem {
  const t = Math.max(0, l.t - start);
  const held = heldIn(l);
  if (held === 'storage') {
    return {
      kind: 'storage',
      storageKind: l.method,
      origin: l.url,
      key: l.key ?? '',
      valueLength: 0,
      t,
      lastT: t,
      phase,
      writes: 1,
      script: l.script ?? null,
      ...(l.script && l.attribution ? { attribution: l.attribution } : {}),
    };
  }
  if (held === 'cookie') {
    return {
      kind: 'cookie',
      name: l.key ?? '',
      domain: l.host,
      valueLength: 0,
      t,
      lastT: t,
      phase,
      setBy: 'unknown',
      writes: 1,
      script: null,
      setByUrl: null,
      purpose: null,
    };
  }
  return {
    kind: 'request',
    url: l.url,
    host: l.host,
    t: Math.max(0, l.t - start),
    phase,
    type: l.type,
    method: l.method,
    serverIp: l.serverIp,
    serverCountry: null,
    script: null,
  };
}

// The most literal encoding first: it is the one a reader can check by eye.
const ORDER = ['plain', 'lower-case', 'upper-case', 'url-encoded', 'base64', 'base64url', 'sha256', 'sha1', 'md5'];

export function formLeakFindings(
  leaks: readonly FormLeak[],
  knowledge: Knowledge,
  o: FormLeakOptions & { pageStart: number },
): Finding[] {
  const lang: Lang = o.lang === 'de' ? 'de' : 'en';
  const site = siteOf(o.site);
  const phase = PHASE[o.consent];
  const out: Finding[] = [];
  const third = leaks.flatMap((l) => {
    const party = thirdPartyOf(l, site);
    return party ? [{ l, ...party }] : [];
  });
  for (const [key, pairs] of groupBy(
    third,
    ({ l, who, named }) =>
      `${l.afterSubmit ? 'after' : 'before'}|${heldIn(l)}|${who}|${l.field}${named ? '|named' : ''}`,
  )) {
    const list = pairs.map((p) => p.l);
    const first = [...list].sort((a, b) => ORDER.indexOf(a.encoding) - ORDER.indexOf(b.encoding))[0];
    const who = pairs[0]?.who;
    const named = pairs[0]?.named === true;
    if (!first || !who) continue;
    const held = heldIn(first);
    const { company, transfer, abroad } = recipient(list, who, knowledge, lang, o.viaProxy === true);
    const encodings = Array.from(new Set(list.map((l) => `${l.encoding}${l.normalised ? ' (normalised)' : ''}`)));
    const vars = {
      host: who,
      field: first.field,
      encoding: encodings[0] ?? first.encoding,
      company,
      script: first.script ?? '',
      transfer: transfer.explanation,
      store:
        held === 'cookie'
          ? `${lang === 'de' ? 'Cookie' : 'cookie'} ${first.key ?? ''} (${first.host})`
          : `${first.method} ${first.key ?? ''} (${first.host})`,
    };
    const subject = { kind: held, host: who, name: first.control ?? first.field };
    const notes = [
      `${lang === 'de' ? 'Kodierungen' : 'Encodings'}: ${encodings.join(', ')}`,
      `${lang === 'de' ? 'Fundort' : 'Found in'}: ${Array.from(new Set(list.map((l) => l.where))).join(', ')}`,
      transfer.caveat,
      ...(named ? [phrase(lang, 'writerNotVerified', { script: first.script ?? '' })] : []),
    ];
    let rule: Finding['rule'];
    let severity: Severity;
    let text;
    if (!first.afterSubmit) {
      rule = 'form-data-leak';
      // As for tracking writes: a copy only a page-chosen writer name ties to a third party is never a violation.
      severity = o.consent === 'accept' || named ? 'warning' : 'violation';
      text = formLeakText(
        named ? 'stored-named' : held !== 'request' ? 'stored' : o.consent === 'accept' ? 'leak-after-consent' : 'leak',
        lang,
        vars,
      );
    } else {
      // Submitted data going to the site's chosen service is not a leak; leaving the EEA still needs a basis.
      if (!abroad || held !== 'request') continue;
      rule = 'form-data-to-non-eu';
      severity = transfer.verdict === 'ok' ? 'info' : 'warning';
      text = formLeakText('non-eu', lang, vars);
    }
    out.push({
      id: findingId(rule, subject, key),
      rule,
      severity,
      ...text,
      subject,
      evidence: {
        ...makeEvidence(
          list.map((l) => item(l, phase, o.pageStart)),
          o.maxEvidence ?? 10,
          notes,
        ),
        encoding: first.encoding,
      },
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
