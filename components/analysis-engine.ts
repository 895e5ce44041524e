// What the popup needs only once the knowledge is in: the findings engine and the views built on its analysis, and the
// clean-audit planner (tldts). One module, so that the popup can load it after its first paint (`import()`) while
// tests and the report import it.
import { analyze, type Analysis, type Knowledge } from '../utils/findings/index.ts';
import { cleanPlan } from '../utils/consent/automation/clean-plan.ts';
import { applyCnameCloaks } from '../utils/findings/cname-cloak.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import type { PageRecord } from '../utils/record/record.ts';
import { companiesOf } from './companies.ts';
import { CompaniesSection } from './companies-section.tsx';
import { FindingsSection } from './findings-section.tsx';
import { viewMarks } from './view-marks.ts';

/** The engine promises not to throw; the popup must stay up even if a rule breaks that promise. */
function safeAnalyze(record: PageRecord, knowledge: Knowledge, lang: Lang): Analysis | null {
  try {
    return analyze(record, knowledge, { lang });
  } catch {
    return null;
  }
}

export const ANALYSIS_ENGINE = {
  analyze: safeAnalyze,
  applyCnameCloaks,
  cleanPlan,
  viewMarks,
  companiesOf,
  FindingsSection,
  CompaniesSection,
};

export type AnalysisEngine = typeof ANALYSIS_ENGINE;
