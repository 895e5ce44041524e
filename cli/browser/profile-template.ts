// A run's profile template: one Chromium started with the extension on a fresh profile, the extension's worker
// registered and answering, then closed without loading any page. Each scenario's profile starts as a copy of it, so
// the browser skips first-run work (the unpacked extension's install, its worker's registration and code cache, the
// profile's databases) in every scenario. Nothing a site could have left is in it: no page was ever loaded.
import { launchAuditBrowser, type LaunchOptions } from './launch.ts';
import { messageThroughWorker, pingInWorker } from './extension.ts';
import { openProfile, type Profile } from './profile.ts';
import { trace } from '../trace.ts';

const READY_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

function isReady(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && Object.getOwnPropertyDescriptor(reply, 'ready')?.value === true;
}

/** The template profile (removed by its `remove`), or null when it could not be made: scenarios then start fresh. */
export async function makeProfileTemplate(
  o: Omit<LaunchOptions, 'userDataDir' | 'profileTemplate' | 'warmupUrl'> & { extensionDir: string },
): Promise<Profile | null> {
  const profile = await openProfile();
  try {
    const browser = await launchAuditBrowser({ ...o, userDataDir: profile.dir, warmupUrl: null });
    try {
      messageThroughWorker(browser.context);
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (!isReady(await pingInWorker(browser.context, browser.extensionId).catch(() => null))) {
        if (Date.now() >= deadline) throw new Error('the extension did not answer');
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    } finally {
      // A graceful close: the profile's databases are written whole before the folder is copied.
      await browser.close();
    }
    trace('profile template made');
    return profile;
  } catch (e) {
    trace(`profile template not made: ${e instanceof Error ? e.message : String(e)}`);
    await profile.remove();
    return null;
  }
}

/** Below this many Chromium scenarios in a run, the template's own start costs more than the copies save. */
export const TEMPLATE_MIN_SCENARIOS = 4;

/** CONSENT_AUDITOR_PROFILE_TEMPLATE=off never makes one, =on always; otherwise from TEMPLATE_MIN_SCENARIOS on. */
export function wantsTemplate(scenarios: number, setting: string | undefined): boolean {
  if (setting === 'off') return false;
  if (setting === 'on') return true;
  return scenarios >= TEMPLATE_MIN_SCENARIOS;
}
