// Public API of the findings engine.
export { analyze } from './analyze.ts';
export type { AnalyzeOptions } from './context.ts';
export { createKnowledge, type Knowledge } from './knowledge.ts';
export { fillText, RULE_IDS, TEXTS, type FindingText, type TextKey } from './texts.ts';
export { entropy, isIdLike } from './identifiers.ts';
export { isConsentLabel } from './rules/prechecked-consent-checkbox.ts';
export type * from './types.ts';
export { RULES } from './rules/index.ts';
export type { Rule } from './finding.ts';
