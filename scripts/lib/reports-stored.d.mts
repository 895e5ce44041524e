export interface ReportsStored {
  /** Epoch ms of the change that completed the count (or of the first read, when `early`); null: never within time */
  storedAt: number | null;
  n: number;
  early: boolean;
}
export function reportsStoredExpression(o: { since: number; want: number; timeoutMs: number }): string;
