// The worker's first-screen cache in Chrome (wxt.config.ts aliases ./first-screen-cache.ts here for that background
// build): its code is loaded at the popup's first connect, not while the worker starts, from its own script
// (entrypoints/first-screen.ts, lazy-scripts.ts).
import type * as Screen from './first-screen-cache.ts';
import { loadLazyScript } from './lazy-scripts.ts';

type Lib = Pick<typeof Screen, 'FirstScreenCache'>;
type Cache = InstanceType<Lib['FirstScreenCache']>;

/** FirstScreenCache, whose code is imported at its first push (a popup's first connect). */
export class FirstScreenCache {
  private cache: Cache | null = null;

  push(...args: Parameters<Cache['push']>): ReturnType<Cache['push']> {
    this.cache ??= new (loadLazyScript<Lib>('/first-screen.js', 'consentAuditorFirstScreen').FirstScreenCache)();
    return this.cache.push(...args);
  }
}
