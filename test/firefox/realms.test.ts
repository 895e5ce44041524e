// Issue 15.6 in Firefox: `consent-auditor scan --browser firefox` records the writes of a blob: frame, an about:srcdoc
// frame, a dedicated worker's IndexedDB and a document replaced by document.open(), as Chromium does.
import { describe, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import { useCliRun } from '../e2e/helpers.ts';
import { expectRealmWrites, scanRealms } from '../support/realm-scan.ts';
import { FIREFOX_PATH } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-realms-firefox-', (s, d) => {
  server = s;
  dir = d;
});

describe('scan --browser firefox: writes from realms without our hooks (15.6)', () => {
  it('the JSON report lists each write with its frame and how it was seen', async () => {
    expectRealmWrites(await scanRealms(server, dir, ['--browser', 'firefox', '--firefox', FIREFOX_PATH]));
  }, 180_000);
});
