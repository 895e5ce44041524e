import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumArgs, launchAuditBrowser, LaunchError } from './launch.ts';
import { liveProfiles, PROFILE_PREFIX } from './profile.ts';

describe('chromiumArgs', () => {
  it('loads only the audited extension and maps hosts when asked; extra switches come last', () => {
    const args = chromiumArgs('/ext', 'MAP * 127.0.0.1', ['--lang=de']);
    expect(args).toContain('--disable-extensions-except=/ext');
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--host-resolver-rules=MAP * 127.0.0.1');
    expect(args.at(-1)).toBe('--lang=de');
  });
  it('without an extension or rules: no extension or resolver switches', () => {
    expect(chromiumArgs(undefined, undefined, []).some((a) => a.includes('extension') || a.includes('resolver'))).toBe(false);
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

  it('fails with one plain line naming the binary and leaves no temp profile behind', async () => {
    const err = await launchAuditBrowser({ chromiumPath: '/bin/false', warmupUrl: null }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(LaunchError);
    const m = err instanceof Error ? err.message : '';
    expect(m).toMatch(/^could not start Chromium at \/bin\/false: \S/);
    expect(m).not.toContain('\n');
    expect((await readdir(tmp)).filter((f) => f.startsWith(PROFILE_PREFIX))).toEqual([]);
    expect(liveProfiles().filter((d) => d.startsWith(tmp))).toEqual([]);
  });
});
