// CSV cells that open safely in spreadsheets: RFC 4180 quoting, and no cell from the page can become a formula
// (=HYPERLINK(...), +cmd, -2+3, @SUM) when a client opens the file.
export type Cell = string | number | boolean | null | undefined;

// Also after leading blanks, and the full-width forms some spreadsheet locales read as the same operators.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** One cell: formula triggers are neutralised with a leading apostrophe, then quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  // Numbers we write ourselves stay numbers; text from the page that looks like a formula is made inert.
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  // ';' too: Excel in semicolon locales splits unquoted cells there, and the second half could start a formula.
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
