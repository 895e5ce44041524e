import type { Verdict } from './bench-stats.mjs';
export interface Row {
  part: number | string;
  figure: string;
  budget: number | null;
  unit: string;
  median: number;
  lo: number;
  hi: number;
  n: number;
  verdict: Verdict | '-' | 'error';
  stop: string | null;
  detail: string;
}
export interface RowSpec {
  part: number | string;
  figure: string;
  budget?: number | null;
  unit?: string;
  iv: { median: number; lo: number; hi: number; n: number; coverage?: number };
  verdict?: Row['verdict'];
  stop?: string | null;
  detail?: string;
}
export function fmt(x: number, unit?: string): string;
export function figureText(r: Pick<Row, 'median' | 'lo' | 'hi' | 'n' | 'unit'>): string;
export function makeRow(spec: RowSpec): Row;
export function createReport(o?: { log?: (s: string) => void }): { rows: Row[]; add(spec: RowSpec): Row };
export function tableOf(rows: readonly Row[]): string;
export function usableCores(): number;
export function pinCores(env?: Record<string, string | undefined>): {
  on: boolean;
  cores: number;
  text: string;
  why?: string;
  server?: string;
  browsers?: string;
  all?: string;
};
export function machineText(): string;
export function loadText(): string;
