// `consent-auditor scan`: audits URLs headless, one fresh profile per URL × scenario, several side by side, analyses
// each record with the extension's own findings engine and writes the shared report format (JSON), HTML, JUnit and HAR.
import { discoverNat64, nat64Resolver } from './nat64.ts';
import { cnameResolver } from './cname.ts';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DATASET_VERSION } from '../data/index.ts';
import { harFileName, recordToHar, type Har } from '../utils/export/har.ts';
import { buildReport } from '../utils/export/report-build.ts';
import { ipTableInfoFrom } from '../utils/export/ip-table-info.ts';
import type { ScenarioConsent, ScenarioReport, ToolInfo } from '../utils/export/report.ts';
import { parseUrlList } from './arg-values.ts';
import type { ScanOptions } from './command.ts';
import { applyWaivers, today, waiverMessages, type Waiver } from './config/index.ts';
import { checkOutputs, writeOutputs } from './outputs.ts';
import { inShard } from './shard.ts';
import { crawl, type CrawlResult } from './crawl/crawl.ts';
import { chromiumMajor, LaunchError } from './browser/index.ts';
import { networkInfo, proxyPlan, proxyWarning } from './browser/proxy-setting.ts';
import { NO_SYSTEM_PROXY, readSystemProxy } from './browser/system-proxy.ts';
import { siteSummary } from './site-summary.ts';
import { extensionDirOf, firefoxExtensionDirOf, ipMetaFileOf, packageRoot, packageVersion } from './paths.ts';
import { defaultConcurrency, runPool } from './pool.ts';
import { runScenario } from './scan.ts';
import { runFirefoxScenario } from './scan-firefox.ts';
import { firefoxPlan, type FirefoxPlan } from './firefox-options.ts';
import { DEFAULT_FIREFOX_PATHS } from './browser/firefox.ts';
import { printable, progressLine, summaryTable } from './table.ts';
import { liveProgress, plainProgress } from './progress.ts';
import { useColour } from './terminal.ts';
import { onStopSignal } from './signals.ts';
import { EXIT_ERROR, exitCodeOf, type Io } from './exit.ts';
import { findExecutable, findFirefox } from './executables.ts';
import { scenarioReportOf } from './scan-analysis.ts';
import { withProfiles } from './profiles.ts';
import { lazyKnowledge, loadKnowledge } from './knowledge-load.ts';
import { trace } from './trace.ts';

export const HELP_HINT = 'Run "consent-auditor --help" for the options.';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function collectUrls(o: ScanOptions): Promise<string[] | string> {
  const urls = [...o.urls];
  if (o.urlsFile !== null) {
    let text: string;
    try {
      text = await readFile(o.urlsFile, 'utf8');
    } catch (e) {
      return `--urls: cannot read ${o.urlsFile}: ${message(e)}`;
    }
    const list = parseUrlList(text);
    if (list.errors.length) return `--urls ${o.urlsFile}: ${list.errors.join('; ')}`;
    urls.push(...list.urls);
  }
  const unique = Array.from(new Set(urls));
  return unique.length ? unique : 'no URL given';
}

interface Job {
  url: string;
  urlIndex: number;
  consent: ScenarioConsent;
}

export async function scan(o: ScanOptions, io: Io, waivers: readonly Waiver[]): Promise<number> {
  trace('scan: arguments and config read');
  const root = packageRoot(import.meta.url);
  const firefox = o.browser === 'firefox';
  const extensionDir = firefox ? firefoxExtensionDirOf(root) : extensionDirOf(root);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    io.stderr(
      `consent-auditor: the extension is not built (${extensionDir}). Run \`npm run build:${firefox ? 'firefox' : 'chrome'}\` (bin/consent-auditor.mjs does it for you).\n`,
    );
    return EXIT_ERROR;
  }
  let plan: FirefoxPlan | null = null;
  let firefoxPath: string | null = null;
  if (firefox) {
    const p = firefoxPlan(o);
    if (typeof p === 'string') {
      io.stderr(`consent-auditor: ${printable(p)}\n${HELP_HINT}\n`);
      return EXIT_ERROR;
    }
    plan = p;
    firefoxPath = findFirefox(o.firefox, io.env.PATH);
    if (!firefoxPath) {
      io.stderr(
        `consent-auditor: Firefox not found at ${o.firefox ?? DEFAULT_FIREFOX_PATHS.join(' or ')}. Install it (apt-get install -y firefox-esr) or pass --firefox <path> / set CONSENT_AUDITOR_FIREFOX.\n`,
      );
      return EXIT_ERROR;
    }
  }
  // Before the first browser starts: a run that cannot write its report must not take minutes to say so.
  const outputProblems = checkOutputs(o);
  if (outputProblems.length) {
    for (const p of outputProblems) io.stderr(`consent-auditor: ${printable(p)}\n`);
    return EXIT_ERROR;
  }
  // A Firefox scan needs no Chromium (--crawl, which would, is refused by firefoxPlan).
  const chromium = firefox ? o.chromium : findExecutable(o.chromium, io.env.PATH);
  if (!chromium) {
    io.stderr(
      `consent-auditor: Chromium not found at ${o.chromium}. Install it (apt-get install -y chromium) or pass --chromium <path> / set CHROMIUM_PATH.\n`,
    );
    return EXIT_ERROR;
  }
  // Each launch needs Chromium's version first (the user agent): ask it now, while the URLs are read and crawled.
  if (!firefox) void chromiumMajor(chromium);
  // --direct asks Chromium for no proxy; otherwise a proxy it may follow makes every server location "not known".
  // Managed policies and Debian's /etc/chromium.d count too (cli/browser/system-proxy.ts; read while the version is).
  const system = firefox ? NO_SYSTEM_PROXY : await readSystemProxy(chromium, io.env);
  const network = proxyPlan(o.chromiumArgs, o.direct, io.env, system);
  const chromiumArgs = network.chromiumArgs;
  const proxy = firefox ? null : network.proxy;
  if (proxy && !o.quiet) io.stderr(`consent-auditor: ${printable(proxyWarning(proxy))}\n`);
  const allUrls = await collectUrls(o);
  if (typeof allUrls === 'string') {
    io.stderr(`consent-auditor: ${printable(allUrls)}\n${HELP_HINT}\n`);
    return EXIT_ERROR;
  }
  let listed = allUrls;
  let crawled: CrawlResult | null = null;
  if (o.crawl !== null) {
    // Every shard crawls the same site the same way, so that the slices of the crawl result fit together.
    try {
      crawled = await crawl(allUrls, {
        limit: o.crawl,
        include: o.include,
        exclude: o.exclude,
        chromium,
        chromiumArgs,
        sandbox: o.sandbox,
        loadTimeoutMs: o.loadTimeoutMs,
        log: (line) => {
          if (!o.quiet) io.stderr(`${printable(line)}\n`);
        },
      });
    } catch (e) {
      if (!(e instanceof LaunchError)) throw e;
      io.stderr(`consent-auditor: ${printable(e.message)}\n`);
      return EXIT_ERROR;
    }
    listed = crawled.urls;
    if (!o.quiet)
      io.stderr(`consent-auditor: crawl found ${listed.length} page(s) (${crawled.fromSitemaps} from sitemaps)\n`);
  }
  const urls = inShard(listed, o.shard);
  if (o.shard && !o.quiet)
    io.stderr(`consent-auditor: shard ${o.shard.index}/${o.shard.count}: ${urls.length} of ${listed.length} URL(s)\n`);
  // With --json - stdout carries the report alone; the table moves to stderr.
  const table = o.json === '-' ? io.stderr : io.stdout;
  const version = packageVersion(root);
  trace('scan: outputs checked, URLs known');
  const knowledge = lazyKnowledge(() => loadKnowledge(root, io, o.quiet));
  const tool: ToolInfo = {
    name: 'consent-auditor',
    version,
    data: { trackers: DATASET_VERSION, ipTable: ipTableInfoFrom(readJson(ipMetaFileOf(root))) },
    network: networkInfo(firefox ? 'firefox' : 'chromium', proxy, o.direct),
  };
  // CONSENT_AUDITOR_CNAME=off skips the lookups; CONSENT_AUDITOR_DNS_SERVERS=host:port,... replaces the system
  // resolvers.
  const dnsServers = process.env.CONSENT_AUDITOR_DNS_SERVERS?.split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const dns = process.env.CONSENT_AUDITOR_CNAME === 'off' ? null : cnameResolver(dnsServers);
  // The network's own NAT64 prefixes (one AAAA question, answered while the pages load): a server behind them is
  // located by its IPv4 address, not the operator's block. CONSENT_AUDITOR_CNAME=off skips this DNS question too.
  const nat64Found = dns === null ? Promise.resolve([]) : discoverNat64(nat64Resolver(dnsServers));
  const settle = { quietMs: o.quietMs, minMs: o.minWaitMs, maxMs: o.waitMs };
  // Early answers only beside a `none` scenario of the same URL: its record is the page before any choice.
  const answerAtLoad = o.answer === 'ready' && o.consent.includes('none');
  const jobs: Job[] = urls.flatMap((url, urlIndex) => o.consent.map((consent) => ({ url, urlIndex, consent })));
  const concurrency = o.concurrency ?? defaultConcurrency(availableParallelism());
  const startedAt = Date.now();
  trace('scan: scenarios start');
  let done = 0;
  let launchError: string | null = null;
  // The live line only on a terminal, and never with --quiet.
  const live =
    !o.quiet && io.stderrIsTTY === true
      ? liveProgress(io.stderr, jobs.length, () => io.columns ?? 80)
      : plainProgress(io.stderr);
  // SIGTERM (CI cancel, `timeout`) as SIGINT: the live line goes before "stopped by …" is said.
  const unhookLive = onStopSignal(() => live.stop());
  const onPhase = (key: string, job: Job, phase: string): void => {
    knowledge.phase(key, phase);
    live.phase(key, job, phase);
  };
  const results = await runPool(
    jobs,
    concurrency,
    async (job) => {
      const key = `${job.urlIndex} ${job.consent}`;
      const common = { url: job.url, consent: job.consent, settle, loadTimeoutMs: o.loadTimeoutMs, extensionDir };
      const r = await (
        plan && firefoxPath
          ? runFirefoxScenario({
              ...common,
              firefox: firefoxPath,
              hostRules: plan.hostRules,
              acceptInsecureCerts: plan.acceptInsecureCerts,
              onPhase: (phase) => onPhase(key, job, phase),
            })
          : runScenario({
              ...common,
              chromium,
              chromiumArgs,
              sandbox: o.sandbox,
              forms: o.forms,
              onPhase: (phase) => onPhase(key, job, phase),
              answerAtLoad,
            })
      ).finally(() => {
        knowledge.phase(key, null);
        live.finished(key);
      });
      if (r.launchError !== null) {
        launchError ??= r.launchError;
        return null;
      }
      const nat64 = await nat64Found;
      const s = await scenarioReportOf(job, r, { knowledge: knowledge.get(), dns, lang: o.lang, proxy, nat64 });
      done++;
      if (!o.quiet) live.log(progressLine(s, done, jobs.length));
      return { job, s, r };
    },
    () => launchError !== null,
  ).finally(() => {
    unhookLive();
    live.stop();
  });
  if (launchError !== null) {
    io.stderr(`consent-auditor: ${printable(launchError)}\n`);
    return EXIT_ERROR;
  }
  // Values compared across the fresh profiles of each URL's scenarios: per-visitor ids confirmed, constants told apart.
  const nat64 = await nat64Found;
  const compared = await withProfiles(results, (x, profiles) =>
    scenarioReportOf(x.job, x.r, { knowledge: knowledge.get(), dns, lang: o.lang, proxy, profiles, nat64 }),
  );
  const scenarios: ScenarioReport[] = [];
  const hars: Array<{ name: string; har: Har }> = [];
  const pageStarts: Array<number | null> = [];
  let browserVersion: string | null = null;
  const browserName = firefox ? 'Firefox' : 'Chromium';
  compared.forEach((x, i) => {
    const job = jobs[i];
    if (!x || !job) return;
    scenarios.push(x.s);
    pageStarts.push(x.r.record?.startedAt ?? null);
    browserVersion ??= x.r.browserVersion;
    if (x.r.record) {
      const browser = x.r.browserVersion ? { browser: { name: browserName, version: x.r.browserVersion } } : {};
      hars.push({
        name: harFileName(job.urlIndex, job.url, job.consent),
        har: recordToHar(x.r.record, { creator: { name: tool.name, version }, consent: job.consent, ...browser }),
      });
    }
  });
  // Without its sandbox the report says so: a reader of the evidence can weigh the run (issue 15.12).
  if (browserVersion)
    tool.browser = { name: browserName, version: browserVersion, ...(o.sandbox || firefox ? {} : { sandbox: false }) };
  const waived = applyWaivers(scenarios, waivers, today());
  const report = buildReport({
    tool,
    urls,
    scenarios: waived.scenarios,
    startedAt,
    ...(waivers.length ? { waivers: waived.waivers } : {}),
    finishedAt: Date.now(),
    consent: o.consent,
    waitMs: o.waitMs,
    failOn: o.failOn,
    settle: { quietMs: o.quietMs, minMs: o.minWaitMs },
  });
  if (crawled)
    report.site = siteSummary(report.scenarios, {
      limit: o.crawl ?? 0,
      fromSitemaps: crawled.fromSitemaps,
      sitemaps: crawled.sitemaps,
    });
  trace('scan: scenarios done');
  const writeErrors = await writeOutputs(o, report, hars, pageStarts, io.stdout);
  trace('scan: outputs written');
  table(
    summaryTable(report, {
      colour: useColour({ isTTY: io.stdoutIsTTY === true, env: io.env, jsonToStdout: o.json === '-' }),
    }),
  );
  for (const w of writeErrors) io.stderr(`consent-auditor: ${printable(w)}\n`);
  const said = waiverMessages(waived.waivers);
  for (const m of said.expired) io.stderr(`consent-auditor: ${printable(m)}\n`);
  for (const m of said.unused) io.stderr(`consent-auditor: warning: ${printable(m)}\n`);
  return writeErrors.length ? EXIT_ERROR : exitCodeOf(report);
}
