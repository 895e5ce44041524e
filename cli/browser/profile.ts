// A Chromium profile folder for one audit: a fresh temp folder (removed on close) or the caller's, with the
// preferences an audit needs written before launch.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROFILE_PREFIX = 'consent-auditor-profile-';

/** Profiles still on disk; a signal handler removes them before the process exits. */
const live = new Set<string>();

export function liveProfiles(): readonly string[] {
  return [...live];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Third-party cookies are blocked by default: allow them in the profile before launch, keeping other preferences. */
export async function writePreferences(userDataDir: string): Promise<void> {
  const dir = path.join(userDataDir, 'Default');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'Preferences');
  let prefs: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isRecord(parsed)) prefs = parsed;
  } catch {
    // new profile
  }
  const profile = isRecord(prefs.profile) ? prefs.profile : {};
  prefs.profile = { ...profile, cookie_controls_mode: 0, block_third_party_cookies: false };
  await writeFile(file, JSON.stringify(prefs));
}

export interface Profile {
  dir: string;
  /** Removes the folder when it is ours; the caller's folder stays */
  remove(): Promise<void>;
}

export async function openProfile(userDataDir?: string, tempRoot: string = tmpdir()): Promise<Profile> {
  if (userDataDir) {
    await writePreferences(userDataDir);
    return { dir: userDataDir, remove: async () => {} };
  }
  const dir = await mkdtemp(path.join(tempRoot, PROFILE_PREFIX));
  live.add(dir);
  const remove = async (): Promise<void> => {
    // Chromium can still be writing for a moment after close: retry instead of leaving the folder behind.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {});
    live.delete(dir);
  };
  try {
    await writePreferences(dir);
  } catch (e) {
    await remove();
    throw e;
  }
  return { dir, remove };
}
