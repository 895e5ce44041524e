// The built manifests may only ask for the permissions justified in README.md ("Permissions").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Rows marked "(Firefox only)" (an API Chrome does not have) belong to the Firefox manifest alone, "(Chrome only)" to
// Chrome's.
const README_ROWS = (() => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('## Permissions')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)`(?: \((Firefox|Chrome) only\))? \|/gm)].map((m) => ({
    name: m[1]!,
    only: m[2] === undefined ? undefined : `${m[2].toLowerCase()}-mv3`,
  }));
})();
const permissionsOf = (target: string): string[] =>
  README_ROWS.filter((r) => r.only === undefined || r.only === target)
    .map((r) => r.name)
    .sort();

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const manifest = JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    content_security_policy?: unknown;
    externally_connectable?: unknown;
    web_accessible_resources?: unknown;
  };

  it('asks only for permissions the README justifies, and every justified one is used', () => {
    expect(permissionsOf(target).length).toBeGreaterThan(3);
    expect([...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].sort()).toEqual(
      permissionsOf(target),
    );
  });

  it('host access is <all_urls> only (documented), and web pages cannot message the extension', () => {
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('extension pages have a strict CSP: own scripts only, no network but the extension itself', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v.join(' ')]),
    );
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });
});
