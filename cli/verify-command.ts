// `consent-auditor verify`: checks exported files against the SHA-256 they carry.
import { readFile } from 'node:fs/promises';
import { verifyExport } from '../utils/export/verify.ts';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, type Io } from './exit.ts';
import { printable } from './table.ts';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** One line per file: OK, CHANGED, NO INTEGRITY or UNKNOWN; reasons on stderr. Exit 0 only when every file is OK. */
export async function verifyFiles(files: readonly string[], io: Io): Promise<number> {
  let code = EXIT_OK;
  for (const file of files) {
    const name = printable(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      io.stdout(`UNREADABLE ${name}\n`);
      io.stderr(`consent-auditor: cannot read ${name}: ${printable(message(e))}\n`);
      code = EXIT_ERROR;
      continue;
    }
    const r = await verifyExport(text);
    const sha = r.actual ? ` sha256=${r.actual}` : '';
    if (r.ok) io.stdout(`OK ${r.kind}${sha} ${name}\n`);
    else if (r.kind === 'unknown') io.stdout(`UNKNOWN ${name}\n`);
    else if (r.claimed !== null) io.stdout(`CHANGED ${r.kind}${sha} claimed=${r.claimed} ${name}\n`);
    else io.stdout(`NO INTEGRITY ${r.kind}${sha} ${name}\n`);
    if (!r.ok) {
      io.stderr(`consent-auditor: ${name}: ${printable(r.problem ?? 'not ok')}\n`);
      if (code === EXIT_OK) code = EXIT_FINDINGS;
    }
  }
  return code;
}
