// The comparison of a URL's fresh profiles (utils/findings/profile-compare.ts) as a field of each cookie and storage
// row of the JSON report, so that a reader need not parse the evidence notes to know a value is a per-visitor id.
import type { ProfileVerdict, ProfileView } from '../findings/profile-compare.ts';
import { cookieKey, storageKey } from '../findings/profile-keys.ts';
import type { AcrossProfiles, ScenarioReport } from './report.ts';

/** A verdict as the report's field: differs = per-visitor, same = same; none (not judged) = not-compared. */
export function acrossProfiles(v: ProfileVerdict | null): AcrossProfiles {
  return v === null ? 'not-compared' : v.kind === 'differs' ? 'per-visitor' : 'same';
}

/** The report with `acrossProfiles` on every cookie and storage row, as `view` (this scenario's) judges its value. */
export function withAcrossProfiles(report: ScenarioReport, view: ProfileView): ScenarioReport {
  return {
    ...report,
    cookies: report.cookies.map((c) => ({
      ...c,
      acrossProfiles: acrossProfiles(view.verdict(cookieKey(c.name, c.domain))),
    })),
    storage: report.storage.map((s) => ({
      ...s,
      acrossProfiles: acrossProfiles(view.verdict(storageKey(s.kind, s.origin, s.key))),
    })),
  };
}
