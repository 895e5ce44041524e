// Which consent manager ran, what the visitor chose and when, and whether the audit started from a clean browser.
import type { Lang } from '../../utils/i18n/lang.ts';
import type { Choice } from '../../utils/record/record.ts';
import { consentView } from '../../utils/view/consent-view.ts';
import { num, secs } from './format.ts';
import type { RecordSectionProps } from './section-props.ts';
import type { ReportStrings } from './strings.ts';

function ChoiceLine({ c, startedAt, lang, s }: { c: Choice; startedAt: number; lang: Lang; s: ReportStrings }) {
  return (
    <>
      <strong>{s.choiceWhen(c.action, secs(c.at - startedAt, lang))}</strong> {s.source[c.source] ?? c.source}
      {c.via && (
        <>
          {' '}
          {s.via} <span class="mono">{c.via}</span>
        </>
      )}
    </>
  );
}

export function ConsentSection({ record, analysis, lang, s }: RecordSectionProps) {
  const c = analysis.summary.consent;
  const tcf = consentView(record).tcf;
  const tcfId = tcf?.cmpId ?? c.tcf?.decoded?.cmpId ?? null;
  const clean = record.consent.clean;
  return (
    <dl class="facts">
      <dt>{s.cmp}</dt>
      <dd>
        {c.cmps.length === 0 ? (
          <span class="muted">{s.noCmp}</span>
        ) : (
          c.cmps.map((d, i) => (
            <span key={d.cmpId}>
              {i > 0 ? ', ' : ''}
              {d.name}
              {d.confidence === 'medium' ? ` ${s.cmpMedium}` : ''}
            </span>
          ))
        )}
      </dd>
      <dt>{s.tcfCmp}</dt>
      <dd>
        {tcfId === null ? (
          <span class="muted">{s.noTcf}</span>
        ) : (
          <>
            {num(tcfId, lang)}
            {tcf?.cmpName ? ` (${tcf.cmpName})` : ''}
          </>
        )}
      </dd>
      <dt>{s.choice}</dt>
      <dd>
        {c.choice ? (
          <ChoiceLine c={c.choice} startedAt={record.startedAt} lang={lang} s={s} />
        ) : (
          <span class="muted">{s.noChoice}</span>
        )}
      </dd>
      {c.changes.length > 0 && (
        <>
          <dt>{s.laterChanges}</dt>
          <dd>
            <ul class="plain">
              {c.changes.map((x, i) => (
                <li key={i}>
                  <ChoiceLine c={x} startedAt={record.startedAt} lang={lang} s={s} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{s.storedAtStart}</dt>
      <dd class={c.storedConsentAtStart ? 'warn' : ''}>{c.storedConsentAtStart ? s.storedYes : s.storedNo}</dd>
      <dt>{s.cleanStart}</dt>
      <dd>
        {c.cleanStart || clean ? s.cleanYes(clean?.clearedCookies ?? 0) : s.cleanNo}
        {clean && clean.storedConsent.length > 0 && (
          <span class="block muted">
            {s.storedFound}: <span class="mono">{clean.storedConsent.join(', ')}</span>
          </span>
        )}
      </dd>
    </dl>
  );
}
