// Findings, most serious first; each opens to why it matters, how to fix it, and the evidence behind it.
import type { Finding } from '../utils/findings/index.ts';
import type { Phase } from '../utils/record/phase.ts';
import { lengthText, relText } from './format.ts';
import { PhaseBadge } from './phase-badge.tsx';
import { EvidenceBlock, type EvidenceLook } from './evidence-block.tsx';
import { Section } from './section.tsx';
import { useStrings, type Strings } from './strings.ts';

// Findings are grouped per subject by the engine; past this many the rest is summarised.
const MAX_SHOWN = 100;

/** The popup's evidence rows: phase badges, times since page start, the request type only (the popup is narrow). */
function popupLook(S: Strings): EvidenceLook {
  const at = (t: number) => relText(S, t, 0);
  return {
    texts: S,
    lang: S.lang,
    phase: (p) => <PhaseBadge phase={p} />,
    time: at,
    span: (first, last) => `${at(first)} – ${at(last)}`,
    length: (n) => lengthText(S, n),
    more: (n) => `…${S.num(n)} ${S.moreEvidence}`,
    withMethod: false,
    urlClass: '',
  };
}

function FindingItem({ f }: { f: Finding }) {
  const S = useStrings();
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
          <EvidenceBlock evidence={f.evidence} look={popupLook(S)} />
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
