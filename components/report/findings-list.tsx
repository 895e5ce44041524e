// Findings as printable cards, most serious first, each with every evidence item the analysis kept.
import type { EvidenceItem, Finding, Severity } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { secs } from './format.ts';
import { PhaseTag } from './phase-tag.tsx';
import { ServerNote, WriterNote } from '../evidence-parts.tsx';
import type { ReportStrings } from './strings.ts';

const RANK: Record<Severity, number> = { violation: 0, warning: 1, info: 2 };

/** Stable sort by severity: the engine's order within a severity is kept. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (RANK[a.f.severity] ?? 3) - (RANK[b.f.severity] ?? 3) || a.i - b.i)
    .map((x) => x.f);
}

function Evidence({ e, lang, s }: { e: EvidenceItem; lang: Lang; s: ReportStrings }) {
  const at = (t: number | null) => (t === null ? null : <span class="time">{secs(t, lang)}</span>);
  switch (e.kind) {
    case 'request':
      return (
        <>
          <PhaseTag phase={e.phase} s={s} /> {at(e.t)}{' '}
          <span class="chip">
            {e.method} {e.type}
          </span>{' '}
          <span class="mono url">{e.url}</span>
          <ServerNote ip={e.serverIp} country={e.serverCountry} />
          <WriterNote
            name={e.script}
            by={s.evBy}
            nameClass="mono url"
            script={e.script}
            attribution={e.attribution}
            lang={lang}
          />
        </>
      );
    case 'cookie':
      return (
        <>
          <PhaseTag phase={e.phase} s={s} /> {at(e.t)} <span class="chip">{s.evCookie}</span>{' '}
          <span class="mono">{e.name}</span>{' '}
          <span class="muted">
            {s.evOn} <span class="mono">{e.domain}</span> · {s.chars(e.valueLength)} · {s.evSetBy} {s.setBy[e.setBy]}
          </span>
          <WriterNote
            name={e.script ?? e.setByUrl}
            nameClass="mono url"
            script={e.script}
            attribution={e.attribution}
            lang={lang}
          />
        </>
      );
    case 'storage':
      return (
        <>
          <PhaseTag phase={e.phase} s={s} /> {at(e.t)} <span class="chip">{e.storageKind}</span>{' '}
          <span class="mono">{e.key}</span>{' '}
          <span class="muted">
            {s.evOn} <span class="mono url">{e.origin}</span> · {s.chars(e.valueLength)}
          </span>
          <WriterNote
            name={e.script}
            by={s.evBy}
            nameClass="mono url"
            script={e.script}
            attribution={e.attribution}
            lang={lang}
          />
        </>
      );
    case 'signal':
      return (
        <>
          {at(e.t)} <span>{e.detail}</span>
        </>
      );
    case 'form':
      return (
        <>
          {at(e.t)} <span class="chip">{s.evCheckbox}</span> “{e.label}”{' '}
          <span class="muted">
            {s.evIn} <span class="mono url">{e.frameUrl}</span>
          </span>
        </>
      );
  }
}

function FindingCard({ f, n, lang, s }: { f: Finding; n: number; lang: Lang; s: ReportStrings }) {
  const ev = f.evidence;
  const subject = [f.subject.host, f.subject.name].filter((x) => typeof x === 'string' && x !== '').join(' · ');
  return (
    <li>
      <article class={`finding-card sev-${f.severity}`} aria-labelledby={`finding-${n}`}>
        <header>
          <span class={`sev-badge sev-badge-${f.severity}`}>{s.severity[f.severity]}</span>
          {f.phase && <PhaseTag phase={f.phase} s={s} />}
          <h3 id={`finding-${n}`}>{f.title}</h3>
        </header>
        {subject && (
          <p class="subject">
            <strong>{s.subject}:</strong> <span class="mono">{subject}</span>
          </p>
        )}
        <p>
          <strong>{s.why}:</strong> {f.explanation}
        </p>
        <p>
          <strong>{s.fix}:</strong> {f.fix}
        </p>
        {ev.items.length > 0 && (
          <>
            <p class="ev-head">
              <strong>{s.evidence}</strong>
              {ev.times && (
                <span class="muted">
                  {' '}
                  (
                  {ev.times.first === ev.times.last
                    ? s.evidenceAt(secs(ev.times.first, lang))
                    : s.evidenceSpan(secs(ev.times.first, lang), secs(ev.times.last, lang))}
                  )
                </span>
              )}
            </p>
            <ul class="evidence">
              {ev.items.map((e, i) => (
                <li key={i}>
                  <Evidence e={e} lang={lang} s={s} />
                </li>
              ))}
              {ev.more > 0 && <li class="muted">{s.moreEvidence(ev.more)}</li>}
            </ul>
          </>
        )}
        {ev.scripts.length > 0 && (
          <p class="muted">
            <strong>{s.scripts}:</strong>{' '}
            {ev.scripts.map((x, i) => (
              <span key={i} class="mono url">
                {i > 0 ? ', ' : ''}
                {x}
              </span>
            ))}
          </p>
        )}
        {ev.notes.map((x, i) => (
          <p key={i} class="muted">
            {x}
          </p>
        ))}
      </article>
    </li>
  );
}

export function FindingsList({ findings, lang, s }: { findings: readonly Finding[]; lang: Lang; s: ReportStrings }) {
  if (findings.length === 0) return <p class="none">{s.noFindings}</p>;
  return (
    <ol class="findings">
      {bySeverity(findings).map((f, i) => (
        <FindingCard key={f.id} f={f} n={i + 1} lang={lang} s={s} />
      ))}
    </ol>
  );
}
