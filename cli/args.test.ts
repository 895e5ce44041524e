import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';
import { DEFAULT_CHROMIUM, DEFAULT_WAIT_MS, type ScanOptions } from './command.ts';
import { USAGE } from './usage.ts';

const U = 'https://www.shop.example/';

function scan(argv: string[], env: Record<string, string> = {}): ScanOptions {
  const c = parseArgs(argv, env);
  if (c.kind !== 'scan') throw new Error(`expected scan, got ${JSON.stringify(c)}`);
  return c.options;
}

describe('parseArgs: options', () => {
  it('has defaults', () => {
    expect(scan(['scan', U])).toEqual({
      urls: [U],
      urlsFile: null,
      consent: ['none', 'reject', 'accept'],
      waitMs: DEFAULT_WAIT_MS,
      quietMs: 1500,
      minWaitMs: 1500,
      loadTimeoutMs: 30_000,
      concurrency: null,
      shard: null,
      crawl: null,
      include: [],
      exclude: [],
      json: null,
      html: null,
      junit: null,
      har: null,
      failOn: 'violation',
      browser: 'chromium',
      chromium: DEFAULT_CHROMIUM,
      chromiumArgs: [],
      sandbox: true,
      direct: false,
      firefox: null,
      quiet: false,
      lang: 'en',
      forms: 'off',
      answer: 'ready',
    });
  });

  it('--browser firefox, --firefox or CONSENT_AUDITOR_FIREFOX for the binary; options of the other engine are errors', () => {
    expect(scan(['scan', U, '--browser', 'firefox'])).toMatchObject({ browser: 'firefox', firefox: null });
    expect(
      scan(['scan', U, '--browser=Firefox', '--firefox', '/opt/ff'], { CONSENT_AUDITOR_FIREFOX: '/env/ff' }),
    ).toMatchObject({ browser: 'firefox', firefox: '/opt/ff' });
    expect(scan(['scan', U, '--browser', 'firefox'], { CONSENT_AUDITOR_FIREFOX: '/env/ff' }).firefox).toBe('/env/ff');
    expect(parseArgs(['scan', U, '--browser', 'webkit'])).toEqual({
      kind: 'error',
      message: '--browser: use chromium or firefox (got "webkit")',
    });
    expect(parseArgs(['scan', U, '--browser', 'firefox', '--chromium', '/c'])).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^--chromium: not used with --browser firefox/),
    });
    expect(parseArgs(['scan', U, '--firefox', '/opt/ff'])).toMatchObject({
      kind: 'error',
      message: '--firefox: only with --browser firefox',
    });
  });

  it.each<[string[], Partial<ScanOptions>]>([
    [['--urls', 'list.txt'], { urlsFile: 'list.txt' }],
    [['--urls=list.txt'], { urlsFile: 'list.txt' }],
    [['--consent', 'reject'], { consent: ['reject'] }],
    [['--consent=accept,none,accept'], { consent: ['accept', 'none'] }],
    [['--consent', ' Reject , ACCEPT '], { consent: ['reject', 'accept'] }],
    [['--wait', '1500'], { waitMs: 1500 }],
    [['--wait=0'], { waitMs: 0 }],
    [['--quiet-period', '800', '--min-wait=200'], { quietMs: 800, minWaitMs: 200 }],
    [['--load-timeout', '2000'], { loadTimeoutMs: 2000 }],
    [['--answer', 'settled'], { answer: 'settled' }],
    [['--answer=ready'], { answer: 'ready' }],
    [['--concurrency', '3'], { concurrency: 3 }],
    [['--json', '-'], { json: '-' }],
    [['--shard', '2/3'], { shard: { index: 2, count: 3 } }],
    [
      ['--crawl', '50', '--include', '/shop/**', '--exclude=**/cart*', '--exclude', '/admin/*'],
      { crawl: 50, include: ['/shop/**'], exclude: ['**/cart*', '/admin/*'] },
    ],
    [['--json', 'out/r.json'], { json: 'out/r.json' }],
    [['--html=r.html'], { html: 'r.html' }],
    [['--junit', 'junit.xml'], { junit: 'junit.xml' }],
    [['--har', 'hars'], { har: 'hars' }],
    [['--fail-on', 'warning'], { failOn: 'warning' }],
    [['--fail-on=never'], { failOn: 'never' }],
    [['--chromium', '/opt/chrome'], { chromium: '/opt/chrome' }],
    [
      ['--chromium-arg', '--lang=de', '--chromium-arg=--host-resolver-rules=MAP * 127.0.0.1'],
      { chromiumArgs: ['--lang=de', '--host-resolver-rules=MAP * 127.0.0.1'] },
    ],
    [['--quiet'], { quiet: true }],
    [['-q'], { quiet: true }],
    [['--lang', 'de'], { lang: 'de' }],
    [['--lang=DE'], { lang: 'de' }],
  ])('%j', (extra, expected) => {
    expect(scan(['scan', U, ...extra])).toMatchObject(expected);
  });

  it('takes CHROMIUM_PATH as the default browser, --chromium over it', () => {
    expect(scan(['scan', U], { CHROMIUM_PATH: '/env/chromium' }).chromium).toBe('/env/chromium');
    expect(scan(['scan', U, '--chromium', '/flag/chromium'], { CHROMIUM_PATH: '/env/chromium' }).chromium).toBe(
      '/flag/chromium',
    );
  });

  it('keeps URLs in order, options anywhere, and everything after -- as URLs', () => {
    expect(scan(['scan', 'a.example', '--wait', '10', 'http://b.example/x?y=1', '--', 'c.example']).urls).toEqual([
      'https://a.example/',
      'http://b.example/x?y=1',
      'https://c.example/',
    ]);
  });

  it('leaves a missing URL to the config file', () => {
    expect(scan(['scan', '--wait', '100']).urls).toEqual([]);
  });

  it('notes the options given (they beat the config), --config and --no-config', () => {
    const c = parseArgs(['scan', U, '--wait=100', '--quiet', '--config', 'ci.json', '--chromium-arg', '--x']);
    expect(c.kind === 'scan' && c.given).toEqual({
      options: ['--wait', '--quiet', '--config', '--chromium-arg'],
      configPath: 'ci.json',
      noConfig: false,
    });
    const n = parseArgs(['scan', U, '--no-config']);
    expect(n.kind === 'scan' && n.given).toEqual({ options: [], configPath: null, noConfig: true });
  });

  it('accepts --urls without positional URLs', () => {
    expect(scan(['scan', '--urls', 'f.txt']).urls).toEqual([]);
  });
});

describe('parseArgs: help, version and usage errors', () => {
  it.each<[string[], string]>([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['scan', U, '--help'], 'help'],
    [['--version'], 'version'],
    [['-V'], 'version'],
  ])('%j → %s', (argv, kind) => {
    expect(parseArgs(argv).kind).toBe(kind);
  });

  it.each<[string[], RegExp]>([
    [[], /no command/],
    [['audit', U], /unknown command/],
    [['scan', U, '--config', 'a.json', '--no-config'], /give one of them/],
    [['scan', U, '--config'], /--config needs a value/],
    [['scan', U, '--bogus'], /unknown option: --bogus/],
    [['scan', U, '--answer', 'later'], /--answer: use ready or settled \(got "later"\)/],
    [['scan', U, '--browser', 'firefox', '--answer', 'ready'], /--answer ready: not available with --browser firefox/],
    [['scan', U, '--consent', 'maybe'], /unknown scenario "maybe"/],
    [['scan', U, '--consent='], /needs a value/],
    [['scan', U, '--consent', ','], /unknown scenario/],
    [['scan', U, '--wait', 'soon'], /not a number/],
    [['scan', U, '--wait', '-5'], /needs a value|not a number/],
    [['scan', U, '--wait', '9999999'], /at most/],
    [['scan', U, '--wait', '1.5'], /not a number/],
    [['scan', U, '--quiet-period', 'x'], /--quiet-period: not a number/],
    [['scan', U, '--load-timeout', '0'], /--load-timeout: at least 1 ms/],
    [['scan', U, '--concurrency', '0'], /--concurrency: a whole number from 1 to 64/],
    [['scan', U, '--concurrency', '65'], /--concurrency: a whole number/],
    [['scan', U, '--concurrency', '2.5'], /--concurrency: a whole number/],
    [['scan', U, '--shard', '4/3'], /--shard: i\/n needs/],
    [['scan', U, '--shard', 'auto'], /JOB_COMPLETION_INDEX is not set/],
    [['merge'], /merge: no report given/],
    [['diff', 'a.json'], /diff: give exactly two reports/],
    [['diff', 'a.json', 'b.json', '--strict'], /diff: unknown option: --strict/],
    [['scan', U, '--crawl', '0'], /--crawl: a number of pages/],
    [['scan', U, '--crawl', 'all'], /--crawl: a number of pages/],
    [['merge', 'a.json', '--har', 'x'], /merge: unknown option: --har/],
    [['merge', 'a.json', '--json'], /merge: --json needs a value/],
    [['scan', U, '--fail-on', 'error'], /violation, warning or never/],
    [['scan', U, '--json'], /--json needs a value/],
    [['scan', U, '--json', '--quiet'], /--json needs a value/],
    [['scan', U, '--chromium-arg'], /needs a value/],
    [['scan', U, '--lang', 'fr'], /--lang: use en or de/],
    [['verify'], /verify: no file given/],
    [['verify', '--json', 'x.json'], /verify: unknown option: --json/],
    [['scan', 'ftp://files.example/'], /not an http\(s\) URL/],
    [['scan', 'javascript:alert(1)'], /not an http\(s\) URL/],
    [['scan', 'has space.example'], /not an http\(s\) URL/],
  ])('%j is a usage error', (argv, message) => {
    const c = parseArgs(argv);
    expect(c.kind).toBe('error');
    if (c.kind === 'error') expect(c.message).toMatch(message);
  });
});

describe('parseArgs: verify', () => {
  it.each<[string[], string[]]>([
    [['verify', 'a.json'], ['a.json']],
    [
      ['verify', 'a.json', 'out/b.html', 'c-findings.csv'],
      ['a.json', 'out/b.html', 'c-findings.csv'],
    ],
    [
      ['verify', '--', '--odd-name.csv', 'x.har'],
      ['--odd-name.csv', 'x.har'],
    ],
  ])('%j', (argv, files) => {
    expect(parseArgs(argv)).toEqual({ kind: 'verify', files });
  });

  it('mentions verify in the usage text', () => {
    expect(USAGE).toMatch(/consent-auditor verify <file>\.\.\./);
  });
});

describe('parseArgs: merge and --shard auto', () => {
  it('merge takes report files and the outputs', () => {
    expect(
      parseArgs([
        'merge',
        'a.json',
        'b.json',
        '--json',
        '-',
        '--html=all.html',
        '--junit',
        'j.xml',
        '--fail-on',
        'warning',
      ]),
    ).toEqual({
      kind: 'merge',
      options: {
        files: ['a.json', 'b.json'],
        json: '-',
        html: 'all.html',
        junit: 'j.xml',
        failOn: 'warning',
        lang: 'en',
      },
    });
  });
  it('diff takes two reports and --fail-on-new', () => {
    expect(parseArgs(['diff', 'old.json', 'new.json', '--fail-on-new', '--json', '-'])).toEqual({
      kind: 'diff',
      before: 'old.json',
      after: 'new.json',
      failOnNew: true,
      json: '-',
    });
  });
  it('--shard auto reads the Indexed Job environment', () => {
    const c = parseArgs(['scan', U, '--shard', 'auto'], { JOB_COMPLETION_INDEX: '1', JOB_COMPLETIONS: '4' });
    expect(c.kind === 'scan' ? c.options.shard : null).toEqual({ index: 2, count: 4 });
  });
});
