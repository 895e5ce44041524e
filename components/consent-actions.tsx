// Clean audit, "answer the banner for me" and "Test forms": sends
// through a `send` prop so the component never touches browser APIs.
import { useState } from 'preact/hooks';
import type { ConsentAction } from '../utils/observe/events.ts';
import type { MessageOf } from '../utils/messaging/protocol.ts';
import { responseDetail } from '../utils/view/message-checks.ts';
import { useStrings } from './strings.ts';

export type PopupMessage = MessageOf<'clean-audit'> | MessageOf<'consent-action'> | MessageOf<'form-test'>;
export type SendFn = (msg: PopupMessage) => Promise<unknown>;

export interface ConsentActionsProps {
  /** Absent when the popup has no tab to act on */
  send?: SendFn | undefined;
  tabId?: number | null | undefined;
  /** False for pages that cannot be audited */
  enabled: boolean;
  /**
   * Sites a clean audit would wipe (clean-plan.ts), listed for confirmation before anything is deleted: asked only when
   * the confirm box shows; null while the planner (with tldts, loaded after the first paint) is not in yet.
   */
  cleanSites?: (() => readonly string[] | null) | undefined;
}

type Busy = 'clean' | 'forms' | ConsentAction | null;

export function ConsentActions({ send, tabId, enabled, cleanSites }: ConsentActionsProps) {
  const S = useStrings();
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState<'clean' | 'forms' | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const usable = enabled && send !== undefined && typeof tabId === 'number';

  const run = async (what: Exclude<Busy, null>): Promise<void> => {
    if (!send || typeof tabId !== 'number') return;
    setConfirming(null);
    setBusy(what);
    setDetail(null);
    try {
      const msg: PopupMessage =
        what === 'clean'
          ? { type: 'clean-audit', tabId }
          : what === 'forms'
            ? { type: 'form-test', tabId }
            : { type: 'consent-action', tabId, action: what };
      setDetail(responseDetail(await send(msg)) ?? S.noAnswerFromBackground);
    } catch (e) {
      setDetail(e instanceof Error && e.message ? e.message : S.noAnswerFromBackground);
    } finally {
      setBusy(null);
    }
  };

  const disabled = !usable || busy !== null;
  const sites = confirming === 'clean' && !disabled && cleanSites ? cleanSites() : [];
  return (
    <div class="actions" role="group" aria-label={S.actions}>
      <div class="action-buttons">
        <button
          type="button"
          class="btn-primary"
          name="clean-audit"
          title={S.cleanAuditHint}
          disabled={disabled}
          aria-expanded={confirming === 'clean'}
          onClick={() => setConfirming('clean')}
        >
          {busy === 'clean' ? S.working : S.cleanAudit}
        </button>
        <button
          type="button"
          name="reject-all"
          title={S.rejectHint}
          disabled={disabled}
          onClick={() => void run('reject')}
        >
          {busy === 'reject' ? S.working : S.rejectAll}
        </button>
        <button
          type="button"
          name="accept-all"
          title={S.acceptHint}
          disabled={disabled}
          onClick={() => void run('accept')}
        >
          {busy === 'accept' ? S.working : S.acceptAll}
        </button>
        <button
          type="button"
          name="form-test"
          title={S.formTestHint}
          disabled={disabled}
          aria-expanded={confirming === 'forms'}
          onClick={() => setConfirming('forms')}
        >
          {busy === 'forms' ? S.working : S.formTest}
        </button>
      </div>
      {confirming === 'clean' && !disabled && (
        <div class="clean-confirm" role="alertdialog" aria-label={S.cleanAudit}>
          <p>{S.cleanConfirmLead}</p>
          <ul class="clean-sites">
            {sites === null ? (
              <li class="muted">{S.working}</li>
            ) : (
              sites.map((s) => (
                <li key={s} class="mono">
                  {s}
                </li>
              ))
            )}
          </ul>
          <button
            type="button"
            class="btn-primary"
            name="clean-confirm"
            disabled={sites === null}
            onClick={() => void run('clean')}
          >
            {S.cleanConfirm}
          </button>
          <button type="button" name="clean-cancel" onClick={() => setConfirming(null)}>
            {S.cleanCancel}
          </button>
        </div>
      )}
      {confirming === 'forms' && !disabled && (
        <div class="clean-confirm form-test-confirm" role="alertdialog" aria-label={S.formTest}>
          <p>{S.formTestConfirmLead}</p>
          <ul class="form-test-steps">
            {S.formTestSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <button type="button" class="btn-primary" name="form-test-confirm" onClick={() => void run('forms')}>
            {S.formTestConfirm}
          </button>
          <button type="button" name="form-test-cancel" onClick={() => setConfirming(null)}>
            {S.cleanCancel}
          </button>
        </div>
      )}
      <p class="action-detail" role="status" aria-live="polite">
        {!usable ? S.actionsUnavailable : (detail ?? '')}
      </p>
    </div>
  );
}
