// Cookies with who set them, when, and how; page-only reports are marked because the browser never confirmed them.
import { phaseOf } from '../utils/record/phase.ts';
import type { Choice, CookieEntry } from '../utils/record/record.ts';
import { cookieConfirmation } from '../utils/view/entry-labels.ts';
import type { RecordView } from '../utils/view/record-view.ts';
import { cookieFlagTexts, lengthText, relText } from './format.ts';
import { PartyBadge } from './party-badge.tsx';
import { AttributionMark } from './attribution-mark.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { Section } from './section.tsx';
import { countOf, useStrings, type Strings } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

const COOKIE_ROW_HEIGHT = 42;

function origin(S: Strings, c: CookieEntry): string {
  if (c.setBy === 'http' && c.setByUrl) return S.byResponse(c.setByUrl);
  if (c.script) return S.byScript(c.script);
  if (c.setBy === 'script' && c.frameUrl) return S.inFrame(c.frameUrl);
  return '';
}

function CookieRow({ c, startedAt, choice }: { c: CookieEntry; startedAt: number; choice: Choice | null }) {
  const S = useStrings();
  const by = origin(S, c);
  const confirmation = cookieConfirmation(c);
  return (
    <div class="row row-cookie">
      <div class="line line-main">
        <PhaseBadge phase={phaseOf(c.t, choice)} />
        <span class="name mono" title={c.name}>
          {c.name || S.emptyName}
        </span>
        <span class="domain mono" title={`${c.domain}${c.path}`}>
          {c.domain}
        </span>
        <PartyBadge party={c.party} />
        {cookieFlagTexts(S, c).map((f) => (
          <span key={f.text} class={f.warn ? 'chip chip-warn' : 'chip'}>
            {f.text}
          </span>
        ))}
        {confirmation === 'page' && (
          <span class="chip chip-warn" title={S.pageReportedOnlyHint}>
            {S.pageReportedOnly}
          </span>
        )}
        {confirmation === 'header' && (
          <span class="chip chip-warn" title={S.headerOnlyHint}>
            {S.headerOnly}
          </span>
        )}
      </div>
      <div class="line line-meta">
        <span>
          {S.setByLabel} <strong>{S.setBy[c.setBy]}</strong>
        </span>
        <span class="time">{relText(S, c.t, startedAt)}</span>
        <span>{lengthText(S, c.valueLength)}</span>
        <span>{countOf(S, c.writes, 'write')}</span>
        {by && (
          <span class="who mono" title={by}>
            {by}
          </span>
        )}
        {by && c.script && !(c.setBy === 'http' && c.setByUrl) && (
          <AttributionMark attribution={c.attribution} lang={S.lang} />
        )}
      </div>
    </div>
  );
}

export function CookiesSection({ view }: { view: RecordView }) {
  const S = useStrings();
  return (
    <Section id="cookies" title={S.cookies} count={view.cookies.length} total={view.counts.cookies}>
      {view.cookies.length === 0 ? (
        <p class="none">{view.counts.cookies ? S.noMatch : S.noneRecorded}</p>
      ) : (
        <VirtualList
          items={view.cookies}
          rowHeight={COOKIE_ROW_HEIGHT}
          height={340}
          label={S.cookies}
          getKey={(c, i) => `${c.name}|${c.domain}|${c.path}|${i}`}
          renderRow={(c) => <CookieRow c={c} startedAt={view.startedAt} choice={view.choice} />}
        />
      )}
    </Section>
  );
}
