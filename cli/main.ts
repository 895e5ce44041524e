// The command line: parses the arguments and hands each command to its module (scan-command.ts, verify-command.ts,
// report-commands.ts); resolves to the exit code and never rejects.
import { parseArgs } from './args.ts';
import { USAGE } from './usage.ts';
import { resolveScan } from './config/index.ts';
import { diff, merge } from './report-commands.ts';
import { packageRoot, packageVersion } from './paths.ts';
import { trapStopSignals } from './signals.ts';
import { printable } from './table.ts';
import { HELP_HINT, scan } from './scan-command.ts';
import { verifyFiles } from './verify-command.ts';
import { EXIT_ERROR, EXIT_OK, type Io } from './exit.ts';
import { trace } from './trace.ts';

export { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, exitCodeOf, type Io } from './exit.ts';
export { sealedOutputs, type SealedOutputs } from './outputs.ts';
export { findExecutable } from './executables.ts';
export { verifyFiles } from './verify-command.ts';

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  get columns() {
    // A pseudo-terminal may say 0 columns: then $COLUMNS, then 80.
    return process.stderr.columns || Number(process.env.COLUMNS) || 80;
  },
};

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Runs the command line; resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  trace('main: CLI bundle loaded');
  const cmd = parseArgs(argv, io.env);
  switch (cmd.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case 'version':
      try {
        io.stdout(`${packageVersion(packageRoot(import.meta.url))}\n`);
        return EXIT_OK;
      } catch (e) {
        io.stderr(`consent-auditor: ${printable(message(e))}\n`);
        return EXIT_ERROR;
      }
    case 'error':
      io.stderr(`consent-auditor: ${printable(cmd.message)}\n${HELP_HINT}\n`);
      return EXIT_ERROR;
    case 'verify':
      try {
        return await verifyFiles(cmd.files, io);
      } catch (e) {
        io.stderr(`consent-auditor: ${printable(message(e))}\n`);
        return EXIT_ERROR;
      }
    case 'diff':
      try {
        return await diff(cmd, io);
      } catch (e) {
        io.stderr(`consent-auditor: ${printable(message(e))}\n`);
        return EXIT_ERROR;
      }
    case 'merge':
      try {
        return await merge(cmd.options, io);
      } catch (e) {
        io.stderr(`consent-auditor: ${message(e)}\n`);
        return EXIT_ERROR;
      }
    case 'scan': {
      // The config is read and checked before anything else: a bad one starts no browser and writes nothing.
      const resolved = resolveScan(cmd.options, cmd.given, io.cwd ?? process.cwd());
      if ('problems' in resolved) {
        for (const p of resolved.problems) io.stderr(`consent-auditor: ${printable(p)}\n`);
        if (!resolved.problems.some((p) => p.startsWith('no URL given')))
          io.stderr('consent-auditor: the config file is not valid (schema/consent-auditor.config.schema.json)\n');
        else io.stderr(`${HELP_HINT}\n`);
        return EXIT_ERROR;
      }
      if (resolved.configFile !== null && !resolved.options.quiet)
        io.stderr(`consent-auditor: config ${printable(resolved.configFile)}\n`);
      const untrap = trapStopSignals(io.stderr);
      try {
        return await scan(resolved.options, io, resolved.waivers);
      } catch (e) {
        io.stderr(`consent-auditor: ${message(e)}\n`);
        return EXIT_ERROR;
      } finally {
        untrap();
      }
    }
  }
}
