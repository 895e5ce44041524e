import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args.ts';
import type { ScanFlags, ScanOptions } from '../command.ts';
import { applyConfig } from './apply.ts';
import type { Config } from './load.ts';

const DIR = '/work/site';
const FILE = path.join(DIR, 'consent-auditor.config.json');

function cli(argv: string[]): { options: ScanOptions; given: ScanFlags } {
  const c = parseArgs(['scan', ...argv]);
  if (c.kind !== 'scan') throw new Error(JSON.stringify(c));
  return { options: c.options, given: c.given };
}

function apply(argv: string[], config: Config | null): ReturnType<typeof applyConfig> {
  const c = cli(argv);
  return applyConfig(c.options, c.given, config ? { file: FILE, config } : null);
}

function options(argv: string[], config: Config | null): ScanOptions {
  const r = apply(argv, config);
  if ('problems' in r) throw new Error(r.problems.join('; '));
  return r.options;
}

describe('config under the command line', () => {
  const config: Config = {
    urls: ['www.shop.example'],
    consent: ['reject'],
    wait: 4000,
    quietPeriod: 900,
    minWait: 300,
    loadTimeout: 9000,
    concurrency: 3,
    crawl: { limit: 7, include: ['/a/**'] },
    failOn: 'warning',
    lang: 'de',
    quiet: true,
    hostResolverRules: 'MAP * 127.0.0.1:1',
    outputs: { json: 'out/r.json', html: '/abs/r.html', junit: 'j.xml', har: 'hars' },
  };

  it('takes every value from the config when the command line gives none; paths relative to the config file', () => {
    expect(options([], config)).toMatchObject({
      urls: ['https://www.shop.example/'],
      consent: ['reject'],
      waitMs: 4000,
      quietMs: 900,
      minWaitMs: 300,
      loadTimeoutMs: 9000,
      concurrency: 3,
      crawl: 7,
      include: ['/a/**'],
      exclude: [],
      failOn: 'warning',
      lang: 'de',
      quiet: true,
      chromiumArgs: ['--host-resolver-rules=MAP * 127.0.0.1:1'],
      json: path.join(DIR, 'out/r.json'),
      html: '/abs/r.html',
      junit: path.join(DIR, 'j.xml'),
      har: path.join(DIR, 'hars'),
    });
  });

  it('lets each command-line option win', () => {
    const o = options(
      [
        'https://other.example/',
        '--consent',
        'accept',
        '--wait',
        '100',
        '--fail-on',
        'never',
        '--json',
        '-',
        '--crawl',
        '2',
        '--chromium-arg=--host-resolver-rules=MAP * 127.0.0.2:2',
        '--lang',
        'en',
      ],
      config,
    );
    expect(o).toMatchObject({
      urls: ['https://other.example/'],
      consent: ['accept'],
      waitMs: 100,
      failOn: 'never',
      json: '-',
      crawl: 2,
      lang: 'en',
      chromiumArgs: ['--host-resolver-rules=MAP * 127.0.0.2:2'],
      quietMs: 900,
      html: '/abs/r.html',
    });
  });

  it('keeps the config host rules next to other command-line Chromium switches', () => {
    expect(options(['--chromium-arg=--lang=de'], config).chromiumArgs).toEqual([
      '--lang=de',
      '--host-resolver-rules=MAP * 127.0.0.1:1',
    ]);
  });

  it('returns the waivers and says what is wrong with the URLs', () => {
    const waivers = [{ finding: 'essential-cookie', reason: 'r', expires: '2030-01-01' }];
    const r = apply([], { urls: ['https://a.example/'], waivers });
    expect(!('problems' in r) && r.waivers).toEqual(waivers);
    expect(apply([], { urls: ['ftp://x'] })).toEqual({
      problems: ['consent-auditor.config.json: urls[0]: not an http(s) URL: ftp://x'],
    });
    expect(apply([], { wait: 1 })).toEqual({
      problems: ['no URL given (none on the command line, in --urls or in consent-auditor.config.json)'],
    });
    expect(apply([], null)).toEqual({ problems: ['no URL given'] });
  });

  it('without a config the command line stands as given', () => {
    const c = cli(['https://a.example/', '--wait', '5']);
    expect(options(['https://a.example/', '--wait', '5'], null)).toEqual(c.options);
  });
});
