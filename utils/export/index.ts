// Public API of the export core: build the bundle of one audit, render single formats, verify a file.
export type { ExportBundle, ExportFile, ExportKind, Integrity, Lang, VerifyResult } from './types.ts';
export { buildExportBundle, exportFileName, type BundleInput } from './bundle.ts';
export { CSV_COLUMNS, CSV_KINDS, csvBody, sealedCsv, type CsvKind } from './csv.ts';
export {
  harFileName,
  harFileText,
  harHash,
  recordToHar,
  withHarIntegrity,
  type Har,
  type HarEntry,
  type HarNameValue,
} from './har.ts';
export {
  htmlDocument,
  htmlEscape,
  readableTime,
  reportHtmlBody,
  reportToHtml,
  sealedHtml,
  sortFindings,
  type HtmlOptions,
} from './html.ts';
export {
  HASH_ALGORITHM,
  HTML_BODY_END,
  HTML_BODY_START,
  harBody,
  harSetHash,
  integrityBase,
  ipTableLabel,
  isIntegrity,
  reportBody,
  reportFileText,
  sha256Hex,
  withBody,
  type IntegrityBase,
} from './integrity.ts';
export { LABELS, labelsFor, type Labels } from './labels.ts';
export { openPageNote } from './open-page-note.ts';
export { verifyExport } from './verify.ts';
