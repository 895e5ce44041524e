// Chromium feature switches of an audit browser. Chromium honours only the last --disable-features (and
// --enable-features) on its command line, and Playwright passes its own list first: any list we add must carry
// Playwright's too, or it silently re-enables what Playwright turns off (ThirdPartyStoragePartitioning among them,
// which changes what a page can store and so what is recorded). features.test.ts checks these copies against what
// the installed playwright-core really passes.

/** Playwright's disabled features (playwright-core 1.65, chromiumSwitches.ts). */
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** Playwright's enabled features (the same file); only re-sent when the caller adds an --enable-features. */
export const PLAYWRIGHT_ENABLED_FEATURES: readonly string[] = [
  'CDPScreenshotNewSurface',
  'SkipListAccountsWithoutGaiaCookies',
];

/**
 * What an audit browser turns off on top of Playwright's list: the address bar's WebUI popups, which headless
 * Chromium preloads at start in a renderer of their own (about 0.6 s of CPU per browser, as much as the audited page's
 * and the extension's renderers together) although no one types into an address bar. Browser UI only: the page, its
 * requests and what the extension records do not change.
 */
export const AUDIT_DISABLED_FEATURES: readonly string[] = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const DISABLE = '--disable-features=';
const ENABLE = '--enable-features=';

function union(...lists: ReadonlyArray<readonly string[]>): string {
  return [...new Set(lists.flat().filter((f) => f !== ''))].join(',');
}

function valuesOf(args: readonly string[], prefix: string): string[] {
  return args.filter((a) => a.startsWith(prefix)).flatMap((a) => a.slice(prefix.length).split(','));
}

/**
 * The caller's switches with every --disable-features/--enable-features taken out, and one merged switch of each in
 * front of them: Playwright's list, the audit's, then the caller's (which may add to them, never drop them).
 */
export function withMergedFeatures(extraArgs: readonly string[]): string[] {
  const rest = extraArgs.filter((a) => !a.startsWith(DISABLE) && !a.startsWith(ENABLE));
  const enabled = valuesOf(extraArgs, ENABLE);
  return [
    DISABLE + union(PLAYWRIGHT_DISABLED_FEATURES, AUDIT_DISABLED_FEATURES, valuesOf(extraArgs, DISABLE)),
    ...(enabled.length ? [ENABLE + union(PLAYWRIGHT_ENABLED_FEATURES, enabled)] : []),
    ...rest,
  ];
}
