// Shared setup of the end-to-end tests: demo server + Chromium with the built extension, and record look-ups.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createKnowledge, type Analysis, type Knowledge } from '../../utils/findings/index.ts';
import { buildScenarioReport } from '../../utils/export/report-build.ts';
import type { ScenarioReport } from '../../utils/export/report.ts';
import { loadIpTable } from '../../utils/knowledge/ip-country.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { findTabId, getRecord, launchAuditBrowser, waitForRecord, type AuditBrowser } from '../../cli/browser/index.ts';
import { startDemoServer, type DemoLogEntry, type DemoServer } from '../../scripts/lib/demo-server.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
import { SHOP } from '../support/demo-shop.ts';
export { SHOP };
/**
 * Chromium refuses its sandbox to root, and this repository's CI runs as root in a container: there, and only there,
 * the tests turn it off explicitly (issue 15.12). As any other user they run with the sandbox, as users do.
 */
export const TEST_SANDBOX = process.getuid?.() !== 0;
/** The same opt-in for a `consent-auditor scan` the tests start. */
export const CLI_SANDBOX_ARGS: readonly string[] = TEST_SANDBOX ? [] : ['--no-sandbox'];

/** The e2e tests run against the built extension; `npm test` builds it first. */
export function requireBuiltExtension(): string {
  // CONSENT_AUDITOR_E2E_EXTENSION points the tests at another build (e.g. a helper's own output folder).
  const dir = process.env.CONSENT_AUDITOR_E2E_EXTENSION || EXTENSION_DIR;
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `e2e: ${manifest} is missing. Build the extension first: \`npx wxt build\` (npm test does it before the e2e project).`,
    );
  }
  return dir;
}

export interface Harness {
  server: DemoServer;
  browser: AuditBrowser<string>;
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** `extraArgs`: more Chromium switches; `locale`: the browser's language, e.g. 'de-DE' for a German browser. */
export async function startHarness(o: { extraArgs?: string[]; locale?: string } = {}): Promise<Harness> {
  const extensionDir = requireBuiltExtension();
  const server = await startDemoServer();
  try {
    const browser = await launchAuditBrowser({
      extensionDir,
      hostRules: server.hostRules,
      extraArgs: o.extraArgs ?? [],
      ignoreCertificateErrors: true,
      sandbox: TEST_SANDBOX,
      ...(o.locale ? { locale: o.locale } : {}),
    });
    return {
      server,
      browser,
      context: browser.context,
      extensionId: browser.extensionId,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (e) {
    await server.close();
    throw e;
  }
}

/**
 * The harness of the calling file or describe block: started in a beforeAll registered here (so the block's own beforeAll
 * hooks, registered after this call, can use it) and closed in an afterAll.
 */
export function useHarness(o: { extraArgs?: string[]; locale?: string } = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(o);
  });
  afterAll(async () => {
    await current?.close();
  });
  // Tests hold this object from module load; each field is the started harness's, so it is usable once beforeAll ran.
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!current) throw new Error('e2e harness used before its beforeAll ran');
      return current[key as keyof Harness];
    },
  });
}

/**
 * For the CLI's e2e files: builds the CLI from the current sources (never a stale bundle), starts the demo server and a
 * temporary folder in a beforeAll, hands both to `ready`, and removes them in an afterAll.
 */
export function useCliRun(prefix: string, ready: (server: DemoServer, dir: string) => void): void {
  let server: DemoServer | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    requireBuiltExtension();
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    server = await startDemoServer();
    dir = await mkdtemp(path.join(tmpdir(), prefix));
    ready(server, dir);
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
}

export const CLI_BIN = path.join(ROOT, 'bin', 'consent-auditor.mjs');

export interface CliRun {
  /** null when a signal ended it (the time limit's SIGKILL, or a test's own) */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Switches that point a scan at the demo server: its host rules and, as its certificates are self-signed, no
 * certificate checks; then the sandbox opt-out where the tests need it, unless `sandboxArgs` is false.
 */
export function demoHostArgs(server: DemoServer, o: { sandboxArgs?: boolean } = {}): string[] {
  return [
    `--chromium-arg=--host-resolver-rules=${server.hostRules}`,
    '--chromium-arg=--ignore-certificate-errors',
    ...(o.sandboxArgs === false ? [] : CLI_SANDBOX_ARGS),
  ];
}

/**
 * Starts `consent-auditor …args` as a user runs it (node bin/consent-auditor.mjs, from ROOT unless `cwd`, with `env`
 * added); `done` settles with its exit and output. A run that hangs is killed after `timeoutMs` (exit code null), so
 * it fails its test instead of hanging the suite.
 */
export function startCli(
  args: readonly string[],
  o: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd: o.cwd ?? ROOT, env: { ...process.env, ...o.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 110_000);
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, done };
}

/** `startCli(…).done` */
export function runCli(
  args: readonly string[],
  o: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<CliRun> {
  return startCli(args, o).done;
}

/** Open `url` in a new tab and return the page with its tab id (found before any same-document navigation). */
export async function openTab(h: Harness, url: string): Promise<{ page: Page; tabId: number; since: number }> {
  const since = Date.now();
  const page = await h.context.newPage();
  await page.goto(url);
  const tabId = await findTabId(h.context, h.extensionId, page.url());
  if (tabId === null) throw new Error(`no tab found for ${page.url()}`);
  return { page, tabId, since };
}

/**
 * Open one of the demo's hostile pages (`${SHOP}/hostile/<page>`) and wait until it says it is done (body
 * data-done="1"); `clearCookies` first empties the browser's cookie jar so earlier tests' cookies cannot count.
 */
export async function openHostile(
  h: Harness,
  page: string,
  o: { clearCookies?: boolean; timeoutMs?: number } = {},
): Promise<{ page: Page; tabId: number; since: number }> {
  if (o.clearCookies) await h.context.clearCookies();
  const opened = await openTab(h, `${SHOP}/hostile/${page}`);
  await opened.page.waitForFunction(
    () => document.body?.dataset.done === '1',
    null,
    o.timeoutMs ? { timeout: o.timeoutMs } : {},
  );
  return opened;
}

export function recordOf(h: Harness, tabId: number): Promise<PageRecord | null> {
  return getRecord(h.context, h.extensionId, tabId);
}

/** Poll until `accept` holds; returns the last record either way so that the assertions show what is missing. */
export async function settledRecord(
  h: Harness,
  tabId: number,
  accept: (r: PageRecord) => boolean,
  timeoutMs = 15_000,
): Promise<PageRecord> {
  const record = await waitForRecord(h.context, h.extensionId, tabId, accept, timeoutMs);
  if (!record) throw new Error(`no record for tab ${tabId}`);
  return record;
}

/** The absolute URL the server saw (scheme from the listener, host from the Host header). */
export function logUrl(e: DemoLogEntry): string {
  return `${e.scheme}://${e.host}${e.path}`;
}

/** What the demo server answered since `t`, optionally filtered. */
export function servedSince(
  server: DemoServer,
  t: number,
  keep: (e: DemoLogEntry) => boolean = () => true,
): DemoLogEntry[] {
  return server.log.filter((e) => e.t >= t && keep(e));
}

/** Where screenshots go: the README's `docs/screenshots` with UPDATE_SCREENSHOTS=1, else `.test-results/screenshots`. */
export function screenshotDir(): string {
  return process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs', 'screenshots')
    : path.join(ROOT, '.test-results', 'screenshots');
}

/** The knowledge the built extension analyses with: the IP-country table it ships in public/data. */
export function extensionKnowledge(): Knowledge {
  return createKnowledge({ ipTable: loadIpTable(readFileSync(path.join(ROOT, 'public', 'data', 'ip-country.bin'))) });
}

/** The JSON report's scenario of a record the extension just made: consent 'none', from the page's start until now. */
export function liveScenario(record: PageRecord, analysis: Analysis): ScenarioReport {
  return buildScenarioReport({
    consent: 'none',
    record,
    analysis,
    startedAt: record.startedAt,
    finishedAt: Date.now(),
  });
}
