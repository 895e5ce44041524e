// The release build carries no bench-only code: the wake-time figures and the floor switch exist only in the builds
// `npm run bench` makes with CONSENT_AUDITOR_BENCH (wxt.config.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Names that only bench code uses: the wake figures of the ping reply, the old global flag, the define's own name. */
const BENCH_ONLY = ['scriptStart', 'firstEvent', '__consentAuditorBenchFloor', 'CONSENT_AUDITOR_BENCH', 'env.BENCH'];

function bundleText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('release build', () => {
  it.each(['chrome-mv3', 'firefox-mv3'])('.output/%s has none of the bench-only names', (target) => {
    const text = bundleText(`.output/${target}`);
    expect(text).toContain('cookies.onChanged');
    for (const name of BENCH_ONLY) expect(text, name).not.toContain(name);
  });

  // The polyfill's UMD wrapper names itself; the popup keeps it, so the worker's check can fail.
  it.each(['chrome-mv3', 'firefox-mv3'])('.output/%s: the worker evaluates no webextension polyfill', (target) => {
    expect(readFileSync(`.output/${target}/background.js`, 'utf8')).not.toContain('webextension-polyfill');
    expect(bundleText(`.output/${target}/chunks`)).toContain('webextension-polyfill');
  });

  // Nor does the recorder, at every page's document_start; autoconsent (injected after load) keeps it.
  it.each(['chrome-mv3', 'firefox-mv3'])('.output/%s: the recorder evaluates no webextension polyfill', (target) => {
    expect(readFileSync(`.output/${target}/content-scripts/recorder.js`, 'utf8')).not.toContain(
      'webextension-polyfill',
    );
    expect(readFileSync(`.output/${target}/content-scripts/autoconsent.js`, 'utf8')).toContain('webextension-polyfill');
  });

  // WXT's auto-import presets stay off (wxt.config.ts): a method named `storage(` once pulled in @wxt-dev/storage,
  // evaluated by the worker at every wake and by every page, unused.
  it.each(['chrome-mv3', 'firefox-mv3'])('.output/%s: no script carries the unused wxt/storage helper', (target) => {
    expect(bundleText(`.output/${target}`)).not.toContain("'wxt/storage'");
  });

  // The form test's engine (its fill selectors, its canary scan) is not in Chrome's worker script, which a wake loads: it
  // is a script of its own, imported when a test starts, and has no polyfill; Firefox's worker bundles it.
  it("the form test's engine is Chrome's lazy script, not the worker's; Firefox bundles it", () => {
    const selector = 'input[type=tel]';
    expect(readFileSync('.output/chrome-mv3/background.js', 'utf8')).not.toContain(selector);
    const engine = readFileSync('.output/chrome-mv3/form-test-engine.js', 'utf8');
    expect(engine).toContain(selector);
    expect(engine).not.toContain('webextension-polyfill');
    expect(readFileSync('.output/firefox-mv3/background.js', 'utf8')).toContain(selector);
  });

  // Nor is the popup's first screen (the view and consent header it builds at a popup's first connect): Chrome's worker
  // imports it then from a script of its own; Firefox's worker bundles it.
  it("the popup's first screen is Chrome's lazy script, not the worker's; Firefox bundles it", () => {
    const push = /type:\s*["'`]first-screen["'`]/;
    expect(readFileSync('.output/chrome-mv3/background.js', 'utf8')).not.toMatch(push);
    const screen = readFileSync('.output/chrome-mv3/first-screen.js', 'utf8');
    expect(screen).toMatch(push);
    expect(screen).not.toContain('webextension-polyfill');
    expect(readFileSync('.output/firefox-mv3/background.js', 'utf8')).toMatch(push);
  });

  it('the bench build of the same source does have them (so the check above can fail)', () => {
    const r = spawnSync('npx', ['wxt', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, CONSENT_AUDITOR_BENCH: 'wake' },
    });
    expect(r.status, r.stderr).toBe(0);
    const text = bundleText('.bench/ext-wake/chrome-mv3');
    expect(text).toContain('scriptStart');
    expect(text).toContain('firstEvent');
  }, 300_000);
});
