// The CLI's answer with the worker stopped in flight: `consent-auditor scan`'s scenario runner (cli/scan.ts) asks the
// extension to accept a banner whose buttons the test holds back; the test, connected to the same Chromium through
// the DevTools protocol (no hook in the CLI), stops the worker while autoconsent waits, then releases the buttons.
// The CLI's call is lost with the worker; the scenario must still have the choice (answerAfterLostReply) and the
// tracker the page fires on the answer must be "after accept", not "before choice".
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { stopServiceWorker } from '../../cli/browser/index.ts';
import { DEFAULT_CHROMIUM } from '../../cli/command.ts';
import { runScenario } from '../../cli/scan.ts';
import { ANSWER_KEY_PREFIX } from '../../entrypoints/background/automation-store.ts';
import { phaseOf } from '../../utils/record/phase.ts';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.mjs';
import { requireBuiltExtension, SHOP, TEST_SANDBOX } from './helpers.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
declare const window: { releaseButtons?: () => void };

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.close();
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** Once the worker has stored the answer asked of autoconsent: stop it, then let the banner's buttons come. */
async function stopWhileAnswering(port: number, done: string[]): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('no browser context over CDP');
    const page = context.pages().find((p) => p.url().includes('/auto/complianz.html'));
    if (!page)
      throw new Error(
        `no banner page: ${context
          .pages()
          .map((p) => p.url())
          .join(', ')}`,
      );
    const asked = async (): Promise<boolean> => {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      const all = (await worker?.evaluate(() => chrome.storage.session.get(null)).catch(() => null)) ?? {};
      return Object.keys(all).some((k) => k.startsWith(ANSWER_KEY_PREFIX));
    };
    await expect.poll(asked, { timeout: 30_000 }).toBe(true);
    await stopServiceWorker(context);
    done.push('stopped');
    // The page is still there only if the CLI waits for the answer it lost.
    const released = await page.evaluate(() => (window.releaseButtons ? (window.releaseButtons(), true) : false));
    done.push(released ? 'released' : 'the page had gone');
  } finally {
    await browser.close();
  }
}

it("a worker stopped during the CLI's answer: the scenario has the choice, and the answer's tracker is after it", async () => {
  const port = await freePort();
  const done: string[] = [];
  let driving: Promise<void> | null = null;
  const result = await runScenario({
    url: `${SHOP}/auto/complianz.html?held&after-pixel`,
    consent: 'accept',
    settle: { quietMs: 500, minMs: 500, maxMs: 5000 },
    loadTimeoutMs: 30_000,
    extensionDir: requireBuiltExtension(),
    chromium: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM,
    chromiumArgs: [
      `--host-resolver-rules=${server.hostRules}`,
      '--ignore-certificate-errors',
      `--remote-debugging-port=${port}`,
    ],
    sandbox: TEST_SANDBOX,
    onPhase: (phase) => {
      if (phase === 'answering the banner')
        driving = stopWhileAnswering(port, done).catch((e: unknown) => {
          done.push(`failed: ${String(e)}`);
        });
    },
  });
  await driving;
  expect(result.error).toBeNull();
  // The CLI's call was lost with the worker; the record's choice says the answer happened.
  expect(result.answered?.started, result.answered?.detail).toBe(true);
  expect(done).toEqual(['stopped', 'released']);
  expect(result.answered?.detail).toMatch(/^the background did not answer: .*the extension recorded the accept choice/);
  const record = result.record!;
  expect(record.consent.choice).toMatchObject({
    action: 'accept',
    source: 'automation',
    via: 'autoconsent:Complianz banner',
  });
  const pixel = record.requests.find((q) => q.url.includes('after=answer'));
  expect(pixel, record.requests.map((q) => q.url).join('\n')).toBeDefined();
  expect(phaseOf(pixel!.t, record.consent.choice)).toBe('after-accept');
  // Nothing of the page's own load reads as after the choice.
  const main = record.requests.find((q) => q.type === 'main_frame')!;
  expect(phaseOf(main.t, record.consent.choice)).toBe('before-choice');
}, 180_000);
