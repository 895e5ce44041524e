// Issue 15.6 through `consent-auditor scan`: the four realm fixtures in one run, and what its report must say of each
// (shared by the Chromium e2e test and the Firefox suite).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ReportStorage } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP } from '../e2e/helpers.ts';

export const REALM_PAGES = ['realm-blob.html', 'realm-srcdoc.html', 'realm-worker.html', 'realm-reopen.html'];

export interface RealmScan {
  report: Report;
  stderr: string;
}

/** Scans the realm pages (no banner answer) with `engine` switches (`--browser firefox`, `--no-sandbox`) into `dir`. */
export async function scanRealms(server: DemoServer, dir: string, engine: string[]): Promise<RealmScan> {
  const json = path.join(dir, `realms-${engine.join('').replace(/[^a-z]/g, '') || 'chromium'}.json`);
  const args = ['scan', ...REALM_PAGES.map((p) => `${SHOP}/hostile/${p}`), ...engine, '--consent', 'none'];
  const timing = ['--min-wait', '2500', '--quiet-period', '1000', '--wait', '6000', '--fail-on', 'never'];
  const out = ['--quiet', '--json', json, ...demoHostArgs(server, { sandboxArgs: false })];
  const { stderr } = await runCli([...args, ...timing, ...out], { timeoutMs: 170_000 });
  return { report: JSON.parse(readFileSync(json, 'utf8')) as Report, stderr };
}

/** Each realm's write is in the report, with the frame it came from and how it was seen. */
export function expectRealmWrites({ report, stderr }: RealmScan): void {
  const storageOf = (page: string): ReportStorage[] => {
    const s = report.scenarios.find((x) => x.url === `${SHOP}/hostile/${page}`);
    expect(s ? s.error : 'missing', stderr + JSON.stringify(report.scenarios.map((x) => [x.url, x.error]))).toBeNull();
    return s!.storage;
  };
  expect(storageOf('realm-blob.html').find((e) => e.key === 'amplitude_id_blob_realm')).toMatchObject({
    kind: 'localStorage',
    origin: SHOP,
    frameUrl: expect.stringMatching(/^blob:https:\/\/www\.shop\.test\//),
    seenBy: ['hook'],
  });
  expect(storageOf('realm-srcdoc.html').find((e) => e.key === '_hjSessionUser_srcdoc_realm')).toMatchObject({
    kind: 'localStorage',
    origin: SHOP,
    frameUrl: 'about:srcdoc',
    seenBy: ['hook'],
  });
  expect(storageOf('realm-worker.html').find((e) => e.key === 'amplitude_id_worker_realm')).toMatchObject({
    kind: 'indexedDB',
    origin: SHOP,
    frameUrl: `${SHOP}/hostile/realm-worker.html`,
    seenBy: ['poll'],
  });
  const reopened = storageOf('realm-reopen.html');
  expect(reopened.find((e) => e.key === '_hjSessionUser_reopen_hooked')).toMatchObject({
    kind: 'localStorage',
    seenBy: ['hook'],
  });
  expect(reopened.find((e) => e.key === 'amplitude_id_reopen_direct')).toMatchObject({
    kind: 'localStorage',
    seenBy: ['poll'],
  });
}
