// Findings, most serious first; each opens to why it matters, how to fix it, and the evidence behind it.
import type { EvidenceItem, Finding } from '../utils/findings/index.ts';
import { lengthLabel, relTime } from '../utils/record-view.ts';
import { PhaseBadge } from './phase-badge.tsx';
import { Section } from './section.tsx';
import { T } from './strings.ts';

// Findings are grouped per subject by the engine; past this many the rest is summarised.
const MAX_SHOWN = 100;

/** Evidence times are ms since page start. */
function at(t: number | null): string {
  return t === null ? '' : relTime(t, 0);
}

function EvidenceLine({ e }: { e: EvidenceItem }) {
  switch (e.kind) {
    case 'request':
      return (
        <>
          <PhaseBadge phase={e.phase} /> <span class="time">{at(e.t)}</span> <span class="chip type">{e.type}</span>{' '}
          <span class="mono ev-main">{e.url}</span>
          {e.serverIp && <span class="muted"> · {e.serverIp}{e.serverCountry ? ` (${e.serverCountry})` : ''}</span>}
          {e.script && <span class="muted"> · {T.evBy} {e.script}</span>}
        </>
      );
    case 'cookie':
      return (
        <>
          <PhaseBadge phase={e.phase} /> <span class="time">{at(e.t)}</span> <span class="chip">{T.evCookie}</span>{' '}
          <span class="mono ev-main">{e.name}</span> <span class="muted">{T.evOn} {e.domain} · {lengthLabel(e.valueLength)} · {T.evSetBy} {T.setBy[e.setBy]}</span>
          {(e.script ?? e.setByUrl) && <span class="muted"> · {e.script ?? e.setByUrl}</span>}
        </>
      );
    case 'storage':
      return (
        <>
          <PhaseBadge phase={e.phase} /> <span class="time">{at(e.t)}</span> <span class="chip">{e.storageKind}</span>{' '}
          <span class="mono ev-main">{e.key}</span> <span class="muted">{T.evOn} {e.origin} · {lengthLabel(e.valueLength)}</span>
          {e.script && <span class="muted"> · {T.evBy} {e.script}</span>}
        </>
      );
    case 'signal':
      return <>{e.t !== null && <span class="time">{at(e.t)} </span>}<span>{e.detail}</span></>;
    case 'form':
      return <><span class="time">{at(e.t)}</span> <span class="chip">{T.evCheckbox}</span> “{e.label}” <span class="muted">{T.evIn} {e.frameUrl}</span></>;
  }
}

function FindingItem({ f }: { f: Finding }) {
  const ev = f.evidence;
  return (
    <li>
      <details class={`finding sev-${f.severity}`}>
        <summary>
          <span class={`badge sev sev-badge-${f.severity}`}>{T.severity[f.severity]}</span>
          {f.phase && <PhaseBadge phase={f.phase} />}
          <span class="finding-title">{f.title}</span>
        </summary>
        <div class="finding-body">
          <p><strong>{T.explanation}:</strong> {f.explanation}</p>
          <p><strong>{T.fix}:</strong> {f.fix}</p>
          {ev.items.length > 0 && (
            <>
              <p class="ev-head"><strong>{T.evidence}</strong>{ev.times && <span class="muted"> ({at(ev.times.first)} – {at(ev.times.last)})</span>}</p>
              <ul class="evidence">
                {ev.items.map((e, i) => <li key={i}><EvidenceLine e={e} /></li>)}
                {ev.more > 0 && <li class="muted">…{ev.more.toLocaleString('en')} {T.moreEvidence}</li>}
              </ul>
            </>
          )}
          {ev.scripts.length > 0 && <p class="muted"><strong>{T.scripts}:</strong> <span class="mono">{ev.scripts.join(', ')}</span></p>}
          {ev.notes.map((n, i) => <p key={i} class="muted">{n}</p>)}
        </div>
      </details>
    </li>
  );
}

export function FindingsSection({ findings }: { findings: readonly Finding[] }) {
  const serious = findings.filter((f) => f.severity !== 'info').length;
  return (
    <Section id="findings" title={T.findings} count={findings.length} total={findings.length} alert={serious > 0}>
      {findings.length === 0 ? <p class="none">{T.noFindings}</p> : (
        <ul class="findings">
          {findings.slice(0, MAX_SHOWN).map((f) => <FindingItem key={f.id} f={f} />)}
          {findings.length > MAX_SHOWN && <li class="muted">…{(findings.length - MAX_SHOWN).toLocaleString('en')} {T.moreFindings}</li>}
        </ul>
      )}
    </Section>
  );
}
