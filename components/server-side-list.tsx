// Server-side collectors in the popup's third-party section: the host the browser sent the hits to, its servers, and
// the onward recipient as the vendor documents the set-up (likely, or not known), in the analysis's own words.
import type { ServerSideCollector } from '../utils/findings/types.ts';
import { CountryTag } from './country-tag.tsx';
import { countOf, useStrings } from './strings.ts';

export function ServerSideList({ items }: { items: readonly ServerSideCollector[] | undefined }) {
  const S = useStrings();
  if (!items || items.length === 0) return null;
  return (
    <div class="server-side">
      <h3 class="server-side-title">{S.serverSideTitle}</h3>
      <ul class="companies">
        {items.map((c) => (
          <li key={`${c.host}|${c.service}`}>
            <details class={`company${c.transfer === 'ok' ? '' : ' company-non-eu'}`}>
              <summary>
                <span class="line line-main">
                  <strong class="company-name mono">{c.host}</strong>
                  <span class="chip category">{c.service}</span>
                  <span class="n">{countOf(S, c.requests.total, 'request')}</span>
                </span>
                <span class="line line-meta">
                  <span class="muted">{S.serversLabel}</span>
                  {c.serverCountries.length ? (
                    c.serverCountries.map((code) => (
                      <CountryTag key={code} code={code} dpf={null} what={S.serverCountry} />
                    ))
                  ) : (
                    <span class="muted">{S.noServerCountry}</span>
                  )}
                  <span class="muted">{S.serverSideOnward}</span>
                  <span>
                    {c.onward.tracker
                      ? S.serverSideLikely(c.onward.tracker.company, c.onward.tracker.companyCountry)
                      : S.serverSideNotKnown}
                  </span>
                </span>
              </summary>
              <dl class="company-body">
                <dt>{S.transferLabel}</dt>
                <dd class={`transfer transfer-${c.transfer}`}>{S.transferVerdict[c.transfer]}</dd>
                <dt>{S.serverSideStatement}</dt>
                <dd class="server-side-statement">{c.statement}</dd>
              </dl>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
