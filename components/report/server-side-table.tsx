// The report page's server-side collectors: the host the browser sent the hits to, its servers, the onward recipient
// as the vendor documents the set-up (likely, or not known) and the analysis's statement, all rendered as text.
import type { ServerSideCollector } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { num } from './format.ts';
import type { ReportStrings } from './strings.ts';

export function ServerSideTable({
  items,
  lang,
  s,
}: {
  items: readonly ServerSideCollector[] | undefined;
  lang: Lang;
  s: ReportStrings;
}) {
  if (!items || items.length === 0) return null;
  return (
    <>
      <h3 class="server-side-title">{s.serverSideTitle}</h3>
      <div class="table-wrap">
        <table class="report-table server-side">
          <caption class="sr-only">{s.serverSideTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colHost}</th>
              <th scope="col">{s.serverSideService}</th>
              <th scope="col">{s.colServerCountries}</th>
              <th scope="col">{s.serverSideOnward}</th>
              <th scope="col">{s.colTransfer}</th>
              <th scope="col" class="num">
                {s.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={`${c.host}|${c.service}`}>
                <th scope="row">
                  <span class="mono">{c.host}</span>
                </th>
                <td>{c.service}</td>
                <td>{c.serverCountries.length > 0 ? c.serverCountries.join(', ') : '—'}</td>
                <td>
                  <strong>
                    {c.onward.tracker
                      ? s.serverSideLikely(c.onward.tracker.company, c.onward.tracker.companyCountry)
                      : s.serverSideNotKnown}
                  </strong>
                  <span class="muted block note">{c.statement}</span>
                </td>
                <td class={`transfer transfer-${c.transfer}`}>
                  {c.transfer === 'unknown' ? s.serverSideUndecided : s.transfer[c.transfer]}
                </td>
                <td class="num">{num(c.requests.total, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
