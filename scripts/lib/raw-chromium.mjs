// The bench's page-load browsers as a visitor runs them: Chromium started with exactly the switches Playwright gives an
// audit browser (read back by a stand-in binary), driven over its own --remote-debugging-pipe with the fewest DevTools
// domains. Playwright enables `Runtime` (and Network, Log, ...) on every page it drives; with `Runtime` on, V8 captures
// a detailed stack for the inspector at every Error, which a visitor's browser never pays. Here the audited page's
// session gets `Page.enable` and `Page.navigate` until its load event; the load time is read once after it with a
// `Runtime.evaluate`, which enables nothing. Every command sent is logged (`traffic`), and `load` checks that log.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cdpPipe } from './cdp-pipe.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
/** What the audited page's session may be sent from its navigation to its load event. */
export const BEFORE_LOAD = new Set(['Page.navigate']);

/**
 * Chromium's argv as `launch` (launchAuditBrowser) would start it, from a stand-in binary that writes its arguments
 * down and exits (the version probe still asks the real binary, so the user agent is the same).
 */
export async function playwrightArgv(launch, options) {
  const real = options.chromiumPath ?? (process.env.CHROMIUM_PATH || '/usr/bin/chromium');
  const dir = mkdtempSync(join(tmpdir(), 'bench-argv-'));
  const out = join(dir, 'argv.txt');
  const bin = join(dir, 'chromium.sh');
  writeFileSync(
    bin,
    `#!/bin/sh\n[ "$1" = --version ] && exec '${real}' --version\nprintf '%s\\n' "$@" > '${out}'\nexit 1\n`,
  );
  chmodSync(bin, 0o755);
  try {
    await launch({ ...options, chromiumPath: bin }).then(
      (b) => b.close(),
      () => {},
    );
    return { executable: real, argv: readFileSync(out, 'utf8').split('\n').filter(Boolean) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param o.argv from playwrightArgv (its --user-data-dir is replaced by a fresh profile from o.openProfile)
 * @param o.warmupUrl loaded once before the bench's loads when the browser has an extension (after its worker answers)
 */
export async function launchRawChromium({ executable, argv, openProfile, warmupUrl }) {
  const profile = await openProfile();
  // Playwright's persistent context sets a 1280 x 800 viewport through CDP; the window's size gives the same here.
  const args = argv.flatMap((a) =>
    a.startsWith('--user-data-dir=') ? [`--user-data-dir=${profile.dir}`, '--window-size=1280,800'] : [a],
  );
  if (!args.includes('--remote-debugging-pipe')) throw new Error('the argv has no --remote-debugging-pipe');
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const exited = new Promise((ok) => child.once('exit', ok));
  const cdp = cdpPipe(child.stdio[3], child.stdio[4]);
  /** Every command sent: `{ t, session, method }` (session null for the browser's own). */
  const traffic = [];
  const send = (method, params = {}, session) => {
    traffic.push({ t: performance.now(), session: session ?? null, method });
    return cdp.send(method, params, session);
  };
  const close = async () => {
    child.kill();
    await exited;
    await sleep(300); // its child processes may still write into the profile
    await profile.remove();
  };
  try {
    const targets = async () => (await send('Target.getTargets')).targetInfos;
    let blank;
    for (let k = 0; k < 100 && !blank; k++) {
      blank = (await targets()).find((t) => t.type === 'page');
      if (!blank) await sleep(100);
    }
    if (!blank) throw new Error('Chromium opened no page');
    // The start-up tab is the page every load goes to, as the first page of Playwright's persistent context.
    const page = (await send('Target.attachToTarget', { targetId: blank.targetId, flatten: true })).sessionId;
    await send('Page.enable', {}, page);
    const helper = args.some((a) => a.startsWith('--load-extension=')) ? await extensionHelper(send, targets) : null;
    // The helper's tab opens in the background; the audited tab stays the active one (checked at every load).
    if (helper) await send('Target.activateTarget', { targetId: blank.targetId });

    /**
     * Navigates the page, waits for its load event, then reads the load time (ms after navigation start). `afterLoad`
     * (epoch ms just before the navigation) starts at the load event, beside the read, and its answer is returned too.
     */
    const load = async (url, afterLoad) => {
      const from = traffic.length;
      const since = Date.now();
      const loaded = new Promise((ok) => {
        const on = (m) => {
          if (m.sessionId !== page || m.method !== 'Page.loadEventFired') return;
          cdp.listeners.delete(on);
          ok();
        };
        cdp.listeners.add(on);
      });
      const nav = await send('Page.navigate', { url }, page);
      if (nav.errorText) throw new Error(`${url}: ${nav.errorText}`);
      await loaded;
      const sent = traffic.slice(from).filter((x) => x.session === page && !BEFORE_LOAD.has(x.method));
      if (sent.length) throw new Error(`sent to the page before its load event: ${sent.map((x) => x.method)}`);
      const after = afterLoad?.(since);
      const r = await send(
        'Runtime.evaluate',
        {
          expression: `(() => { const n = performance.getEntriesByType('navigation')[0];
            return [n.name, n.loadEventStart, performance.timeOrigin, document.visibilityState]; })()`,
          returnByValue: true,
        },
        page,
      );
      const [name, loadMs, origin, visibility] = r.result.value;
      if (name !== url) throw new Error(`loaded ${name}, not ${url}`);
      if (visibility !== 'visible') throw new Error(`${url} loaded in a ${visibility} tab`);
      return { loadMs, loadAt: origin + loadMs, after: await after };
    };
    if (helper && warmupUrl) await load(warmupUrl);
    return { load, helper, traffic, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** An extension page (`manifest.json`: no script of ours) to evaluate in, once the extension's worker answers a ping. */
async function extensionHelper(send, targets) {
  let id;
  for (let k = 0; k < 100 && !id; k++) {
    id = (await targets()).map((t) => /^chrome-extension:\/\/([a-p]{32})\//.exec(t.url)?.[1]).find(Boolean);
    if (!id) await sleep(100);
  }
  if (!id) throw new Error('the extension started no worker');
  const { targetId } = await send('Target.createTarget', {
    url: `chrome-extension://${id}/manifest.json`,
    background: true,
  });
  const session = (await send('Target.attachToTarget', { targetId, flatten: true })).sessionId;
  const evaluate = async (expression) => {
    const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, session);
    if (r.exceptionDetails) throw new Error(`in the extension: ${r.exceptionDetails.exception?.description}`);
    return r.result.value;
  };
  for (let k = 0; k < 100; k++) {
    const up = await evaluate(`chrome.runtime.sendMessage({ type: 'ping' }).then(() => true, () => false)`).catch(
      () => false,
    );
    if (up) return { evaluate };
    await sleep(200);
  }
  throw new Error('the extension did not answer a ping');
}
