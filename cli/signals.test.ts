import { afterEach, describe, expect, it } from 'vitest';
import { liveProgress } from './progress.ts';
import { onStopSignal, trapStopSignals } from './signals.ts';

describe('trapStopSignals', () => {
  let untrap: (() => void) | null = null;
  afterEach(() => untrap?.());

  it.each<['SIGTERM' | 'SIGINT', number]>([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ])('%s: says so once and exits %i after closing what is open', async (signal, code) => {
    const said: string[] = [];
    const exited = new Promise<number>((resolve) => {
      untrap = trapStopSignals((s) => said.push(s), resolve);
    });
    process.emit(signal, signal);
    expect(await exited).toBe(code);
    expect(said).toEqual([`consent-auditor: stopped by ${signal}: closing the browsers; no report is written\n`]);
  });

  it.each<['SIGTERM' | 'SIGINT']>([['SIGTERM'], ['SIGINT']])(
    '%s clears the live progress line before saying why the run stops',
    async (signal) => {
      let err = '';
      const live = liveProgress(
        (s) => (err += s),
        2,
        () => 80,
      );
      live.phase('0 none', { url: 'https://www.shop.example/', consent: 'none' }, 'waiting after load');
      const unhook = onStopSignal(() => live.stop());
      const exited = new Promise<number>((resolve) => {
        untrap = trapStopSignals((s) => (err += s), resolve);
      });
      process.emit(signal, signal);
      await exited;
      unhook();
      // The last thing on the terminal: a cleared line, then the message alone on it (no progress text before it).
      expect(err).toMatch(/waiting after load/);
      expect(
        err.endsWith(`\r\u001b[Kconsent-auditor: stopped by ${signal}: closing the browsers; no report is written\n`),
      ).toBe(true);
    },
  );

  it('removing the trap leaves the process to its default handling', () => {
    const before = process.listenerCount('SIGTERM');
    const off = trapStopSignals(
      () => {},
      () => {},
    );
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    off();
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
