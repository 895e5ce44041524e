// The scan command's options after the config file: loaded, validated and merged under the command line.
import type { ScanFlags, ScanOptions } from '../command.ts';
import { applyConfig, type ResolvedScan } from './apply.ts';
import { loadConfig } from './load.ts';

export { CONFIG_FILE, type Config, type Waiver } from './load.ts';
export { applyWaivers, today, waiverMessages } from './waivers.ts';
export type { ResolvedScan } from './apply.ts';

export function resolveScan(
  options: ScanOptions,
  flags: ScanFlags,
  cwd: string,
): ResolvedScan | { problems: string[] } {
  const loaded = loadConfig({ configPath: flags.configPath, noConfig: flags.noConfig, cwd });
  if (loaded !== null && 'problems' in loaded) return loaded;
  return applyConfig(options, flags, loaded);
}
