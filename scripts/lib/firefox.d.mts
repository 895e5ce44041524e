// Types for firefox.mjs (hand-written: the scripts are plain Node ESM).
import type { Browser } from 'puppeteer-core';
import type { PageRecord } from '../../utils/record/record.ts';

export const FIREFOX_PATH: string;
export const EXTENSION_UUID: string;

export interface FirefoxAudit {
  browser: Browser;
  /** browser_specific_settings.gecko.id of the installed build */
  addonId: string;
  /** moz-extension://<EXTENSION_UUID> */
  origin: string;
  proxy: { port: number; refused: string[]; close(): Promise<void> };
  /** e.g. "firefox/153.8.0" */
  version: string;
  extensionContext: string | null;
  close(): Promise<void>;
}

export function launchFirefox(o: { extensionDir: string; httpPort: number; httpsPort: number; allowHost: (host: string) => boolean; headless?: boolean }): Promise<FirefoxAudit>;
export function evaluateChrome(ff: FirefoxAudit, expression: string): Promise<unknown>;
export function extensionContext(ff: FirefoxAudit): Promise<string>;
export function evaluateInExtension(ff: FirefoxAudit, expression: string): Promise<unknown>;
export function sendToBackground(ff: FirefoxAudit, message: object): Promise<unknown>;
export function findTabId(ff: FirefoxAudit, url: string): Promise<number | null>;
export function getRecord(ff: FirefoxAudit, tabId: number): Promise<PageRecord | null>;
export function waitForRecord(ff: FirefoxAudit, tabId: number, accept: (r: PageRecord) => boolean, timeoutMs?: number): Promise<PageRecord | null>;
export function terminateBackground(ff: FirefoxAudit, o?: { force?: boolean }): Promise<boolean>;
export function openExtensionPage(ff: FirefoxAudit, relUrl: string): Promise<string>;
export function evaluateIn(ff: FirefoxAudit, context: string, expression: string): Promise<unknown>;
export function screenshot(ff: FirefoxAudit, context: string): Promise<Buffer>;
export function closeContext(ff: FirefoxAudit, context: string): Promise<void>;
