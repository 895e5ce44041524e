import { describe, expect, it } from 'vitest';
import { trace } from './trace.ts';

describe('trace', () => {
  it('writes one line with the ms since the process started when CONSENT_AUDITOR_TRACE=1', () => {
    const out: string[] = [];
    trace('Chromium up', { CONSENT_AUDITOR_TRACE: '1' }, (s) => out.push(s));
    expect(out).toHaveLength(1);
    const ms = Number(/^\[trace +(\d+) ms\] Chromium up\n$/.exec(out[0] ?? '')?.[1]);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThanOrEqual(performance.now());
  });

  it.each([{}, { CONSENT_AUDITOR_TRACE: '0' }, { CONSENT_AUDITOR_TRACE: 'yes' }])('is silent with %o', (env) => {
    const out: string[] = [];
    trace('Chromium up', env, (s) => out.push(s));
    expect(out).toEqual([]);
  });
});
