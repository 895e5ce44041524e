// Types for the parts of eslint.config.js that tests read (the layering table).
import type { Linter } from 'eslint';

export const ALLOWED: Readonly<Record<string, readonly string[]>>;
declare const config: Linter.Config[];
export default config;
