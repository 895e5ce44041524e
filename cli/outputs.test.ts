import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutputs } from './outputs.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ca-outputs-'));
  await mkdir(path.join(dir, 'out'));
  await writeFile(path.join(dir, 'file.txt'), 'x');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const none = { json: null, html: null, junit: null, har: null };

describe('checkOutputs', () => {
  it('accepts files in existing folders, stdout for --json and a new --har folder in an existing one', () => {
    expect(
      checkOutputs({
        json: '-',
        html: path.join(dir, 'out', 'r.html'),
        junit: path.join(dir, 'j.xml'),
        har: path.join(dir, 'out', 'hars'),
      }),
    ).toEqual([]);
    expect(checkOutputs({ ...none, har: path.join(dir, 'out') })).toEqual([]);
  });

  it('a missing parent folder is an error for every kind of output, never created', () => {
    const missing = path.join(dir, 'nope', 'deeper');
    const problems = checkOutputs({
      json: path.join(missing, 'r.json'),
      html: path.join(missing, 'r.html'),
      junit: path.join(missing, 'j.xml'),
      har: path.join(missing, 'hars'),
    });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^--json .*r\.json: folder .*nope\/deeper does not exist$/);
    expect(problems[3]).toMatch(/^--har .*hars: folder .*nope\/deeper does not exist$/);
  });

  it('a folder where a file goes, a file where a folder goes, a parent that is a file', () => {
    expect(checkOutputs({ ...none, json: path.join(dir, 'out') })).toEqual([
      `--json ${path.join(dir, 'out')}: is a folder`,
    ]);
    expect(checkOutputs({ ...none, har: path.join(dir, 'file.txt') })[0]).toMatch(/^--har .*file\.txt: not a folder$/);
    expect(checkOutputs({ ...none, junit: path.join(dir, 'file.txt', 'j.xml') })[0]).toMatch(
      /file\.txt is not a folder$/,
    );
  });
});
