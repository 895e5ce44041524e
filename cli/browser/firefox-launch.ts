// Launching the Firefox runtime (see firefox.ts): Firefox ESR over WebDriver BiDi (puppeteer-core) with an audit
// profile and the unpacked Firefox build installed; every launched browser is closed on stop signals.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { startHostProxy, type HostProxy } from './host-proxy.ts';
import type { HostRule } from './host-rules.ts';

export const DEFAULT_FIREFOX_PATHS = ['/usr/bin/firefox-esr', 'firefox'] as const;
/** Fixed moz-extension origin (pref extensions.webextensions.uuids), so the runtime knows the extension page's URL. */
export const EXTENSION_UUID = '3f2b8c1e-6a4d-4e7b-9c0f-5d1a2b3c4d5e';

export interface FirefoxLaunchOptions {
  extensionDir: string;
  firefoxPath: string;
  /** Parsed --host-resolver-rules: mapped hosts go through a local proxy chosen by a PAC file; null: direct network */
  hostRules?: readonly HostRule[] | null;
  headless?: boolean;
  /** Accept invalid TLS certificates (the demo's self-signed hosts); off by default */
  acceptInsecureCerts?: boolean;
}

export interface FirefoxAudit {
  browser: Browser;
  /** browser_specific_settings.gecko.id of the installed build */
  addonId: string;
  /** moz-extension://<EXTENSION_UUID> */
  origin: string;
  proxy: HostProxy | null;
  /** puppeteer's "firefox/153.x…" */
  version: string;
  close(): Promise<void>;
}

/** Launch failed: `message` is one plain line naming the binary. */
export class FirefoxLaunchError extends Error {
  constructor(
    readonly executable: string,
    cause: unknown,
  ) {
    const first =
      (cause instanceof Error ? cause.message : String(cause))
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? 'unknown error';
    super(`could not start Firefox at ${executable}: ${first}`);
    this.name = 'FirefoxLaunchError';
  }
}

const open = new Set<() => Promise<void>>();

/** Close every Firefox this process launched (stop signals). */
export async function closeAllFirefox(): Promise<void> {
  await Promise.all([...open].map((close) => close()));
}

/** "153.8.0esr" from puppeteer's "firefox/153.8.0esr" (or the string as it is). */
export function firefoxVersionOf(v: string): string {
  return /(\d+(?:\.\d+)*[a-z0-9]*)/i.exec(v)?.[1] ?? v;
}

/** Prefs of an audit profile: the same set-up as the Chromium audit (third-party cookies allowed, no blocking). */
export function firefoxPrefs(addonId: string, pacUrl: string | null): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    'network.cookie.cookieBehavior': 0,
    'privacy.trackingprotection.enabled': false,
    // Firefox's own default, which Puppeteer turns off: popups at load (no click) are blocked, as for a visitor.
    'dom.disable_open_during_load': true,
    'network.proxy.type': pacUrl ? 2 : 0,
    ...(pacUrl ? { 'network.proxy.autoconfig_url': pacUrl, 'network.proxy.allow_hijacking_localhost': true } : {}),
  };
}

export async function launchFirefox(o: FirefoxLaunchOptions): Promise<FirefoxAudit> {
  const manifest: unknown = JSON.parse(await readFile(path.join(o.extensionDir, 'manifest.json'), 'utf8'));
  const addonId = (manifest as { browser_specific_settings?: { gecko?: { id?: unknown } } }).browser_specific_settings
    ?.gecko?.id;
  if (typeof addonId !== 'string')
    throw new Error(`${o.extensionDir}: no browser_specific_settings.gecko.id (not a Firefox build?)`);
  const proxy = o.hostRules && o.hostRules.length ? await startHostProxy(o.hostRules) : null;
  let browser: Browser;
  try {
    // Loaded here: a Chromium-only run never needs puppeteer-core.
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: o.firefoxPath,
      headless: o.headless ?? true,
      acceptInsecureCerts: o.acceptInsecureCerts === true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(addonId, proxy?.pacUrl ?? null),
      // cli/signals.ts owns SIGINT/SIGTERM (closeAllFirefox).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    await proxy?.close();
    throw new FirefoxLaunchError(o.firefoxPath, e);
  }
  const close = async (): Promise<void> => {
    open.delete(close);
    await browser.close().catch(() => {});
    await proxy?.close();
  };
  open.add(close);
  try {
    await browser.installExtension(path.resolve(o.extensionDir));
    return {
      browser,
      addonId,
      origin: `moz-extension://${EXTENSION_UUID}`,
      proxy,
      version: await browser.version(),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
