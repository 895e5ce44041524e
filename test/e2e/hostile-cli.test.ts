// Issue 15.11: untrusted text (a --urls file written by someone else) reaches the terminal only through printable().
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_ERROR, main, type Io } from '../../cli/main.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'consent-auditor-hostile-cli-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('CLI messages with untrusted text', () => {
  it('a --urls line with terminal escapes is reported with the control characters replaced', async () => {
    const list = path.join(dir, 'evil-urls.txt');
    await writeFile(list, 'https://www.shop.test/\nnot-a-url\u001b]0;owned\u0007\u001b[2J\n');
    const err: string[] = [];
    const io: Io = { stdout: () => {}, stderr: (s) => err.push(s), env: { PATH: '/usr/bin:/bin' } };
    expect(await main(['scan', '--urls', list, '--chromium', '/usr/bin/chromium'], io)).toBe(EXIT_ERROR);
    const text = err.join('');
    expect(text).toContain('line 2: not an http(s) URL: not-a-url?]0;owned??[2J');
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });
});
