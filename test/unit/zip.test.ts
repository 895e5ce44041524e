// The release zips' writer, read back by Info-ZIP's unzip (an independent reader): names, bytes, stored vs deflated.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../scripts/lib/zip.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'consent-auditor-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entries = [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify({ version: '0.1.0', x: 'y'.repeat(5000) })) },
  { name: 'empty.txt', data: new Uint8Array(0) },
  { name: '_locales/de/Übersicht ✓.json', data: Buffer.from('{"a":"ä"}') },
  { name: 'data/random.bin', data: randomBytes(70_000) },
];

describe('zipFiles', () => {
  it('writes an archive unzip lists, tests and extracts byte for byte', () => {
    const file = path.join(dir, 'a.zip');
    writeFileSync(file, zipFiles(entries));
    expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')).toEqual(
      entries.map((e) => e.name),
    );
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    for (const e of entries)
      expect(
        Buffer.compare(execFileSync('unzip', ['-p', file, e.name], { maxBuffer: 1 << 20 }), Buffer.from(e.data)),
      ).toBe(0);
    // Deflated where it helps (the repetitive manifest), stored where it does not (random bytes).
    const verbose = execFileSync('unzip', ['-v', file], { encoding: 'utf8' });
    expect(verbose).toMatch(/Defl:\S*\s.*manifest\.json/);
    expect(verbose).toMatch(/Stored\s.*data\/random\.bin/);
  });

  it('gives the same bytes for the same files', () => {
    expect(Buffer.compare(zipFiles(entries), zipFiles(entries))).toBe(0);
  });

  it('refuses names that would unpack outside the target folder', () => {
    expect(() => zipFiles([{ name: '../evil', data: new Uint8Array(1) }])).toThrow(/unsafe/);
    expect(() => zipFiles([{ name: '/etc/x', data: new Uint8Array(1) }])).toThrow(/unsafe/);
    expect(() => zipFiles([{ name: 'a/../../b', data: new Uint8Array(1) }])).toThrow(/unsafe/);
  });

  it('computes the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
