// Findings, most serious first; each opens to why it matters, how to fix it, and the evidence behind it.
import type { EvidenceItem, Finding } from '../utils/findings/index.ts';
import type { Phase } from '../utils/record/phase.ts';
import { lengthText, relText } from './format.ts';
import { PhaseBadge } from './phase-badge.tsx';
import { ServerNote, WriterNote } from './evidence-parts.tsx';
import { Section } from './section.tsx';
import { useStrings, type Strings } from './strings.ts';

// Findings are grouped per subject by the engine; past this many the rest is summarised.
const MAX_SHOWN = 100;

/** Evidence times are ms since page start. */
function at(S: Strings, t: number | null): string {
  return t === null ? '' : relText(S, t, 0);
}

function EvidenceLine({ e }: { e: EvidenceItem }) {
  const S = useStrings();
  switch (e.kind) {
    case 'request':
      return (
        <>
          <PhaseBadge phase={e.phase} /> <span class="time">{at(S, e.t)}</span> <span class="chip type">{e.type}</span>{' '}
          <span class="mono ev-main">{e.url}</span>
          <ServerNote ip={e.serverIp} country={e.serverCountry} />
          <WriterNote
            name={e.script}
            by={S.evBy}
            nameClass="mono"
            script={e.script}
            attribution={e.attribution}
            lang={S.lang}
          />
        </>
      );
    case 'cookie':
      return (
        <>
          <PhaseBadge phase={e.phase} /> <span class="time">{at(S, e.t)}</span> <span class="chip">{S.evCookie}</span>{' '}
          <span class="mono ev-main">{e.name}</span>{' '}
          <span class="muted">
            {S.evOn} <span class="mono">{e.domain}</span> · {lengthText(S, e.valueLength)} · {S.evSetBy}{' '}
            {S.setBy[e.setBy]}
          </span>
          <WriterNote
            name={e.script ?? e.setByUrl}
            nameClass="mono"
            script={e.script}
            attribution={e.attribution}
            lang={S.lang}
          />
        </>
      );
    case 'storage':
      return (
        <>
          <PhaseBadge phase={e.phase} /> <span class="time">{at(S, e.t)}</span>{' '}
          <span class="chip">{e.storageKind}</span> <span class="mono ev-main">{e.key}</span>{' '}
          <span class="muted">
            {S.evOn} <span class="mono">{e.origin}</span> · {lengthText(S, e.valueLength)}
          </span>
          <WriterNote
            name={e.script}
            by={S.evBy}
            nameClass="mono"
            script={e.script}
            attribution={e.attribution}
            lang={S.lang}
          />
        </>
      );
    case 'signal':
      return (
        <>
          {e.t !== null && <span class="time">{at(S, e.t)} </span>}
          <span class="ftext">{e.detail}</span>
        </>
      );
    case 'form':
      return (
        <>
          <span class="time">{at(S, e.t)}</span> <span class="chip">{S.evCheckbox}</span>{' '}
          <span class="ftext">“{e.label}”</span>{' '}
          <span class="muted">
            {S.evIn} <span class="mono">{e.frameUrl}</span>
          </span>
        </>
      );
  }
}

function FindingItem({ f }: { f: Finding }) {
  const S = useStrings();
  const ev = f.evidence;
  return (
    <li>
      <details class={`finding sev-${f.severity}`}>
        <summary>
          <span class={`badge sev sev-badge-${f.severity}`}>{S.severity[f.severity]}</span>
          {f.phase && <PhaseBadge phase={f.phase} />}
          <span class="finding-title">{f.title}</span>
        </summary>
        <div class="finding-body">
          <p>
            <strong>{S.explanation}:</strong> <span class="ftext">{f.explanation}</span>
          </p>
          <p>
            <strong>{S.fix}:</strong> <span class="ftext">{f.fix}</span>
          </p>
          {ev.items.length > 0 && (
            <>
              <p class="ev-head">
                <strong>{S.evidence}</strong>
                {ev.times && (
                  <span class="muted">
                    {' '}
                    ({at(S, ev.times.first)} – {at(S, ev.times.last)})
                  </span>
                )}
              </p>
              <ul class="evidence">
                {ev.items.map((e, i) => (
                  <li key={i}>
                    <EvidenceLine e={e} />
                  </li>
                ))}
                {ev.more > 0 && (
                  <li class="muted">
                    …{S.num(ev.more)} {S.moreEvidence}
                  </li>
                )}
              </ul>
            </>
          )}
          {ev.scripts.length > 0 && (
            <p class="muted">
              <strong>{S.scripts}:</strong> <span class="mono">{ev.scripts.join(', ')}</span>
            </p>
          )}
          {ev.notes.map((n, i) => (
            <p key={i} class="muted ftext">
              {n}
            </p>
          ))}
        </div>
      </details>
    </li>
  );
}

export interface FindingsSectionProps {
  findings: readonly Finding[];
  /** With a phase, only that phase's findings are listed (the count says "n of total") */
  phase?: Phase | 'all';
}

export function FindingsSection({ findings, phase = 'all' }: FindingsSectionProps) {
  const S = useStrings();
  const shown = phase === 'all' ? findings : findings.filter((f) => f.phase === phase);
  const serious = shown.filter((f) => f.severity !== 'info').length;
  return (
    <Section id="findings" title={S.findings} count={shown.length} total={findings.length} alert={serious > 0}>
      {shown.length === 0 ? (
        <p class="none">{findings.length ? S.noMatch : S.noFindings}</p>
      ) : (
        <ul class="findings">
          {shown.slice(0, MAX_SHOWN).map((f) => (
            <FindingItem key={f.id} f={f} />
          ))}
          {shown.length > MAX_SHOWN && (
            <li class="muted">
              …{S.num(shown.length - MAX_SHOWN)} {S.moreFindings}
            </li>
          )}
        </ul>
      )}
    </Section>
  );
}
