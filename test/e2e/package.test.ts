// The package as a consumer gets it: `npm run release` (built outputs) → the tarball installed into an empty project
// from npm's local cache → `npx consent-auditor`, a headless scan and a typed Playwright spec there; the Chrome zip
// loads in Chromium, the Firefox package installs in Firefox; Chromium and the CLI run as a non-root user, sandbox on.
import { execFile, execFileSync, spawn, spawnSync, type ExecFileOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId, getRecord, launchAuditBrowser } from '../../cli/browser/index.ts';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { CLI_SANDBOX_ARGS, requireBuiltExtension, ROOT, SHOP, TEST_SANDBOX } from './helpers.ts';

const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const V = PKG.version;
const RELEASE = path.join(ROOT, 'release');
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox';
const versionOf = (dep: string): string =>
  (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', dep, 'package.json'), 'utf8')) as { version: string })
    .version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], o: ExecFileOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 170_000, maxBuffer: 32 << 20, encoding: 'utf8', ...o }, (err, stdout, stderr) => {
      resolve({
        code: err ? (typeof err.code === 'number' ? err.code : null) : 0,
        stdout: String(stdout),
        stderr: String(stderr),
      });
    });
  });
}

/** Start Firefox headless with the add-on, return web-ext's output once it says installed (or it gave up), then stop it. */
function firefoxInstall(dir: string): Promise<string> {
  const bin = path.join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
  // Own process group, so stopping it also stops the Firefox it started.
  const child = spawn(
    process.execPath,
    [bin, 'run', '--source-dir', dir, '--firefox', FIREFOX, '--no-input', '--no-reload', '--args=-headless'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve) => {
    let out = '';
    const finish = (): void => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      resolve(out);
    };
    const timer = setTimeout(finish, 90_000);
    const take = (d: Buffer): void => {
      out += d.toString();
      if (/as a temporary add-on|WebExtError|Error:/.test(out)) finish();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('exit', finish);
  });
}

let server: DemoServer;
let tmp: string;
let consumer: string;
let install: Run;

beforeAll(async () => {
  requireBuiltExtension();
  // The outputs npm test built a step earlier; `npm run release` without the flag builds them itself.
  const release = await run(process.execPath, ['scripts/release.mjs', '--skip-build'], { cwd: ROOT });
  expect(release.code, release.stderr).toBe(0);
  server = await startDemoServer();
  tmp = await mkdtemp(path.join(tmpdir(), 'consent-auditor-pkg-'));
  chmodSync(tmp, 0o755);
  consumer = path.join(tmp, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'qa-suite', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  // From npm's cache where it can (no registry needed when the cache holds the versions this repo installed).
  install = await run(
    'npm',
    [
      'install',
      '-D',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=warn',
      path.join(RELEASE, `${PKG.name}-${V}.tgz`),
      `@playwright/test@${versionOf('@playwright/test')}`,
      `typescript@${versionOf('typescript')}`,
      `@types/node@${versionOf('@types/node')}`,
    ],
    { cwd: consumer },
  );
}, 400_000);

afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('npm run release', () => {
  it('writes the tarball, the Chrome zip, the Firefox zip/xpi and AMO sources, each with its SHA-256', () => {
    const files = [
      `${PKG.name}-${V}-chrome.zip`,
      `${PKG.name}-${V}-firefox.zip`,
      `${PKG.name}-${V}-firefox.xpi`,
      `${PKG.name}-${V}-sources.zip`,
      `${PKG.name}-${V}.tgz`,
    ];
    const sums = readFileSync(path.join(RELEASE, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(/ {2}/));
    expect(sums.map(([, f]) => f).sort()).toEqual([...files].sort());
    for (const [hash, file] of sums)
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(RELEASE, file!)))
          .digest('hex'),
      ).toBe(hash);
    // sha256sum is what a user checks them with.
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: RELEASE, encoding: 'utf8' })).toMatch(
      /chrome\.zip: OK/,
    );
    const sources = execFileSync('unzip', ['-Z1', path.join(RELEASE, `${PKG.name}-${V}-sources.zip`)], {
      encoding: 'utf8',
    }).split('\n');
    expect(sources).toEqual(
      expect.arrayContaining([
        `${PKG.name}-${V}/package.json`,
        `${PKG.name}-${V}/package-lock.json`,
        `${PKG.name}-${V}/wxt.config.ts`,
        `${PKG.name}-${V}/README.md`,
      ]),
    );
    expect(sources.some((f) => f.includes('node_modules/') || f.includes('.output/'))).toBe(false);
  });

  it('the Chrome zip, unpacked by unzip, loads in Chromium and records a page', async () => {
    const dir = path.join(tmp, 'chrome-from-zip');
    execFileSync('unzip', ['-q', path.join(RELEASE, `${PKG.name}-${V}-chrome.zip`), '-d', dir]);
    expect((JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version: string }).version).toBe(V);
    expect(existsSync(path.join(dir, 'data', 'autoconsent-LICENSE.txt'))).toBe(true);
    expect(readFileSync(path.join(dir, 'data', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).toMatch(
      /^@duckduckgo\/autoconsent@\S+ \(MPL-2\.0\)/m,
    );
    const b = await launchAuditBrowser({
      extensionDir: dir,
      hostRules: server.hostRules,
      ignoreCertificateErrors: true,
      sandbox: TEST_SANDBOX,
    });
    try {
      const page = await b.context.newPage();
      await page.goto(`${SHOP}/`);
      const tabId = await findTabId(b.context, b.extensionId, page.url());
      expect(tabId).not.toBeNull();
      await page.waitForTimeout(1500);
      const record = await getRecord(b.context, b.extensionId, tabId!);
      expect(record?.requests.length ?? 0).toBeGreaterThan(0);
    } finally {
      await b.close();
    }
  });

  it('the Firefox package, unpacked by unzip, installs in Firefox as a temporary add-on', async () => {
    const dir = path.join(tmp, 'firefox-from-zip');
    execFileSync('unzip', ['-q', path.join(RELEASE, `${PKG.name}-${V}-firefox.xpi`), '-d', dir]);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      version: string;
      browser_specific_settings?: unknown;
    };
    expect(manifest.version).toBe(V);
    expect(manifest.browser_specific_settings).toBeDefined();
    // web-ext run installs it through Firefox's remote protocol and says so; an add-on Firefox rejects never gets there.
    const said = await firefoxInstall(dir);
    expect(said).toMatch(/Installed .*firefox-from-zip as a temporary add-on/);
  });
});

describe('the tarball installed into an empty project', () => {
  it("installs on Node 20 without warnings from the package's own dependencies and without its build tools", async () => {
    expect(install.code, install.stderr).toBe(0);
    // npm 11 lists packages with lifecycle scripts; ours is `prepare`, which npm runs only for git installs.
    const scriptOwners = [...install.stderr.matchAll(/^npm warn install-scripts\s+(\S+)@\S+ \(/gm)].map((m) => m[1]);
    expect(
      scriptOwners.every((p) => p === PKG.name),
      install.stderr,
    ).toBe(true);
    // Any other warning (an engine mismatch such as listr2's Node 22, a deprecation) comes from what we ship.
    const other = install.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn install-scripts'));
    expect(other).toEqual([]);
    const tree = await run('npm', ['ls', '--all', '--json'], { cwd: consumer });
    expect(tree.stdout).toContain('"consent-auditor"');
    for (const buildTool of ['"wxt"', '"listr2"', '"vite"', '"@ip-location-db/geo-whois-asn-country"', '"web-ext"'])
      expect(tree.stdout).not.toContain(buildTool);
    const shipped = path.join(consumer, 'node_modules', 'consent-auditor');
    for (const f of [
      'dist/cli/main.mjs',
      'dist/cli/playwright.mjs',
      'dist/types/playwright/index.d.ts',
      '.output/chrome-mv3/manifest.json',
      '.output/firefox-mv3/manifest.json',
      'public/data/ip-country.bin',
      'public/data/THIRD-PARTY-LICENSES.txt',
      'schema/report.schema.json',
      'schema/consent-auditor.config.schema.json',
      'LICENSE',
      'NOTICE.md',
    ]) {
      expect(existsSync(path.join(shipped, f)), f).toBe(true);
    }
    for (const f of ['utils', 'test', 'demo', 'entrypoints', 'data', 'node_modules/wxt'])
      expect(existsSync(path.join(shipped, f)), f).toBe(false);
  });

  it('npx consent-auditor --version prints the package version', async () => {
    const r = await run('npx', ['--no-install', 'consent-auditor', '--version'], { cwd: consumer });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(V);
  });

  it('npx consent-auditor scan audits a page served by the test and writes a report with the package version', async () => {
    const json = path.join(consumer, 'report.json');
    const r = await run(
      'npx',
      [
        '--no-install',
        'consent-auditor',
        'scan',
        `${SHOP}/clean.html`,
        '--consent',
        'none',
        '--wait',
        '1500',
        '--json',
        json,
        `--chromium-arg=--host-resolver-rules=${server.hostRules}`,
        '--chromium-arg=--ignore-certificate-errors',
        ...CLI_SANDBOX_ARGS,
      ],
      { cwd: consumer },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/building/);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report.tool.version).toBe(V);
    // The opt-in, where the tests run as root, is echoed in the report; otherwise nothing says "no sandbox".
    expect(report.tool.browser?.sandbox).toBe(TEST_SANDBOX ? undefined : false);
    expect(report.tool.data.ipTable).not.toBeNull();
    expect(report.scenarios[0]!.requests.some((q) => q.url === `${SHOP}/clean.html`)).toBe(true);
  });

  it('a Playwright spec importing consent-auditor/playwright type-checks and passes', async () => {
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            module: 'nodenext',
            moduleResolution: 'nodenext',
            target: 'es2022',
            noEmit: true,
            skipLibCheck: false,
            types: ['node'],
          },
          include: ['*.spec.ts'],
        },
        null,
        2,
      ),
    );
    writeFileSync(
      path.join(consumer, 'audit.spec.ts'),
      [
        "import { expect, test, type Report } from 'consent-auditor/playwright';",
        '',
        "test.use({ auditChromiumArgs: [`--host-resolver-rules=${process.env.DEMO_HOST_RULES ?? ''}`, '--ignore-certificate-errors'] });",
        // Root (this repository's CI) cannot keep Chromium's sandbox: the fixture's explicit opt-in.
        ...(TEST_SANDBOX ? [] : ['test.use({ auditSandbox: false });']),
        '',
        "test('the clean page has no violation before consent', async ({ page, audit }) => {",
        `  await page.goto('${SHOP}/clean.html');`,
        '  const report: Report = await audit(page, { waitMs: 1000 });',
        `  expect(report.tool.version).toBe('${V}');`,
        `  expect(report.tool.browser?.sandbox).toBe(${TEST_SANDBOX ? 'undefined' : 'false'});`,
        "  expect(report.scenarios[0]!.findings.filter((f) => f.severity === 'violation')).toEqual([]);",
        '});',
        '',
      ].join('\n'),
    );
    const tsc = await run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], { cwd: consumer });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    // A wrong option must fail the type check: the types are real, not `any`.
    writeFileSync(
      path.join(consumer, 'wrong.spec.ts'),
      "import { test } from 'consent-auditor/playwright';\ntest('x', async ({ page, audit }) => { await audit(page, { consent: 'maybe' }); });\n",
    );
    const wrong = await run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], { cwd: consumer });
    expect(wrong.stdout).toMatch(/wrong\.spec\.ts.*TS2322/);
    await rm(path.join(consumer, 'wrong.spec.ts'));
    const pw = await run(
      'npx',
      ['--no-install', 'playwright', 'test', 'audit.spec.ts', '--reporter=line', '--timeout=90000'],
      {
        cwd: consumer,
        env: { ...process.env, DEMO_HOST_RULES: server.hostRules },
      },
    );
    expect(pw.code, pw.stdout + pw.stderr).toBe(0);
    expect(pw.stdout).toMatch(/1 passed/);
    // Two strict type checks (library types included) and a Playwright run: minutes on a loaded machine.
  }, 300_000);
});

describe('as the container runs it: a non-root user', () => {
  const asRoot = process.getuid?.() === 0;
  /** The Dockerfile's user; created here as the Dockerfile does when the tests run as root (no container engine). */
  function userHome(name: string): string {
    const home = path.join(tmp, name);
    execFileSync('mkdir', ['-p', home]);
    if (!asRoot) return home;
    if (spawnSync('id', ['auditor']).status !== 0)
      execFileSync('useradd', ['--create-home', '--shell', '/bin/bash', 'auditor']);
    execFileSync('chown', ['auditor', home]);
    return home;
  }
  function asUser(cmd: string, args: string[], home: string): [string, string[]] {
    if (!asRoot) return [cmd, args];
    return ['runuser', ['-u', 'auditor', '--', 'env', `HOME=${home}`, cmd, ...args]];
  }

  it('Chromium starts without --no-sandbox for that user and loads a page (it refuses to run without a usable sandbox)', async () => {
    const home = userHome('home-sandbox');
    const [cmd, args] = asUser(
      '/usr/bin/chromium',
      [
        '--headless',
        '--disable-gpu',
        `--user-data-dir=${path.join(home, 'profile')}`,
        `--host-resolver-rules=${server.hostRules}`,
        '--ignore-certificate-errors',
        '--dump-dom',
        `${SHOP}/clean.html`,
      ],
      home,
    );
    const r = await run(cmd, args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/<body/);
    expect(r.stderr).not.toMatch(/No usable sandbox|--no-sandbox/);
  });

  it('the installed CLI scans a page as that user with the sandbox on (the default) and writes the report', async () => {
    const home = userHome('home-cli');
    const json = path.join(home, 'report.json');
    const [cmd, args] = asUser(
      path.join(consumer, 'node_modules', '.bin', 'consent-auditor'),
      [
        'scan',
        `${SHOP}/clean.html`,
        '--consent',
        'none',
        '--wait',
        '1000',
        '--json',
        json,
        `--chromium-arg=--host-resolver-rules=${server.hostRules}`,
        '--chromium-arg=--ignore-certificate-errors',
      ],
      home,
    );
    const r = await run(cmd, args, { cwd: home });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report.tool.version).toBe(V);
    // The default path: no --no-sandbox anywhere, and the report has nothing to confess.
    expect(report.tool.browser?.name).toBe('Chromium');
    expect(report.tool.browser?.sandbox).toBeUndefined();
  });
});
