// One observed copy of a canary value: who received it, in which encoding, and when relative to the form's submission.
import type { Attribution } from '../../observe/page/page-reports.ts';
import type { CanaryField } from './canary.ts';
import type { CanaryEncoding } from './encodings.ts';
import type { CanaryPlace } from './scan.ts';

export interface FormLeak {
  /** Request URL; for cookie and storage writes the origin that holds them. */
  url: string;
  host: string;
  method: string;
  /** Request type as the browser names it (fetch, xhr, ping, image, websocket...), or 'cookie' / 'storage'. */
  type: string;
  /** ms since epoch, same clock as the record. */
  t: number;
  field: CanaryField;
  /** The form control's name or id, when it has one. */
  control: string | null;
  encoding: CanaryEncoding;
  normalised: boolean;
  where: CanaryPlace;
  /** Sent after the canary form was submitted (only with --forms submit). */
  afterSubmit: boolean;
  serverIp: string | null;
  /** Cookie name or storage key that held the copy (cookie and storage writes only). */
  key?: string;
  /** Script that wrote a storage value, when the page's stack named it. */
  script?: string | null;
  /** How far that name is believed (findings/attribution.ts): a page-chosen name never makes a copy a third party's */
  attribution?: Attribution | null;
}
