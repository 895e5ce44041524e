// Public API of the findings engine.
export { analyze } from './analyze.ts';
export type { AnalyzeOptions } from './context.ts';
export { createKnowledge, type Knowledge } from '../knowledge/knowledge.ts';
export { fillTemplate, fillText, RULE_IDS, TEXTS, type FindingText, type TextKey, type TextVars } from './texts.ts';
export { phrase, PHRASES, type PhraseKey } from './phrases.ts';
export {
  ACTION_LABELS,
  actionLabel,
  CATEGORY_LABELS,
  categoryLabel,
  formatNumber,
  IP_KIND_LABELS,
  ipKindLabel,
  PLACE_STATUS_LABELS,
  placeStatusLabel,
  PURPOSE_LABELS,
  purposeLabel,
} from './labels.ts';
export { entropy, isIdLike } from './identifiers.ts';
export { requestTracker } from './context-requests.ts';
export { isConsentLabel } from './rules/prechecked-consent-checkbox.ts';
export type * from './types.ts';
export { RULES } from './rules/index.ts';
export type { Rule } from './finding.ts';
