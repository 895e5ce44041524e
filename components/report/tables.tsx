// Third parties, cookies and storage as tables with row headers; every value from the page is rendered as text.
import type { AnalyzedCookie, AnalyzedStorage, ThirdParty } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { num, secs } from './format.ts';
import { PagedTable, type Head } from './pager.tsx';
import { AttributionMark } from '../attribution-mark.tsx';
import { PhaseCells, PhaseHeads } from './phase-cells.tsx';
import { PhaseTag } from './phase-tag.tsx';
import type { ReportStrings } from './strings.ts';

interface TableProps<T> {
  items: readonly T[];
  lang: Lang;
  s: ReportStrings;
}

const dash = '—';

function yesNo(x: boolean | null, s: ReportStrings): string {
  return x === null ? dash : x ? s.yes : s.no;
}

// A host only third-party-web names shows its company (country
// not known unless data/entities.ts has it), never "unknown".
function NamedCompany({ t, s }: { t: ThirdParty; s: ReportStrings }) {
  const c = t.company;
  if (!c) return <span class="muted">{s.unknown}</span>;
  return (
    <>
      {c.name}
      <span class="muted block">
        {c.service}
        {c.source === 'third-party-web' ? ` · ${s.namedByTpw}` : ''}
      </span>
    </>
  );
}

export function ThirdPartiesTable({ items, lang, s }: TableProps<ThirdParty>) {
  if (items.length === 0) return <p class="none">{s.noThirdParties}</p>;
  return (
    <>
      <div class="table-wrap">
        <table class="report-table third-parties">
          <caption class="sr-only">{s.thirdParties}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colSite}</th>
              <th scope="col">{s.colCompany}</th>
              <th scope="col">{s.colCategory}</th>
              <th scope="col">{s.colCompanyCountry}</th>
              <th scope="col">{s.colServerCountries}</th>
              <th scope="col">{s.colTransfer}</th>
              <PhaseHeads s={s} label={s.colRequests} />
              <th scope="col" class="num">
                {s.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => {
              const tr = t.tracker;
              return (
                <tr key={t.site}>
                  <th scope="row">
                    <span class="mono">{t.site}</span>
                    {t.hosts.length > 0 && <span class="hosts muted mono">{t.hosts.join(', ')}</span>}
                  </th>
                  <td>
                    {tr ? (
                      <>
                        {tr.company}
                        <span class="muted block">{tr.name}</span>
                      </>
                    ) : (
                      <NamedCompany t={t} s={s} />
                    )}
                    {t.parentNote && <span class="muted block note">{t.parentNote}</span>}
                  </td>
                  <td>{tr ? (s.categories[tr.category] ?? tr.category) : dash}</td>
                  <td>
                    {tr ? tr.companyCountry || dash : t.company ? (t.company.country ?? s.countryNotKnown) : dash}
                  </td>
                  <td>{t.serverCountries.length > 0 ? t.serverCountries.join(', ') : dash}</td>
                  <td class={`transfer transfer-${t.transfer.verdict}`} title={t.transfer.explanation}>
                    {s.transfer[t.transfer.verdict] ?? t.transfer.verdict}
                  </td>
                  <PhaseCells counts={t.requests} lang={lang} />
                  <td class="num">{num(t.requests.total, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted small">{s.serverCaveat}</p>
    </>
  );
}

/** What cookies and storage entries share: how they are used, and when and how often they were written. */
type Usage = Pick<
  AnalyzedCookie,
  'phase' | 'purpose' | 'ownerName' | 'owner' | 'needsConsent' | 't' | 'writes' | 'valueLength'
>;

function usageHeads(s: ReportStrings): Head[] {
  return [
    s.colPhase,
    s.colPurpose,
    s.colOwner,
    s.colNeedsConsent,
    { text: s.colFirstSeen, num: true },
    { text: s.colWrites, num: true },
    { text: s.colLength, num: true },
  ];
}

function UsageCells({ item, lang, s }: { item: Usage; lang: Lang; s: ReportStrings }) {
  return (
    <>
      <td>
        <PhaseTag phase={item.phase} s={s} />
      </td>
      <td>{item.purpose ? (s.purposes[item.purpose] ?? item.purpose) : dash}</td>
      <td>{item.ownerName ?? item.owner ?? dash}</td>
      <td>{yesNo(item.needsConsent, s)}</td>
      <td class="num">{secs(item.t, lang)}</td>
      <td class="num">{num(item.writes, lang)}</td>
      <td class="num">{num(item.valueLength, lang)}</td>
    </>
  );
}

export function CookiesTable({ items, lang, s }: TableProps<AnalyzedCookie>) {
  if (items.length === 0) return <p class="none">{s.noneRecorded}</p>;
  const heads: Head[] = [s.colName, s.colDomain, s.colParty, s.colSetBy, ...usageHeads(s)];
  return (
    <PagedTable
      items={items}
      kind="cookies"
      label={s.cookies}
      heads={heads}
      s={s}
      row={(c, key) => (
        <tr key={key} class="row-cookie">
          <th scope="row" class="mono cookie-name">
            {c.name}
            {c.removed && <span class="chip">{s.removed}</span>}
          </th>
          <td class="mono">{c.domain}</td>
          <td>{c.thirdParty ? s.party.third : s.party.first}</td>
          <td>
            {s.setBy[c.setBy]}
            {(c.script ?? c.setByUrl) && <span class="mono url muted block">{c.script ?? c.setByUrl}</span>}
            {c.script && <AttributionMark attribution={c.attribution} lang={lang} />}
          </td>
          <UsageCells item={c} lang={lang} s={s} />
        </tr>
      )}
    />
  );
}

export function StorageTable({ items, lang, s }: TableProps<AnalyzedStorage>) {
  if (items.length === 0) return <p class="none">{s.noneRecorded}</p>;
  const heads: Head[] = [s.colKey, s.colKind, s.colOrigin, s.colParty, ...usageHeads(s)];
  return (
    <PagedTable
      items={items}
      kind="storage"
      label={s.storage}
      heads={heads}
      s={s}
      row={(x, key) => (
        <tr key={key} class="row-storage">
          <th scope="row" class="mono">
            {x.key}
            {x.script && <span class="mono url muted block">{x.script}</span>}
            {x.script && <AttributionMark attribution={x.attribution} lang={lang} />}
          </th>
          <td>{x.kind}</td>
          <td class="mono url">{x.origin}</td>
          <td>{x.thirdParty ? s.party.third : s.party.first}</td>
          <UsageCells item={x} lang={lang} s={s} />
        </tr>
      )}
    />
  );
}
