// Types for browser.mjs (hand-written: the scripts are plain Node ESM).
import type { BrowserContext, Page } from 'playwright-core';
import type { Message } from '../../utils/messaging/protocol.ts';
import type { PageRecord } from '../../utils/record/record.ts';

export const DEFAULT_WARMUP_URL: string;

export interface LaunchOptions {
  /** Unpacked extension (e.g. .output/chrome-mv3); without it, plain Chromium and extensionId null */
  extensionDir?: string;
  chromiumPath?: string;
  hostRules?: string;
  extraArgs?: string[];
  headless?: boolean;
  /** Fresh temp profile (removed on close) unless given */
  userDataDir?: string;
  /** Page loaded until the extension records it; null skips the warm-up */
  warmupUrl?: string | null;
  /** The browser's language (what chrome.i18n.getUILanguage() reports), e.g. 'de-DE' */
  locale?: string;
  /** Accept invalid TLS certificates (the demo's self-signed test hosts); off by default */
  ignoreCertificateErrors?: boolean;
}

export interface AuditBrowser<Id extends string | null = string> {
  context: BrowserContext;
  extensionId: Id;
  close(): Promise<void>;
}

export function launchAuditBrowser(options: LaunchOptions & { extensionDir: string }): Promise<AuditBrowser<string>>;
export function launchAuditBrowser(options?: LaunchOptions): Promise<AuditBrowser<string | null>>;

/** The reused extension page the harness messages the background from. */
export function extensionPage(context: BrowserContext, extensionId: string): Promise<Page>;
/** Send one protocol message to the background from the extension page; resolves to its answer. */
export function sendToBackground(context: BrowserContext, extensionId: string, message: Message): Promise<unknown>;
export function findTabId(context: BrowserContext, extensionId: string, url: string): Promise<number | null>;
export function getRecord(context: BrowserContext, extensionId: string, pageUrlOrTab: number | string | Page): Promise<PageRecord | null>;
export function waitForRecord(
  context: BrowserContext,
  extensionId: string,
  pageUrlOrTab: number | string | Page,
  accept: (record: PageRecord) => boolean,
  timeoutMs?: number,
): Promise<PageRecord | null>;
export function stopServiceWorker(context: BrowserContext, timeoutMs?: number): Promise<void>;
