// One finished scenario becomes a report row: CNAME cloaks resolved, the extension's findings engine run on the
// record, canary form findings added, the settle waits summarised.
import { applyCnameCloaks, cnameNotes, findCnameCloaks, type cnameResolver } from './cname.ts';
import { analyze, type Analysis, type Knowledge } from '../utils/findings/index.ts';
import type { ProfileView } from '../utils/findings/profile-compare.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import { buildScenarioReport, isoTime } from '../utils/export/report-build.ts';
import { withAcrossProfiles } from '../utils/export/report-profiles.ts';
import type { ScenarioConsent, ScenarioReport, ScenarioSettle, SettleWait } from '../utils/export/report.ts';
import type { ScenarioResult } from './scenario-common.ts';
import type { SettleResult } from './settle.ts';
import { withFormFindings } from './forms-report.ts';
import { proxyNote, throughProxy } from './browser/proxy-setting.ts';
import { nat64Note } from './nat64.ts';
import { withNat64, type Nat64Prefix } from '../utils/knowledge/nat64.ts';

export interface AnalysisContext {
  knowledge: Knowledge;
  /** null: CNAME lookups are off */
  dns: ReturnType<typeof cnameResolver> | null;
  lang: Lang;
  /** The proxy settings the browser may have followed (cli/browser/proxy-setting.ts); null: a direct connection */
  proxy?: string | null;
  /** What the other fresh profiles of the URL say of this one's values (cli/profiles.ts); absent on the first pass */
  profiles?: ProfileView;
  /** The network's own NAT64 prefixes (cli/nat64.ts); absent or empty without DNS64 */
  nat64?: readonly Nat64Prefix[];
}

/** The report row of one URL × scenario. */
export async function scenarioReportOf(
  job: { url: string; consent: ScenarioConsent },
  r: ScenarioResult,
  ctx: AnalysisContext,
): Promise<ScenarioReport> {
  const { dns } = ctx;
  const nat64 = ctx.nat64 ?? [];
  const base = ctx.knowledge.ipLookup;
  // Behind the network's own NAT64 an address is the operator's: it is located by the IPv4 server inside it.
  const knowledge = nat64.length > 0 && base ? { ...ctx.knowledge, ipLookup: withNat64(base, nat64) } : ctx.knowledge;
  const proxy = ctx.proxy ?? null;
  // Behind a proxy every address is the proxy's: the analysis reads each request as "not known (proxy)".
  const record = r.record && proxy ? throughProxy(r.record) : r.record;
  // CNAME cloaking (cli/cname.ts): cloaked first-party hosts are analysed as the tracker they alias.
  const cloaks = record && dns ? await findCnameCloaks(record, knowledge.trackers, dns) : [];
  let analysis: Analysis | null = null;
  if (record) {
    const seen = applyCnameCloaks(record, knowledge, cloaks);
    // Each scenario runs in its own new profile (scan.ts, scan-firefox.ts): nothing was stored by an earlier visit.
    analysis = analyze(seen.record, seen.knowledge, {
      lang: ctx.lang,
      freshProfile: true,
      profiles: ctx.profiles ?? null,
    });
  }
  if (record && analysis && r.forms)
    analysis = withFormFindings(analysis, record, r.forms, job.consent, knowledge, ctx.lang, r.notes, proxy !== null);
  const built = buildScenarioReport({
    consent: job.consent,
    url: job.url,
    record: r.record,
    analysis,
    answered: r.answered,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    error: r.error,
    notes: [
      ...(r.notes ?? []),
      ...cnameNotes(cloaks),
      ...(r.record && proxy ? [proxyNote(proxy)] : []),
      ...(r.record ? [nat64Note(nat64)].filter((n): n is string => n !== null) : []),
    ],
    httpStatus: r.httpStatus,
    settle: scenarioSettle(r.settle),
  });
  // The comparison of the URL's fresh profiles as a field of each cookie and storage row, not only as notes.
  const report = ctx.profiles ? withAcrossProfiles(built, ctx.profiles) : built;
  if (r.answerClicks) report.answerClicks = { trusted: r.answerClicks.trusted, script: r.answerClicks.script.length };
  return report;
}

/** The report's view of the two waits: settled only if every wait that ran settled. */
export function scenarioSettle(x: ScenarioResult['settle']): ScenarioSettle | undefined {
  const wait = (w: SettleResult | null): SettleWait | null =>
    w
      ? {
          settled: w.settled,
          lastActivityAt: w.lastActivityAt === null ? null : isoTime(w.lastActivityAt),
          waitedMs: Math.round(w.waitedMs),
        }
      : null;
  if (!x.afterLoad && !x.afterAnswer) return undefined;
  const afterLoad = wait(x.afterLoad);
  const afterAnswer = wait(x.afterAnswer);
  return { settled: (afterLoad?.settled ?? true) && (afterAnswer?.settled ?? true), afterLoad, afterAnswer };
}
