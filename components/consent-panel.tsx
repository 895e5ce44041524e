// The consent header: which CMP, what the visitor answered and when, Consent Mode, stored consent, and the actions.
import type { ChoiceView, ConsentView } from '../utils/view/consent-view.ts';
import { ConsentActions, type ConsentActionsProps } from './consent-actions.tsx';
import { relText } from './format.ts';
import { countOf, useStrings } from './strings.ts';

/** "tcf:useractioncomplete (cmp 10)" reads better as "TCF useractioncomplete (cmp 10)". */
function viaLabel(via: string): string {
  return via.replace(/^tcf:/i, 'TCF ').replace(/^autoconsent:/i, 'autoconsent ');
}

export function ChoiceLine({ c, startedAt }: { c: ChoiceView; startedAt: number }) {
  const S = useStrings();
  return (
    <span class={`choice choice-${c.action}`}>
      <strong>{S.action[c.action]}</strong> {S.at} {relText(S, c.at, startedAt)}{' '}
      <span class="muted">
        ({S.by[c.source]}
        {c.source === 'signal' ? ' ' : ': '}
        {viaLabel(c.via)})
      </span>
    </span>
  );
}

function Cmps({ consent }: { consent: ConsentView }) {
  const S = useStrings();
  const { cmps, tcf } = consent;
  return (
    <div class="cons-row">
      <span class="cons-label">{S.cmp}</span>
      <span class="cons-value">
        {cmps.length === 0 && !tcf && <span class="muted">{S.noCmp}</span>}
        {cmps.map((c, i) => (
          <span key={c.id} title={c.evidence.join('\n')}>
            {i > 0 && ', '}
            <strong>{c.name}</strong>
            {c.confidence === 'medium' && <span class="muted"> {S.cmpMedium}</span>}
          </span>
        ))}
        {tcf && (
          <span class="muted">
            {cmps.length > 0 && ' · '}
            {S.tcfCmp} {tcf.cmpId}
            {tcf.cmpName ? ` (${tcf.cmpName})` : ''}, {S.tcfVersion} {tcf.cmpVersion}
          </span>
        )}
      </span>
    </div>
  );
}

function ConsentMode({ cm }: { cm: NonNullable<ConsentView['consentMode']> }) {
  const S = useStrings();
  return (
    <div class="cons-row">
      <span class="cons-label">{S.consentMode}</span>
      <table class="cm">
        <thead>
          <tr>
            <th scope="col">{S.cmSignal}</th>
            <th scope="col">{S.cmDefault}</th>
            <th scope="col">{S.cmCurrent}</th>
          </tr>
        </thead>
        <tbody>
          {cm.rows.map((r) => (
            <tr key={r.signal}>
              <th scope="row" class="mono">
                {r.signal}
              </th>
              <td class={`cm-${r.initial ?? 'unset'}`}>{r.initial ?? S.cmUnset}</td>
              <td class={`cm-${r.current ?? 'unset'}`}>
                {r.current ?? S.cmUnset}
                {!cm.updated && <span class="muted"> ({S.cmNoUpdate})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Step = ConsentView['automation'][number];

function StepLine({ a, startedAt, brief = false }: { a: Step; startedAt: number; brief?: boolean }) {
  const S = useStrings();
  return (
    <>
      <span class="time">{relText(S, a.t, startedAt)}</span> <strong>{S.autoStatus[a.status]}</strong>
      {a.action && ` (${a.action})`}
      {a.cmp && `: ${a.cmp}`}
      {a.detail && !brief && <span class="muted"> — {a.detail}</span>}
    </>
  );
}

/** The latest step in one line; every step with its time when opened. */
function Automation({ steps, startedAt }: { steps: ConsentView['automation']; startedAt: number }) {
  const S = useStrings();
  const last = steps[steps.length - 1];
  if (!last) return null;
  return (
    <div class="cons-row">
      <span class="cons-label">{S.automation}</span>
      <details class="cons-value auto">
        <summary class={`auto-${last.status}`}>
          <StepLine a={last} startedAt={startedAt} brief />
          <span class="muted"> · {countOf(S, steps.length, 'step')}</span>
        </summary>
        <ol class="auto-steps">
          {steps.map((a, i) => (
            <li key={i} class={`auto-${a.status}`}>
              <StepLine a={a} startedAt={startedAt} />
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}

export interface ConsentPanelProps {
  consent: ConsentView;
  startedAt: number;
  actions: ConsentActionsProps;
}

export function ConsentPanel({ consent, startedAt, actions }: ConsentPanelProps) {
  const S = useStrings();
  // Only the record's own narrow test: a hand-made answer a few seconds in must not be mistaken for stored consent.
  const hint = consent.clean === null && consent.storedConsentHint;
  return (
    <section class="consent" aria-labelledby="consent-title">
      <h2 id="consent-title" class="sr-only">
        {S.consentTitle}
      </h2>
      <Cmps consent={consent} />
      <div class="cons-row">
        <span class="cons-label">{S.consentState}</span>
        <span class="cons-value cons-state">
          {consent.choice ? (
            <ChoiceLine c={consent.choice} startedAt={startedAt} />
          ) : (
            <strong class="choice choice-none">{S.noAnswer}</strong>
          )}
        </span>
      </div>
      {consent.changes.length > 0 && (
        <div class="cons-row">
          <span class="cons-label">{S.laterChanges}</span>
          <ul class="cons-value cons-changes">
            {consent.changes.map((c, i) => (
              <li key={i}>
                <ChoiceLine c={c} startedAt={startedAt} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {consent.consentMode && consent.consentMode.rows.length > 0 && <ConsentMode cm={consent.consentMode} />}
      {consent.clean && (
        <div class="cons-row cons-clean">
          <span class="cons-label">{S.cleanDone}</span>
          <span class="cons-value">
            {S.clearedCookies(countOf(S, consent.clean.clearedCookies, 'cookie'))} · {S.storedAtStart}:{' '}
            {consent.clean.storedConsent.length === 0 ? (
              <strong>{S.noneStored}</strong>
            ) : (
              <strong>{consent.clean.storedConsent.join('; ')}</strong>
            )}
          </span>
        </div>
      )}
      {hint && (
        <p class="banner stored-hint" role="note">
          {S.storedHint}
        </p>
      )}
      <ConsentActions {...actions} />
      {consent.automation.length > 0 && <Automation steps={consent.automation} startedAt={startedAt} />}
    </section>
  );
}
