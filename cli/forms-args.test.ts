import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('--forms', () => {
  it.each([
    [['scan', 'a.example'], 'off'],
    [['scan', 'a.example', '--forms'], 'fill'],
    [['scan', '--forms', 'a.example'], 'fill'],
    [['scan', 'a.example', '--forms', 'fill'], 'fill'],
    [['scan', 'a.example', '--forms', 'submit'], 'submit'],
    [['scan', 'a.example', '--forms=submit'], 'submit'],
  ])('%j -> %s', (argv, want) => {
    const c = parseArgs(argv);
    expect(c.kind === 'scan' ? c.options.forms : c).toBe(want);
  });

  it('rejects an unknown mode with a clear message', () => {
    expect(parseArgs(['scan', 'a.example', '--forms=send'])).toEqual({
      kind: 'error',
      message: '--forms: use fill or submit (got "send")',
    });
  });
});
