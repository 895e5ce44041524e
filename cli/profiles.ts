// The scenarios of one URL ran in fresh profiles: compare their values (utils/findings/profile-compare.ts) and analyse
// each again with what the others say, so a per-visitor id is confirmed and a value the same in all is not one.
import { compareProfiles, type ProfileView } from '../utils/findings/profile-compare.ts';
import type { ScenarioConsent, ScenarioReport } from '../utils/export/report.ts';
import type { ScenarioResult } from './scenario-common.ts';

interface Done<J> {
  job: J;
  r: ScenarioResult;
  s: ScenarioReport;
}

/**
 * The reports again, analysed with the comparison, for each URL that at least two scenarios recorded; the rest as
 * they were. `reanalyse` is the same analysis as the first, given the scenario's view.
 */
export async function withProfiles<J extends { urlIndex: number; consent: ScenarioConsent }>(
  done: ReadonlyArray<Done<J> | null | undefined>,
  reanalyse: (x: Done<J>, view: ProfileView) => Promise<ScenarioReport>,
): Promise<Array<Done<J> | null | undefined>> {
  const byUrl = new Map<number, Array<Done<J>>>();
  for (const x of done)
    if (x?.r.record && x.r.error === null) byUrl.set(x.job.urlIndex, [...(byUrl.get(x.job.urlIndex) ?? []), x]);
  const views = new Map<Done<J>, ProfileView>();
  for (const group of byUrl.values()) {
    if (group.length < 2) continue;
    const compared = compareProfiles(group.map((x) => ({ scenario: x.job.consent, record: x.r.record! })));
    for (const x of group) {
      const v = compared.get(x.job.consent);
      if (v) views.set(x, v);
    }
  }
  return Promise.all(
    done.map(async (x) => {
      const v = x ? views.get(x) : undefined;
      return x && v ? { ...x, s: await reanalyse(x, v) } : x;
    }),
  );
}
