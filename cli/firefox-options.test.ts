import { describe, expect, it } from 'vitest';
import { firefoxPlan } from './firefox-options.ts';

const base = { chromiumArgs: [] as string[], forms: 'off' as const, crawl: null };

describe('firefoxPlan: Chromium-worded options in a Firefox scan', () => {
  it('translates host rules and certificate errors', () => {
    const plan = firefoxPlan({
      ...base,
      chromiumArgs: ['--host-resolver-rules=MAP *.test 127.0.0.1:1', '--ignore-certificate-errors'],
    });
    expect(plan).toEqual({
      hostRules: [{ kind: 'map', pattern: '*.test', port: null, to: { host: '127.0.0.1', port: 1 } }],
      acceptInsecureCerts: true,
    });
    expect(firefoxPlan(base)).toEqual({ hostRules: null, acceptInsecureCerts: false });
  });
  it('refuses what Firefox cannot do, naming it', () => {
    expect(firefoxPlan({ ...base, forms: 'fill' })).toMatch(/^--forms: not available with --browser firefox/);
    expect(firefoxPlan({ ...base, crawl: 5 })).toMatch(/^--crawl: not available/);
    expect(firefoxPlan({ ...base, chromiumArgs: ['--lang=de'] })).toMatch(/^--chromium-arg --lang: a Chromium switch/);
    expect(firefoxPlan({ ...base, chromiumArgs: ['--host-resolver-rules=UNMAP x'] })).toMatch(/support only/);
  });
});
