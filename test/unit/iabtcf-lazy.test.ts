// The worker's lazily loaded @iabtcf/core decodes as the library every other part of the product imports, and its
// TCModelError answers `instanceof` as the library's does (utils/consent/tcf.ts classifies failures by it).
import * as core from '@iabtcf/core';
import { describe, expect, it } from 'vitest';
import { standInScript } from '../support/lazy-script.ts';
import { TCModelError, TCString } from '../../entrypoints/background/iabtcf-lazy.ts';

// Chrome's worker imports /iabtcf.js (entrypoints/iabtcf.ts), which defines `consentAuditorIabtcf`; here the same effect.
const importScripts = standInScript('/iabtcf.js', 'consentAuditorIabtcf', {
  TCString: core.TCString,
  TCModelError: core.TCModelError,
});

const VALID = [
  'CQud6xAQud6xAAKACBENAyEAAP_gAAAAAAAAF5wAoAAgAEAvMAAAAAAA.IF5wAoAAgAEAvMAA',
  'CQud6xAQud6xAAKACBENAyEAAAAAAAAAAAAAAAAAAAAA.IF5wAoAAgAEAvMAA',
];
// cmpId 0 (the library's TCModelError), bad bit length, bad base64url, a core that ends early.
const INVALID = ['COw4XqLOw4XqLAAAAAENAXCAAAAAAAAAAAAAAAAAAAAA', 'CQud6xAQ', '!!!', 'zzzz'];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('iabtcf-lazy', () => {
  it('loads nothing until the first decode; an error before it is no TCModelError', () => {
    expect(new Error('x') instanceof (TCModelError as unknown as typeof core.TCModelError)).toBe(false);
    expect(importScripts).not.toHaveBeenCalled();
  });

  it('decodes as the library, and its errors are TCModelError exactly when the library says so', () => {
    for (const s of VALID) expect(TCString.decode(s), s).toEqual(core.TCString.decode(s));
    const lazyError = TCModelError as unknown as typeof core.TCModelError;
    const kinds = INVALID.map((s) => {
      const lazy = thrown(() => TCString.decode(s));
      const eager = thrown(() => core.TCString.decode(s));
      expect(String(lazy), s).toBe(String(eager));
      expect(lazy instanceof lazyError, s).toBe(eager instanceof core.TCModelError);
      return lazy instanceof lazyError;
    });
    expect(kinds).toContain(true);
    // Imported once, on first use, and kept.
    expect(importScripts.mock.calls).toEqual([['/iabtcf.js']]);
  });
});
