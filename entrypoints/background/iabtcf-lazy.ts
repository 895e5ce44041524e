// The worker's `@iabtcf/core` in Chrome (wxt.config.ts aliases it here for that background build): loaded at the first
// TC string to decode, not while the worker starts (30 of the worker's 151 kB), from its own script
// (entrypoints/iabtcf.ts, lazy-scripts.ts). Only what utils/consent/tcf.ts uses: TCString.decode and TCModelError.
import type * as Core from '@iabtcf/core';
import { loadLazyScript } from './lazy-scripts.ts';

type Lib = Pick<typeof Core, 'TCString' | 'TCModelError'>;

let lib: Lib | null = null;
const load = (): Lib => (lib ??= loadLazyScript<Lib>('/iabtcf.js', 'consentAuditorIabtcf'));

export const TCString: Pick<typeof Core.TCString, 'decode'> = {
  decode: (encoded, model) => load().TCString.decode(encoded, model),
};

/** For `instanceof` only: an error of the library can exist only once it is loaded. */
export const TCModelError = {
  [Symbol.hasInstance]: (e: unknown): boolean => lib !== null && e instanceof lib.TCModelError,
};
