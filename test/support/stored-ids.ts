// What a scan of hostile/stored-names.html and hostile/idb-id.html must report in either engine
// (test/e2e/hostile-scan-gaps.test.ts, test/firefox/hostile-scan-gaps.test.ts): ids kept where no row held them before
// session 18 are tracking writes before the choice.
import { expect } from 'vitest';
import type { ScenarioReport } from '../../utils/export/report.ts';

/** stored-names.html: the worker's empty cache `_uetvid` and folder `_gid`, the page's short-lived file `_fbc`. */
export function expectStoredNames(s: ScenarioReport): void {
  const rows = s.storage.filter((x) => x.kind === 'cacheStorage' || x.kind === 'opfs');
  const row = (kind: string, key: string): unknown => rows.find((x) => x.kind === kind && x.key === key);
  expect(row('cacheStorage', '_uetvid'), JSON.stringify(rows)).toMatchObject({
    phase: 'before-choice',
    seenBy: ['poll'],
  });
  expect(row('opfs', '_gid')).toMatchObject({ phase: 'before-choice', seenBy: ['poll'] });
  expect(row('opfs', '_fbc'), JSON.stringify(row('opfs', '_fbc'))).toMatchObject({
    phase: 'before-choice',
    valueLength: 31,
  });
  const tracked = s.findings.filter((x) => x.rule === 'tracking-storage-before-choice').map((x) => JSON.stringify(x));
  for (const name of ['_uetvid', '_gid', '_fbc'])
    expect(
      tracked.some((x) => x.includes(name)),
      name,
    ).toBe(true);
}

/** idb-id.html: an empty database `_ga` and a record `_gid` (hooked), a worker's record `_fbp` (listed, then read). */
export type IdbId = readonly [key: string, value: string, seenBy: readonly string[]];

export const IDB_IDS: readonly IdbId[] = [
  ['_ga', '_ga', ['hook']],
  ['page-kv', 'keyval|_gid|GA1.1.777777777.1700000007', ['hook']],
  ['worker-kv', 'keyval|_fbp|fb.1.1700000000.888888888', ['poll']],
];

export function expectIdbId(s: ScenarioReport, [key, value, seenBy]: IdbId): void {
  const row = s.storage.find((x) => x.kind === 'indexedDB' && x.key === key);
  expect(row, JSON.stringify(s.storage)).toMatchObject({ phase: 'before-choice', seenBy, valueLength: value.length });
  const id = `tracking-storage-before-choice:storage:indexedDB:${key}@www.shop.test`;
  expect(s.findings.find((x) => x.id === id)?.severity, JSON.stringify(s.findings.map((x) => x.id))).toBe('violation');
}
