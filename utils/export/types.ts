// The export bundle of one audit: every file a consultant hands on, each carrying the same integrity block.
import type { Lang } from '../i18n/lang.ts';
import type { Report } from './report.ts';

export type ExportKind = 'json' | 'html' | 'csv-findings' | 'csv-cookies' | 'csv-requests' | 'har';

/**
 * What every export says about itself. `body` is the SHA-256 (lower-case hex) of that file's own body as defined per
 * format (see integrity.ts); `report` and `har` are the SHA-256 of the JSON report body and of the HAR body of the same
 * audit, so each file also vouches for the other two.
 */
export interface Integrity {
  algorithm: 'SHA-256';
  body: string;
  report: string;
  har: string;
  /** The HAR files `har` covers, each with its body hash, in the order `har` joins them (CLI runs; absent otherwise) */
  harFiles?: Array<{ name: string; sha256: string }>;
  url: string;
  startedAt: string;
  finishedAt: string;
  tool: { name: string; version: string };
  data: { trackers: string; ipTable: string | null };
}

export interface ExportFile {
  kind: ExportKind;
  /** A safe file name: host, date and kind, nothing a file system could choke on */
  name: string;
  mime: string;
  text: string;
}

export interface ExportBundle {
  report: Report;
  /** What all six files share: the report and HAR hashes, URL, times, versions */
  integrity: Omit<Integrity, 'body'>;
  files: Record<ExportKind, ExportFile>;
}

export interface VerifyResult {
  kind: ExportKind | 'unknown';
  ok: boolean;
  /** The hash the file claims for its body, and the one computed now */
  claimed: string | null;
  actual: string | null;
  /** Why it is not ok, in plain words */
  problem: string | null;
  integrity: Integrity | null;
}

export type { Lang };
