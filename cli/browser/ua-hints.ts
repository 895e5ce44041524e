// The `--user-agent` switch that takes "HeadlessChrome" out of the user agent (launch.ts) also empties the
// high-entropy client hints (fullVersionList [], uaFullVersion '', architecture, bitness, formFactors), which no
// visitor's Chromium answers: a page could hide its trackers by that. The audited page, and every frame and worker
// under it, gets this Chromium's own back.
import type { BrowserContext } from 'playwright-core';
import { headfulUserAgent } from './launch.ts';
import { prepareEveryTarget, type TreeRootSession } from './target-tree.ts';

export interface Brand {
  brand: string;
  version: string;
}

/** What DevTools' `Emulation.setUserAgentOverride` takes as `userAgentMetadata`. */
export interface UserAgentMetadata {
  brands: Brand[];
  fullVersionList: Brand[];
  fullVersion: string;
  platform: string;
  platformVersion: string;
  architecture: string;
  model: string;
  mobile: boolean;
  bitness: string;
  wow64: boolean;
  formFactors: string[];
}

/**
 * What desktop Chromium on Linux answers (read from this Chromium without the switch): each brand's full version is
 * the browser's for its own brands, the major with `.0.0.0` for the GREASE brand, as Chromium writes it.
 */
export function linuxMetadata(brands: readonly Brand[], fullVersion: string, arch: string): UserAgentMetadata {
  const major = fullVersion.split('.')[0] ?? '';
  const full = (b: Brand): Brand => ({
    brand: b.brand,
    version: b.version === major ? fullVersion : `${b.version}.0.0.0`,
  });
  return {
    brands: brands.map((b) => ({ ...b })),
    fullVersionList: brands.map(full),
    fullVersion,
    platform: 'Linux',
    platformVersion: '',
    architecture: arch === 'arm64' || arch === 'arm' ? 'arm' : 'x86',
    model: '',
    mobile: false,
    bitness: arch === 'arm' || arch === 'ia32' ? '32' : '64',
    wow64: false,
    formFactors: ['Desktop'],
  };
}

const isBrands = (v: unknown): v is Brand[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((b: { brand?: unknown; version?: unknown }) => typeof b?.brand === 'string' && typeof b.version === 'string');

/** What a page's CDP session has that the override needs. */
export type OverrideSession = TreeRootSession & {
  send(
    method: 'Emulation.setUserAgentOverride',
    params: { userAgent: string; userAgentMetadata: UserAgentMetadata },
  ): Promise<unknown>;
};

/**
 * Gives the page of `session` the client hints of this Chromium, when the user agent is the one launch.ts set (the
 * extension's worker, which the switch governs, tells the user agent and the low-entropy brands); false otherwise
 * (a user agent of the user's own, or no worker to ask). Every target the page gets later (a frame of another site,
 * a dedicated or service worker, and theirs) gets them before its first script, and so do the `Sec-CH-UA-*` headers
 * it sends. Not reached: shared workers and windows the page opens (targets of the browser, not of the page).
 */
export async function restoreClientHints(context: BrowserContext, session: OverrideSession): Promise<boolean> {
  const version = context.browser()?.version() ?? '';
  const major = Number(version.split('.')[0]);
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker || !major) return false;
  const seen = await worker.evaluate(() => ({
    ua: navigator.userAgent,
    brands: (navigator as Navigator & { userAgentData?: { brands?: unknown } }).userAgentData?.brands,
  }));
  if (seen.ua !== headfulUserAgent(major) || !isBrands(seen.brands)) return false;
  const userAgentMetadata = linuxMetadata(seen.brands, version, process.arch);
  const override = { userAgent: seen.ua, userAgentMetadata };
  await session.send('Emulation.setUserAgentOverride', override);
  await prepareEveryTarget(session, (target) => target.send('Emulation.setUserAgentOverride', { ...override }));
  return true;
}
