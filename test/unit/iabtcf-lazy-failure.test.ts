// Chrome's worker imports @iabtcf/core on first use (entrypoints/background/iabtcf-lazy.ts). If that import fails, the
// failure is the extension's, never the TC string's: decodeTcString must not classify a sound string as truncated or
// garbage (a finding against the site), but let the error through to the worker's error path, which notes it.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { TCString } from '../../entrypoints/background/iabtcf-lazy.ts';
import { decodeTcString, isTcError } from '../../utils/consent/tcf.ts';

vi.mock('@iabtcf/core', async () => {
  const real = await vi.importActual<typeof import('@iabtcf/core')>('@iabtcf/core');
  const lazy = await vi.importActual<typeof import('../../entrypoints/background/iabtcf-lazy.ts')>(
    '../../entrypoints/background/iabtcf-lazy.ts',
  );
  // tcf.ts decodes through the lazy loader, as in Chrome's worker build (wxt.config.ts aliases it there).
  return { ...real, TCString: { decode: lazy.TCString.decode }, TCModelError: lazy.TCModelError };
});
const { TCString: RealTCString } = await vi.importActual<typeof import('@iabtcf/core')>('@iabtcf/core');

const g = globalThis as { importScripts?: (url: string) => void };
let fail = true;
g.importScripts = (url: string) => {
  if (fail) throw new Error(`network error for ${url}`);
};
afterAll(() => delete g.importScripts);

/** A sound TC string (the real decoder reads it: the last test). */
const sound = 'CQA1bcAQA1bcAAGABCENBKFgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA';

describe('a TC string met while the worker cannot load its decoder', () => {
  it('is not classified: the load failure is thrown, named, with the script it concerns', () => {
    expect(() => decodeTcString(sound)).toThrow(/\/iabtcf\.js could not be imported: network error/);
    try {
      TCString.decode(sound);
    } catch (e) {
      expect((e as Error).name).toBe('LazyScriptError');
    }
  });

  it('a script that loads but defines nothing is the same failure', () => {
    fail = false;
    expect(() => decodeTcString(sound)).toThrow(/\/iabtcf\.js did not define consentAuditorIabtcf/);
  });

  it("the string's own faults are still classified once the decoder is there", () => {
    (globalThis as Record<string, unknown>).consentAuditorIabtcf = { TCString: RealTCString, TCModelError: Error };
    try {
      const d = decodeTcString(sound);
      expect(isTcError(d)).toBe(false);
      const bad = decodeTcString('%%%not-a-tc-string');
      expect(isTcError(bad) && bad.kind).toBe('garbage');
    } finally {
      delete (globalThis as Record<string, unknown>).consentAuditorIabtcf;
    }
  });
});
