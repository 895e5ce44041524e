import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT_DISABLED_FEATURES,
  PLAYWRIGHT_DISABLED_FEATURES,
  PLAYWRIGHT_ENABLED_FEATURES,
  withMergedFeatures,
} from './features.ts';
import { chromiumArgs } from './launch.ts';

const listOf = (args: readonly string[], prefix: string): string[] | undefined =>
  args
    .filter((a) => a.startsWith(prefix))
    .at(-1)
    ?.slice(prefix.length)
    .split(',');

describe('withMergedFeatures', () => {
  it("always sends one --disable-features with Playwright's list and the audit's", () => {
    const args = withMergedFeatures(['--lang=de']);
    expect(args.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
    expect(listOf(args, '--disable-features=')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...AUDIT_DISABLED_FEATURES]);
    expect(args.some((a) => a.startsWith('--enable-features='))).toBe(false);
    expect(args.at(-1)).toBe('--lang=de');
  });
  it("folds the caller's feature switches into the merged ones, without duplicates", () => {
    const args = withMergedFeatures([
      '--disable-features=Foo,MediaRouter',
      '--proxy-server=http://p:1',
      '--disable-features=Bar',
      '--enable-features=Baz',
    ]);
    expect(args.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
    const disabled = listOf(args, '--disable-features=') ?? [];
    expect(disabled).toEqual(expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, 'Foo', 'Bar']));
    expect(disabled.filter((f) => f === 'MediaRouter')).toHaveLength(1);
    expect(listOf(args, '--enable-features=')).toEqual([...PLAYWRIGHT_ENABLED_FEATURES, 'Baz']);
    expect(args).toContain('--proxy-server=http://p:1');
  });
});

// What the installed playwright-core really starts Chromium with, read back by a stand-in binary that writes its
// arguments down and exits: if Playwright's own lists change, the copies in features.ts must follow.
describe('against the installed playwright-core', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ca-features-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function argvOf(args: string[]): Promise<string[]> {
    const out = path.join(dir, `argv-${Math.random().toString(36).slice(2)}.txt`);
    const bin = path.join(dir, 'fake-chromium.sh');
    await writeFile(bin, `#!/bin/sh\nprintf '%s\\n' "$@" > '${out}'\nexit 1\n`);
    await chmod(bin, 0o755);
    await chromium
      .launchPersistentContext(path.join(dir, 'profile'), { executablePath: bin, args, timeout: 20_000 })
      .then((c) => c.close())
      .catch(() => {});
    return (await readFile(out, 'utf8')).split('\n');
  }

  it("keeps every feature Playwright disables or enables, and the last --disable-features is the audit's", async () => {
    const plain = await argvOf([]);
    const playwrightDisabled = listOf(plain, '--disable-features=') ?? [];
    const playwrightEnabled = listOf(plain, '--enable-features=') ?? [];
    expect(playwrightDisabled.length).toBeGreaterThan(0);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwrightDisabled));
    expect(PLAYWRIGHT_ENABLED_FEATURES).toEqual(expect.arrayContaining(playwrightEnabled));

    const audit = await argvOf(chromiumArgs({ extraArgs: ['--disable-features=Foo', '--enable-features=Bar'] }));
    const lastDisabled = listOf(audit, '--disable-features=') ?? [];
    expect(lastDisabled).toEqual(expect.arrayContaining([...playwrightDisabled, ...AUDIT_DISABLED_FEATURES, 'Foo']));
    expect(listOf(audit, '--enable-features=')).toEqual(expect.arrayContaining([...playwrightEnabled, 'Bar']));
  });
});
