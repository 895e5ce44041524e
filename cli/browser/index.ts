// The browser runtime of the CLI, the Playwright fixture, the demo and the bench (bundled as dist/cli/browser.mjs).
export { chromiumArgs, closeAllBrowsers, DEFAULT_CHROMIUM_PATH, DEFAULT_WARMUP_URL, launchAuditBrowser, LaunchError, type AuditBrowser, type LaunchOptions } from './launch.ts';
export { extensionPage, findTabId, getRecord, pickTab, sendToBackground, waitForRecord } from './extension.ts';
export { liveProfiles, openProfile, PROFILE_PREFIX, writePreferences, type Profile } from './profile.ts';
export { stopServiceWorker } from './service-worker.ts';
