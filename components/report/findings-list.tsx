// Findings as printable cards, most serious first, each with every evidence item the analysis kept.
import type { Finding, Severity } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { secs } from './format.ts';
import { PhaseTag } from './phase-tag.tsx';
import { EvidenceBlock, type EvidenceLook } from '../evidence-block.tsx';
import type { ReportStrings } from './strings.ts';

const RANK: Record<Severity, number> = { violation: 0, warning: 1, info: 2 };

/** Stable sort by severity: the engine's order within a severity is kept. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (RANK[a.f.severity] ?? 3) - (RANK[b.f.severity] ?? 3) || a.i - b.i)
    .map((x) => x.f);
}

/** The report's evidence rows: phase tags, seconds, method and type, long values that wrap. */
function reportLook(lang: Lang, s: ReportStrings): EvidenceLook {
  return {
    texts: s,
    lang,
    phase: (p) => <PhaseTag phase={p} s={s} />,
    time: (t) => secs(t, lang),
    span: (first, last) =>
      first === last ? s.evidenceAt(secs(first, lang)) : s.evidenceSpan(secs(first, lang), secs(last, lang)),
    length: (n) => s.chars(n),
    more: (n) => s.moreEvidence(n),
    withMethod: true,
    urlClass: 'url',
  };
}

function FindingCard({ f, n, lang, s }: { f: Finding; n: number; lang: Lang; s: ReportStrings }) {
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
        <EvidenceBlock evidence={f.evidence} look={reportLook(lang, s)} />
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
