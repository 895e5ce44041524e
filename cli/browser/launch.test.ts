import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumMajor, headfulUserAgent, launchAuditBrowser, LaunchError } from './launch.ts';
import { liveProfiles, PROFILE_PREFIX } from './profile.ts';

describe('chromiumArgs', () => {
  it('loads only the audited extension and maps hosts when asked; extra switches come last', () => {
    const args = chromiumArgs({ extensionDir: '/ext', hostRules: 'MAP * 127.0.0.1', extraArgs: ['--lang=de'] });
    expect(args).toContain('--disable-extensions-except=/ext');
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--host-resolver-rules=MAP * 127.0.0.1');
    expect(args.at(-1)).toBe('--lang=de');
  });
  it('without an extension or rules: no extension or resolver switches', () => {
    expect(chromiumArgs({}).some((a) => a.includes('extension') || a.includes('resolver'))).toBe(false);
  });
  it('the sandbox stays on unless sandbox is false, which adds --no-sandbox', () => {
    expect(chromiumArgs({})).not.toContain('--no-sandbox');
    expect(chromiumArgs({ sandbox: true })).not.toContain('--no-sandbox');
    expect(chromiumArgs({ sandbox: false })).toContain('--no-sandbox');
  });
  it('hides the automation flag and sends the headful user agent when given one', () => {
    const args = chromiumArgs({ userAgent: headfulUserAgent(156) });
    expect(args).toContain('--disable-blink-features=AutomationControlled');
    expect(args).toContain(
      '--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    );
    expect(args.join(' ')).not.toContain('Headless');
  });
});

describe('LaunchError', () => {
  it("Chromium's refusal to run as root without a sandbox becomes one line with the fix", () => {
    const cause = new Error(
      'browserType.launchPersistentContext: Chromium sandboxing failed!\n====\n[1:1:ERROR:zygote_host_impl_linux.cc(103)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    );
    const e = new LaunchError('/usr/bin/chromium', cause);
    expect(e.sandboxRefused).toBe(true);
    expect(e.message).toMatch(
      /^could not start Chromium at \/usr\/bin\/chromium with its sandbox \(.+\): run as a non-root user, or pass --no-sandbox to accept the risk$/,
    );
    expect(e.message).not.toContain('\n');
  });
  it('other failures keep their first line and are no sandbox refusal', () => {
    const e = new LaunchError('/x', new Error('browserType.launchPersistentContext: spawn /x ENOENT\nCall log: ...'));
    expect(e.sandboxRefused).toBe(false);
    expect(e.message).toBe('could not start Chromium at /x: spawn /x ENOENT');
  });
});

describe('chromiumMajor', () => {
  it('reads the major version from --version, and null from a binary that prints none', async () => {
    expect(await chromiumMajor('/bin/false')).toBeNull();
    const major = await chromiumMajor(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
    expect(major).toBeGreaterThan(100);
  });
});

describe('launchAuditBrowser with a binary that is no browser', () => {
  let tmp: string;
  const saved = process.env.TMPDIR;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'ca-launch-test-'));
    process.env.TMPDIR = tmp;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    await rm(tmp, { recursive: true, force: true });
  });

  it('loads playwright-core at the first launch, not on import: commands without Chromium never load it', async () => {
    const req = createRequire(import.meta.url);
    const loaded = (): boolean => req.cache[req.resolve('playwright-core')] !== undefined;
    expect(loaded()).toBe(false);
    await launchAuditBrowser({ chromiumPath: '/bin/false', warmupUrl: null }).catch(() => null);
    expect(loaded()).toBe(true);
  });

  it('fails with one plain line naming the binary and leaves no temp profile behind', async () => {
    const err = await launchAuditBrowser({ chromiumPath: '/bin/false', warmupUrl: null }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LaunchError);
    const m = err instanceof Error ? err.message : '';
    expect(m).toMatch(/^could not start Chromium at \/bin\/false: \S/);
    expect(m).not.toContain('\n');
    expect((await readdir(tmp)).filter((f) => f.startsWith(PROFILE_PREFIX))).toEqual([]);
    expect(liveProfiles().filter((d) => d.startsWith(tmp))).toEqual([]);
  });
});
