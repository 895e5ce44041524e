// Third parties by company: category, company and server countries with their EU/non-EU zone, requests per phase.
import { PHASES } from '../utils/record/phase.ts';
import type { ViewFilter } from '../utils/view/view-filter.ts';
import { companyMatches, type CompanyGroup } from './companies.ts';
import { CountryTag } from './country-tag.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { Section } from './section.tsx';
import { ServerSideList } from './server-side-list.tsx';
import type { ServerSideCollector } from '../utils/findings/types.ts';
import { countOf, useStrings } from './strings.ts';

// Real pages have tens of companies; past this the rest is counted and the filters narrow the list.
const MAX_SHOWN = 150;

function CompanyItem({ g }: { g: CompanyGroup }) {
  const S = useStrings();
  return (
    <li>
      <details class={`company${g.nonEu ? ' company-non-eu' : ''}`}>
        <summary>
          <span class="line line-main">
            <strong class="company-name">{g.name}</strong>
            {g.categories.map((c) => (
              <span key={c} class="chip category">
                {S.categories[c]}
              </span>
            ))}
            {g.suspected && (
              <span class="chip chip-warn" title={S.suspectedTrackingHint}>
                {S.suspectedTracking}
              </span>
            )}
            {!g.known && !g.suspected && (
              <span class="chip muted">{g.namedByTpw ? S.namedByTpw : S.unknownCompany}</span>
            )}
            <span class="n">{countOf(S, g.requests.total, 'request')}</span>
          </span>
          <span class="line line-meta">
            {(g.known || g.namedByTpw) && <span class="muted">{S.companyLabel}</span>}
            {(g.known || g.country) && <CountryTag code={g.country} dpf={g.dpf} what={S.companyLabel} />}
            {!g.known && g.namedByTpw && !g.country && <span class="muted country-not-known">{S.countryNotKnown}</span>}
            <span class="muted">{S.serversLabel}</span>
            {g.serverCountries.length ? (
              g.serverCountries.map((c) => <CountryTag key={c} code={c} dpf={g.dpf} what={S.serverCountry} />)
            ) : (
              <span class="muted">{S.noServerCountry}</span>
            )}
            {PHASES.filter((p) => g.requests[p] > 0).map((p) => (
              <PhaseBadge key={p} phase={p} count={g.requests[p]} />
            ))}
          </span>
        </summary>
        <dl class="company-body">
          {g.services.length > 0 && (
            <>
              <dt>{S.servicesLabel}</dt>
              <dd>{g.services.join(', ')}</dd>
            </>
          )}
          <dt>{S.sitesLabel}</dt>
          <dd class="mono">{g.hosts.join(', ')}</dd>
          {g.parent && (
            <>
              <dt>{S.parentLabel}</dt>
              <dd>
                {g.parent}
                {g.parentCountry && (
                  <>
                    {' '}
                    <CountryTag code={g.parentCountry} dpf={g.dpf} what={S.parentLabel} />
                  </>
                )}
              </dd>
            </>
          )}
          {g.transferCountries.length > 0 && (
            <>
              <dt>{S.transferCountriesLabel}</dt>
              <dd class="transfer-countries">
                {g.transferCountries.map((c) => (
                  <CountryTag key={c} code={c} dpf={g.dpf} what={S.transferCountriesLabel} />
                ))}
                {g.recipients && <span class="muted"> {g.recipients}</span>}
              </dd>
            </>
          )}
          <dt>{S.transferLabel}</dt>
          <dd class={`transfer transfer-${g.transfer}`}>
            {S.transferVerdict[g.transfer]} <span class="muted">({S.registryCaveat})</span>
          </dd>
          {g.cookies.length > 0 && (
            <>
              <dt>{S.cookiesLabel}</dt>
              <dd class="mono">{g.cookies.join(', ')}</dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}

/** `cnameSeen`: the browser resolves DNS aliases (Firefox), so the "cannot see CNAME" note does not apply. */
export function CompaniesSection({
  companies,
  filter,
  cnameSeen = false,
  collectors,
}: {
  companies: readonly CompanyGroup[];
  filter: ViewFilter;
  cnameSeen?: boolean;
  /** Server-side collectors of the analysis: shown after the companies, with their onward recipient. */
  collectors?: readonly ServerSideCollector[];
}) {
  const S = useStrings();
  const shown = companies.filter((g) =>
    companyMatches(g, {
      phase: filter.phase,
      nonEuOnly: filter.nonEuOnly === true,
      trackersOnly: filter.trackersOnly === true,
      query: filter.query,
    }),
  );
  return (
    <Section id="companies" title={S.companies} count={shown.length} total={companies.length}>
      {shown.length === 0 ? (
        <p class="none">{companies.length ? S.noMatch : S.noneRecorded}</p>
      ) : (
        <ul class="companies">
          {shown.slice(0, MAX_SHOWN).map((g) => (
            <CompanyItem key={g.key} g={g} />
          ))}
          {shown.length > MAX_SHOWN && <li class="muted">{S.andMore(S.num(shown.length - MAX_SHOWN))}</li>}
        </ul>
      )}
      <ServerSideList items={collectors} />
      {!cnameSeen && <p class="muted cname-note">{S.cnameNote}</p>}
    </Section>
  );
}
