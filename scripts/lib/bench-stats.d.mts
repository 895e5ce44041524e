export interface Interval {
  lo: number;
  hi: number;
  coverage?: number;
}
export interface MedianInterval extends Interval {
  median: number;
  n: number;
  coverage: number;
}
export interface RatioInterval extends Interval {
  ratio: number;
  n: number;
}
export type Verdict = 'pass' | 'fail' | 'undecided';
export function median(xs: readonly number[]): number;
export function medianInterval(xs: readonly number[], level?: number): MedianInterval;
export function prng(seed?: number): () => number;
export function ratioInterval(
  a: readonly number[],
  b: readonly number[],
  o?: { resamples?: number; level?: number; seed?: number },
): RatioInterval;
export function verdict(iv: Interval, budget: number, level?: number): Verdict;
export function settled(iv: Interval, budget: number, precision: number): boolean;
export function sampleUntil<I extends Interval>(o: {
  round: (i: number) => unknown;
  interval: () => I;
  budget: number;
  precision: number;
  minRounds?: number;
  maxRounds?: number;
  maxMs: number;
  now?: () => number;
}): Promise<I & { verdict: Verdict; rounds: number; stop: 'settled' | 'time' | 'rounds' }>;
