import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveProfiles, openProfile, PROFILE_PREFIX, writePreferences } from './profile.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ca-profile-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const prefsOf = async (dir: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(dir, 'Default', 'Preferences'), 'utf8'));

describe('writePreferences', () => {
  it('allows third-party cookies and keeps the preferences already there', async () => {
    await mkdir(path.join(root, 'Default'), { recursive: true });
    await writeFile(
      path.join(root, 'Default', 'Preferences'),
      JSON.stringify({ intl: { accept_languages: 'de' }, profile: { name: 'x' } }),
    );
    await writePreferences(root);
    expect(await prefsOf(root)).toEqual({
      intl: { accept_languages: 'de' },
      profile: { name: 'x', cookie_controls_mode: 0, block_third_party_cookies: false },
    });
  });

  it('replaces a broken Preferences file instead of failing', async () => {
    await mkdir(path.join(root, 'Default'), { recursive: true });
    await writeFile(path.join(root, 'Default', 'Preferences'), '{not json');
    await writePreferences(root);
    expect(await prefsOf(root)).toEqual({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } });
  });
});

describe('openProfile', () => {
  it('a temp profile is listed while open and gone from disk and list after remove', async () => {
    const p = await openProfile(undefined, root);
    expect(path.basename(p.dir).startsWith(PROFILE_PREFIX)).toBe(true);
    expect(liveProfiles()).toContain(p.dir);
    expect(await prefsOf(p.dir)).toMatchObject({ profile: { block_third_party_cookies: false } });
    await p.remove();
    expect(existsSync(p.dir)).toBe(false);
    expect(liveProfiles()).not.toContain(p.dir);
  });

  it("the caller's folder is prepared but never removed", async () => {
    const p = await openProfile(root);
    await p.remove();
    expect(existsSync(path.join(root, 'Default', 'Preferences'))).toBe(true);
    expect(liveProfiles()).not.toContain(root);
  });
});
