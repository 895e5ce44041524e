import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, configProblems, isDay, loadConfig, parseConfig, readablePath } from './load.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ca-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FULL = {
  $schema: './node_modules/consent-auditor/schema/consent-auditor.config.schema.json',
  urls: ['https://www.shop.example/'],
  urlsFile: 'urls.txt',
  consent: ['none', 'reject'],
  crawl: { limit: 20, include: ['/shop/**'], exclude: ['**/cart*'] },
  concurrency: 2,
  wait: 8000,
  quietPeriod: 1000,
  minWait: 500,
  loadTimeout: 20000,
  quiet: true,
  hostResolverRules: 'MAP * 127.0.0.1:8080',
  chromium: '/usr/bin/chromium',
  chromiumArgs: ['--lang=de'],
  failOn: 'warning',
  lang: 'de',
  outputs: { json: 'out/r.json', html: 'out/r.html', junit: 'out/j.xml', har: 'out/har' },
  waivers: [
    {
      finding: 'third-country-transfer:*.hotjar.com',
      url: 'https://www.shop.example/*',
      reason: 'DPA signed',
      expires: '2027-06-30',
    },
  ],
};

describe('config validation', () => {
  it('accepts every documented key', () => {
    expect(configProblems(FULL)).toEqual([]);
    expect(configProblems({})).toEqual([]);
  });

  it.each<[unknown, string]>([
    [{ url: 'x' }, '(top level): unknown key "url"'],
    [{ consent: ['maybe'] }, 'consent[0]: must be one of "none", "reject", "accept"'],
    [{ consent: [] }, 'consent: must NOT have fewer than 1 items'],
    [{ concurrency: 0 }, 'concurrency: must be >= 1'],
    [{ wait: 'soon' }, 'wait: must be integer'],
    [{ crawl: { include: [] } }, 'crawl: "limit" is missing'],
    [{ outputs: { pdf: 'x' } }, 'outputs: unknown key "pdf"'],
    [{ failOn: 'error' }, 'failOn: must be one of "violation", "warning", "never"'],
    [{ waivers: [{ finding: 'x', reason: 'r' }] }, 'waivers[0]: "expires" is missing'],
    [
      { waivers: [{ finding: 'x', reason: 'r', expires: '31.12.2027' }] },
      'waivers[0].expires: must be a date YYYY-MM-DD',
    ],
    [
      { waivers: [{ finding: 'x', reason: 'r', expires: '2027-02-30' }] },
      'waivers[0].expires: not a calendar day: 2027-02-30',
    ],
    [
      { waivers: [{ finding: '', reason: 'r', expires: '2027-01-01' }] },
      'waivers[0].finding: must NOT have fewer than 1 characters',
    ],
    [[], '(top level): must be object'],
  ])('%j → %s', (config, problem) => {
    expect(configProblems(config)).toContain(problem);
  });

  it('lists every problem, not only the first', () => {
    expect(configProblems({ wait: -1, lang: 'fr', extra: 1 })).toHaveLength(3);
  });

  it('reads pointers as paths and knows calendar days', () => {
    expect(readablePath('/waivers/12/url')).toBe('waivers[12].url');
    expect(readablePath('')).toBe('(top level)');
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
  });

  it('says when the text is not JSON', () => {
    const r = parseConfig('{ "urls": [ }');
    expect('problems' in r && r.problems[0]).toMatch(/^not JSON: /);
  });
});

describe('finding the config file', () => {
  it('uses the working directory file, --config, or none with --no-config', () => {
    const cwd = path.join(dir, 'cwd');
    rmSync(cwd, { recursive: true, force: true });
    expect(loadConfig({ configPath: null, noConfig: false, cwd: dir })).toBeNull();
    writeFileSync(path.join(dir, CONFIG_FILE), JSON.stringify({ wait: 1234 }));
    expect(loadConfig({ configPath: null, noConfig: false, cwd: dir })).toEqual({
      file: path.join(dir, CONFIG_FILE),
      config: { wait: 1234 },
    });
    expect(loadConfig({ configPath: null, noConfig: true, cwd: dir })).toBeNull();
    writeFileSync(path.join(dir, 'ci.json'), JSON.stringify({ wait: 99 }));
    expect(loadConfig({ configPath: 'ci.json', noConfig: false, cwd: dir })).toEqual({
      file: path.join(dir, 'ci.json'),
      config: { wait: 99 },
    });
  });

  it('names the file in its problems; a missing --config file is a problem', () => {
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ waivers: [{ finding: 'x' }] }));
    expect(loadConfig({ configPath: 'bad.json', noConfig: false, cwd: dir })).toEqual({
      problems: ['bad.json: waivers[0]: "reason" is missing', 'bad.json: waivers[0]: "expires" is missing'],
    });
    const missing = loadConfig({ configPath: 'nope.json', noConfig: false, cwd: dir });
    expect(missing && 'problems' in missing && missing.problems[0]).toMatch(
      /^--config nope\.json: cannot read: .*ENOENT/,
    );
  });
});

describe('the README example', () => {
  it('is a valid config', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block =
      /```json\n(\{\n {2}"\$schema": "\.\/node_modules\/consent-auditor\/schema\/consent-auditor\.config\.schema\.json"[\s\S]*?)```/.exec(
        readme,
      )?.[1];
    expect(block).toBeDefined();
    expect(parseConfig(block ?? '')).toMatchObject({
      config: { waivers: [{ finding: 'third-country-transfer:*.hotjar.com' }, {}] },
    });
  });
});
