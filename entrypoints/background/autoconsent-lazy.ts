// The worker's `@duckduckgo/autoconsent` in Chrome (wxt.config.ts aliases it here for that background build): of it the
// worker uses only the main-world snippets (automation-frames.ts), loaded from their own script at the first read
// (entrypoints/autoconsent-snippets.ts, lazy-scripts.ts), not while the worker starts.
import type * as Autoconsent from '@duckduckgo/autoconsent';
import { loadLazyScript } from './lazy-scripts.ts';

type Snippets = typeof Autoconsent.evalSnippets;

let snippets: Snippets | null = null;
const load = (): Snippets =>
  (snippets ??= loadLazyScript<Snippets>('/autoconsent-snippets.js', 'consentAuditorEvalSnippets'));

/** The library's snippets table, read through: nothing is loaded until a key or a snippet is asked for. */
export const evalSnippets: Snippets = new Proxy({} as Snippets, {
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
  has: (_, key) => Reflect.has(load(), key),
  get: (_, key) => Reflect.get(load(), key),
});
