// Lookups from the findings analysis into the request tree: tracker and countries by site, server country by request.
import type { Analysis, AnalyzedRequest, ThirdParty } from '../utils/findings/index.ts';

export interface Insight {
  bySite: ReadonlyMap<string, ThirdParty>;
  byRequest: ReadonlyMap<string, AnalyzedRequest>;
}

export function insightOf(a: Analysis | null): Insight | null {
  if (!a) return null;
  return {
    bySite: new Map(a.thirdParties.map((t) => [t.site, t])),
    byRequest: new Map(a.requests.map((r) => [r.id, r])),
  };
}
