// Turns a form run's observations into findings and report notes (kept apart from main.ts, which only calls it).
import { formLeakFindings, withFindings } from '../utils/findings/form-leaks.ts';
import type { Analysis, Knowledge } from '../utils/findings/index.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import type { PageRecord } from '../utils/record/record.ts';
import type { ScenarioConsent } from '../utils/export/report.ts';
import { doubleOptInFinding } from '../utils/findings/double-opt-in.ts';
import type { FormsResult } from './forms.ts';

export function withFormFindings(
  analysis: Analysis,
  record: PageRecord,
  forms: FormsResult,
  consent: ScenarioConsent,
  knowledge: Knowledge,
  lang: Lang,
  notes: string[],
  /** The browser may have used a proxy: the copies' server addresses may be the proxy's */
  viaProxy = false,
): Analysis {
  // Saying nothing was typed keeps "no finding" from reading as "no leak" when no field was found at all.
  if (forms.filled.length === 0)
    notes.push('forms: no e-mail, phone, name or text field was found to fill; form leaks were not tested');
  const findings = formLeakFindings(forms.leaks, knowledge, {
    site: record.site,
    consent,
    lang,
    pageStart: record.startedAt,
    viaProxy,
  });
  // After --forms submit of a newsletter form: does the page say a confirmation e-mail was sent (an info hint).
  const doi = forms.after ? doubleOptInFinding({ ...forms.after, leaks: forms.leaks }, knowledge, lang) : null;
  return withFindings(analysis, doi ? [...findings, doi] : findings);
}
