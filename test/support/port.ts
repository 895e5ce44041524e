// What the record's port does to a message, and the records the push tests send over it.
import type { PageRecord } from '../../utils/record/record.ts';
import { hugeRecord, smallRecord } from './fixtures.ts';
import { richFixtures } from './rich-fixtures.ts';
import { sample } from './view-records.ts';

/** What the port does to a message: JSON out and in. */
export const overPort = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

/** Named records from small to huge, and every rich fixture. */
export const pushRecords = (): Array<[string, PageRecord]> => [
  ['small', smallRecord()],
  ['sample', sample()],
  ['huge', hugeRecord(3000, 300, 40)],
  ...richFixtures().map((f): [string, PageRecord] => [f.name, f.record]),
];
