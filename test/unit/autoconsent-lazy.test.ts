// The worker's lazily loaded autoconsent snippets read as the library's table (automation-frames.ts maps them by id).
import * as autoconsent from '@duckduckgo/autoconsent';
import { describe, expect, it } from 'vitest';
import { standInScript } from '../support/lazy-script.ts';
import { evalSnippets } from '../../entrypoints/background/autoconsent-lazy.ts';

// Chrome's worker imports /autoconsent-snippets.js (entrypoints/autoconsent-snippets.ts), which defines the global.
const importScripts = standInScript('/autoconsent-snippets.js', 'consentAuditorEvalSnippets', autoconsent.evalSnippets);

describe('autoconsent-lazy', () => {
  it('loads nothing at import; the first read loads the table once, and it reads as the library', () => {
    expect(importScripts).not.toHaveBeenCalled();
    const entries = Object.entries(evalSnippets);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries).toEqual(Object.entries(autoconsent.evalSnippets));
    const [id, fn] = entries[0] ?? [];
    expect(id !== undefined && id in evalSnippets).toBe(true);
    expect(evalSnippets[id as keyof typeof evalSnippets]).toBe(fn);
    expect(importScripts.mock.calls).toEqual([['/autoconsent-snippets.js']]);
  });
});
