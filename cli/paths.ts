// Where the package's files are, from the source tree (cli/) or from the bundle (dist/cli/): walk up to package.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'consent-auditor';

function nameOf(file: string): string | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const name = Object.getOwnPropertyDescriptor(parsed, 'name')?.value;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** The package root above `fromUrl` (a module's import.meta.url). */
export function packageRoot(fromUrl: string): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && nameOf(pkg) === PACKAGE_NAME) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`${PACKAGE_NAME}: package root not found above ${fileURLToPath(fromUrl)}`);
    dir = up;
  }
}

export function packageVersion(root: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const v =
      typeof parsed === 'object' && parsed !== null
        ? Object.getOwnPropertyDescriptor(parsed, 'version')?.value
        : undefined;
    return typeof v === 'string' ? v : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const extensionDirOf = (root: string): string => path.join(root, '.output', 'chrome-mv3');
export const firefoxExtensionDirOf = (root: string): string => path.join(root, '.output', 'firefox-mv3');
export const ipTableFileOf = (root: string): string => path.join(root, 'public', 'data', 'ip-country.bin');
export const ipMetaFileOf = (root: string): string => path.join(root, 'public', 'data', 'ip-country.meta.json');
