import { afterEach, describe, expect, it } from 'vitest';
import { trapStopSignals } from './signals.ts';

describe('trapStopSignals', () => {
  let untrap: (() => void) | null = null;
  afterEach(() => untrap?.());

  it.each<['SIGTERM' | 'SIGINT', number]>([['SIGTERM', 143], ['SIGINT', 130]])('%s: says so once and exits %i after closing what is open', async (signal, code) => {
    const said: string[] = [];
    const exited = new Promise<number>((resolve) => {
      untrap = trapStopSignals((s) => said.push(s), resolve);
    });
    process.emit(signal, signal);
    expect(await exited).toBe(code);
    expect(said).toEqual([`consent-auditor: stopped by ${signal}: closing the browsers; no report is written\n`]);
  });

  it('removing the trap leaves the process to its default handling', () => {
    const before = process.listenerCount('SIGTERM');
    const off = trapStopSignals(() => {}, () => {});
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    off();
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
