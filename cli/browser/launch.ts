// The one way the CLI, the Playwright fixture, the demo, the bench and the e2e tests start a browser: Chromium with the
// unpacked extension through playwright-core, in its own profile.
// Other engines plug in behind LaunchOptions/AuditBrowser.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import type { BrowserContext, BrowserType } from 'playwright-core';
import { findTabId, waitForRecord } from './extension.ts';
import { withMergedFeatures } from './features.ts';
import { openProfile } from './profile.ts';
import { trace } from '../trace.ts';

let chromiumType: BrowserType | undefined;
/**
 * playwright-core's Chromium, loaded at the first launch (about 0.5 s of CPU), so that a run's first launch loads it
 * while the version probe runs beside it, and commands without Chromium never load it. Required, not imported: an ESM
 * import of this CommonJS package makes Node 20 first scan its 7 MB of bundles for export names (0.2 s of CPU).
 */
function playwrightChromium(): BrowserType {
  if (!chromiumType) {
    chromiumType = (createRequire(import.meta.url)('playwright-core') as { chromium: BrowserType }).chromium;
    trace('playwright-core loaded');
  }
  return chromiumType;
}

export const DEFAULT_WARMUP_URL = 'https://www.shop.test/warmup.html';
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
const WARMUP_TIMEOUT_MS = 10_000;
const WARMUP_ATTEMPT_MS = 1_500;
const EXTENSION_ID_TIMEOUT_MS = 10_000;

export interface LaunchOptions {
  /** Unpacked extension (e.g. .output/chrome-mv3); without it, plain Chromium and extensionId null */
  extensionDir?: string;
  chromiumPath?: string;
  hostRules?: string;
  extraArgs?: string[];
  headless?: boolean;
  /** Fresh temp profile (removed on close, also when the launch fails) unless given */
  userDataDir?: string;
  /** Page loaded until the extension records it; null skips the warm-up */
  warmupUrl?: string | null;
  /** The browser's language (what chrome.i18n.getUILanguage() reports), e.g. 'de-DE' */
  locale?: string;
  /** Accept invalid TLS certificates (the demo's self-signed test hosts); off by default */
  ignoreCertificateErrors?: boolean;
  /**
   * Chromium's sandbox, on unless false: the audited page is hostile by assumption. false (or --no-sandbox among
   * extraArgs) is an explicit opt-in, for root in a container, and AuditBrowser.sandbox says so.
   */
  sandbox?: boolean;
}

export interface AuditBrowser<Id extends string | null = string> {
  context: BrowserContext;
  extensionId: Id;
  /** false when the browser runs without its sandbox (asked for explicitly) */
  sandbox: boolean;
  close(): Promise<void>;
}

/** Browsers open or starting, so that a stop signal can close them all. */
const openBrowsers = new Set<() => Promise<void>>();
const launching = new Set<Promise<unknown>>();
let stopping = false;

/**
 * Close every browser this process launched, also those still starting (SIGINT/SIGTERM); their temp profiles go too.
 * No browser starts afterwards.
 */
export async function closeAllBrowsers(): Promise<void> {
  stopping = true;
  // Open ones first (a launch waiting for the extension then fails fast), then launches still under way clean up
  // after themselves on seeing `stopping`.
  await Promise.all([...openBrowsers].map((close) => close()));
  await Promise.allSettled([...launching]);
  await Promise.all([...openBrowsers].map((close) => close()));
}

/** What to do about a Chromium that refuses to start with its sandbox: one line, the same everywhere. */
export const SANDBOX_FIX = 'run as a non-root user, or pass --no-sandbox to accept the risk';

/** Chromium's own words when it cannot sandbox: as root, or without user namespaces or a setuid helper. */
const SANDBOX_REFUSAL =
  /Running as root without --no-sandbox is not supported|No usable sandbox|Chromium sandboxing failed/;

/** The launch failed: `message` is one plain line naming the binary, for the CLI to print once. */
export class LaunchError extends Error {
  /** Chromium refused to start with its sandbox (root, or a container without user namespaces) */
  readonly sandboxRefused: boolean;
  constructor(
    readonly executable: string,
    cause: unknown,
  ) {
    const text = cause instanceof Error ? cause.message : String(cause);
    const refused = SANDBOX_REFUSAL.test(text);
    const first =
      text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? 'unknown error';
    super(
      refused
        ? `could not start Chromium at ${executable} with its sandbox (${SANDBOX_REFUSAL.exec(text)?.[0] ?? ''}${process.getuid?.() === 0 ? '; this process runs as root' : ''}): ${SANDBOX_FIX}`
        : `could not start Chromium at ${executable}: ${first.replace(/^browserType\.launchPersistentContext: /, '')}`,
    );
    this.sandboxRefused = refused;
    this.name = 'LaunchError';
  }
}

/**
 * The user agent headful Chromium of this major version sends: headless says "HeadlessChrome", which a page can test.
 */
export function headfulUserAgent(major: number): string {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
}

const majors = new Map<string, Promise<number | null>>();
/** The binary's major version from `--version` (once per binary), or null when it does not say. */
export function chromiumMajor(executable: string): Promise<number | null> {
  let m = majors.get(executable);
  if (!m) {
    trace('Chromium version probe started');
    m = new Promise((resolve) => {
      execFile(executable, ['--version'], { timeout: 10_000 }, (_err, stdout) => {
        const v = /(\d+)\.\d+\.\d+\.\d+/.exec(String(stdout))?.[1];
        trace('Chromium version known');
        resolve(v ? Number(v) : null);
      });
    });
    majors.set(executable, m);
  }
  return m;
}

export interface ChromiumSwitches {
  extensionDir?: string | undefined;
  hostRules?: string | undefined;
  extraArgs?: readonly string[];
  /** false adds --no-sandbox */
  sandbox?: boolean;
  /** Sent instead of the headless one */
  userAgent?: string | null;
}

/** Chromium switches of an audit browser. */
export function chromiumArgs(o: ChromiumSwitches): string[] {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // navigator.webdriver stays false: a site must not be able
    // to tell the auditor from a visitor and hide its trackers.
    '--disable-blink-features=AutomationControlled',
  ];
  if (o.sandbox === false) args.unshift('--no-sandbox');
  if (o.userAgent) args.push(`--user-agent=${o.userAgent}`);
  if (o.extensionDir) args.push(`--disable-extensions-except=${o.extensionDir}`, `--load-extension=${o.extensionDir}`);
  if (o.hostRules) args.push(`--host-resolver-rules=${o.hostRules}`);
  // One feature list each, Playwright's included: Chromium keeps only the last --disable-features.
  return [...args, ...withMergedFeatures(o.extraArgs ?? [])];
}

async function findExtensionId(context: BrowserContext, timeoutMs: number): Promise<string> {
  const fromUrl = (url: string): string | undefined => /^chrome-extension:\/\/([a-p]{32})\//.exec(url)?.[1];
  for (const w of context.serviceWorkers()) {
    const id = fromUrl(w.url());
    if (id) return id;
  }
  const worker = await context.waitForEvent('serviceworker', {
    predicate: (w) => Boolean(fromUrl(w.url())),
    timeout: timeoutMs,
  });
  const id = fromUrl(worker.url());
  if (!id) throw new Error(`not an extension service worker: ${worker.url()}`);
  return id;
}

/** Load a page until the extension has recorded it: the first navigation after start can be missed. */
async function warmUp(context: BrowserContext, extensionId: string, url: string): Promise<void> {
  const page = await context.newPage();
  const deadline = Date.now() + WARMUP_TIMEOUT_MS;
  let last: string | null = null;
  try {
    while (Date.now() < deadline) {
      await page.goto(url);
      const tabId = await findTabId(context, extensionId, url);
      if (tabId !== null) {
        const wait = Math.min(WARMUP_ATTEMPT_MS, Math.max(0, deadline - Date.now()));
        const r = await waitForRecord(context, extensionId, tabId, (x) => x.url === url, wait);
        last = r?.url ?? null;
        if (last === url) return;
      }
    }
    throw new Error(
      `warm-up: the extension did not record ${url} within ${WARMUP_TIMEOUT_MS} ms (last: ${last ?? 'no record'})`,
    );
  } finally {
    await page.close().catch(() => {});
  }
}

export function launchAuditBrowser(options: LaunchOptions & { extensionDir: string }): Promise<AuditBrowser<string>>;
export function launchAuditBrowser(options?: LaunchOptions): Promise<AuditBrowser<string | null>>;
/** Launch Chromium with the unpacked extension, find its id and (unless warmupUrl is null) warm its worker up. */
export async function launchAuditBrowser(o: LaunchOptions = {}): Promise<AuditBrowser<string | null>> {
  if (stopping) throw new Error('stopping: no new browser');
  const job = launch(o);
  launching.add(job);
  try {
    return await job;
  } finally {
    launching.delete(job);
  }
}

async function launch(o: LaunchOptions): Promise<AuditBrowser<string | null>> {
  const executable = o.chromiumPath ?? (process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH);
  let extraArgs = o.extraArgs ?? [];
  // Certificates are checked unless asked: an audit of a real site should not quietly accept an intercepted connection.
  const ignoreCerts = o.ignoreCertificateErrors === true || extraArgs.includes('--ignore-certificate-errors');
  if (ignoreCerts && !extraArgs.includes('--ignore-certificate-errors'))
    extraArgs = [...extraArgs, '--ignore-certificate-errors'];
  const sandbox = o.sandbox !== false && !extraArgs.includes('--no-sandbox');
  const headless = o.headless ?? true;
  // The probe (a process of its own) runs while this process loads playwright-core and writes the profile.
  const probe = headless && !extraArgs.some((a) => a.startsWith('--user-agent=')) ? chromiumMajor(executable) : null;
  const chromium = playwrightChromium();
  const profile = await openProfile(o.userDataDir);
  const major = await probe;
  if (stopping) {
    await profile.remove();
    throw new Error('stopping: no new browser');
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile.dir, {
      executablePath: executable,
      headless,
      args: chromiumArgs({
        extensionDir: o.extensionDir,
        hostRules: o.hostRules,
        extraArgs,
        sandbox,
        userAgent: major ? headfulUserAgent(major) : null,
      }),
      // Playwright disables extensions by default and marks the browser as automated (navigator.webdriver); it also
      // allows every popup, which a visitor's browser blocks at load (no click): their windows would be audit gaps.
      ignoreDefaultArgs: ['--disable-extensions', '--enable-automation', '--disable-popup-blocking'],
      chromiumSandbox: sandbox,
      // Playwright's own signal handlers would exit before the temp profiles are removed: cli/signals.ts owns
      // SIGINT/SIGTERM (Playwright still kills its browsers when the process exits).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      ignoreHTTPSErrors: ignoreCerts,
      viewport: { width: 1280, height: 800 },
      ...(o.locale ? { locale: o.locale } : {}),
    });
  } catch (e) {
    await profile.remove();
    throw new LaunchError(executable, e);
  }
  trace('Chromium up');
  const close = async (): Promise<void> => {
    openBrowsers.delete(close);
    await context.close().catch(() => {});
    await profile.remove();
  };
  openBrowsers.add(close);
  if (stopping) {
    await close();
    throw new Error('stopping: browser closed');
  }
  try {
    let extensionId: string | null = null;
    if (o.extensionDir) {
      extensionId = await findExtensionId(context, EXTENSION_ID_TIMEOUT_MS);
      trace('extension worker seen');
      if (o.warmupUrl !== null) await warmUp(context, extensionId, o.warmupUrl ?? DEFAULT_WARMUP_URL);
    }
    return { context, extensionId, sandbox, close };
  } catch (e) {
    await close();
    throw e;
  }
}
