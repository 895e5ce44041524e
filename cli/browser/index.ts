// The browser runtime of the CLI, the Playwright fixture, the demo, the bench and test/support/proxy-scan.mjs
// (bundled as dist/cli/browser.mjs).
export {
  chromiumArgs,
  chromiumMajor,
  closeAllBrowsers,
  DEFAULT_CHROMIUM_PATH,
  DEFAULT_WARMUP_URL,
  headfulUserAgent,
  launchAuditBrowser,
  LaunchError,
  SANDBOX_FIX,
  type AuditBrowser,
  type ChromiumSwitches,
  type LaunchOptions,
} from './launch.ts';
export {
  adoptHelperPage,
  BACKGROUND_TIMEOUT_MS,
  BackgroundTimeoutError,
  claimParkedTab,
  claimParkedTabInWorker,
  claimTab,
  extensionPage,
  findTabId,
  getPreviousRecord,
  getRecord,
  markerUrl,
  messageThroughWorker,
  parkTab,
  pickTab,
  pingInWorker,
  sendToBackground,
  setHelperPage,
  tabList,
  waitForRecord,
} from './extension.ts';
export { startHostProxy, type HostProxy } from './host-proxy.ts';
export { parseHostRules, type HostRule } from './host-rules.ts';
export { liveProfiles, openProfile, PROFILE_PREFIX, writePreferences, type Profile } from './profile.ts';
export { stopServiceWorker } from './service-worker.ts';
