// Cookies with who set them, when, and how; page-only reports are marked because the browser never confirmed them.
import { phaseOf } from '../utils/phase.ts';
import type { Choice, CookieEntry } from '../utils/record.ts';
import { cookieConfirmation, cookieFlags, lengthLabel, relTime, type RecordView } from '../utils/record-view.ts';
import { PartyBadge } from './party-badge.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { Section } from './section.tsx';
import { plural, T } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

const COOKIE_ROW_HEIGHT = 42;

function origin(c: CookieEntry): string {
  if (c.setBy === 'http' && c.setByUrl) return `by response of ${c.setByUrl}`;
  if (c.script) return `by ${c.script}`;
  if (c.setBy === 'script' && c.frameUrl) return `in frame ${c.frameUrl}`;
  return '';
}

function CookieRow({ c, startedAt, choice }: { c: CookieEntry; startedAt: number; choice: Choice | null }) {
  const by = origin(c);
  const confirmation = cookieConfirmation(c);
  return (
    <div class="row row-cookie">
      <div class="line line-main">
        <PhaseBadge phase={phaseOf(c.t, choice)} />
        <span class="name mono" title={c.name}>{c.name || '(empty name)'}</span>
        <span class="domain mono" title={`${c.domain}${c.path}`}>{c.domain}</span>
        <PartyBadge party={c.party} />
        {cookieFlags(c).map((f) => <span key={f} class={f === 'removed' ? 'chip chip-warn' : 'chip'}>{f}</span>)}
        {confirmation === 'page' && <span class="chip chip-warn" title={T.pageReportedOnlyHint}>{T.pageReportedOnly}</span>}
        {confirmation === 'header' && <span class="chip chip-warn" title={T.headerOnlyHint}>{T.headerOnly}</span>}
      </div>
      <div class="line line-meta">
        <span>set by <strong>{T.setBy[c.setBy]}</strong></span>
        <span class="time">{relTime(c.t, startedAt)}</span>
        <span>{lengthLabel(c.valueLength)}</span>
        <span>{plural(c.writes, 'write', 'writes')}</span>
        {by && <span class="who mono" title={by}>{by}</span>}
      </div>
    </div>
  );
}

export function CookiesSection({ view }: { view: RecordView }) {
  return (
    <Section id="cookies" title={T.cookies} count={view.cookies.length} total={view.counts.cookies}>
      {view.cookies.length === 0 ? (
        <p class="none">{view.counts.cookies ? T.noMatch : T.noneRecorded}</p>
      ) : (
        <VirtualList
          items={view.cookies} rowHeight={COOKIE_ROW_HEIGHT} height={340} label={T.cookies}
          getKey={(c, i) => `${c.name}|${c.domain}|${c.path}|${i}`}
          renderRow={(c) => <CookieRow c={c} startedAt={view.startedAt} choice={view.choice} />}
        />
      )}
    </Section>
  );
}
