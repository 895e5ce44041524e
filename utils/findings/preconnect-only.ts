// A finding whose whole evidence is preconnects (`<link rel=preconnect>`, a `Link:` header) is a warning: the page
// only asked for a connection, which a browser may open (the party then has the IP address) but which carries no
// request, cookie or id. Sites often preconnect to a tag's host and load the tag only after consent.
import { phrase } from './phrases.ts';
import type { Finding, Lang } from './types.ts';

function preconnectOnly(f: Finding): boolean {
  const items = f.evidence.items;
  return (
    f.severity === 'violation' &&
    f.evidence.more === 0 &&
    items.length > 0 &&
    items.every((i) => i.kind === 'request' && i.type === 'preconnect')
  );
}

/** The findings, each violation that rests on preconnects alone made a warning with a note that says why. */
export function withPreconnectsAsWarnings(lang: Lang, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    if (!preconnectOnly(f)) return f;
    const hosts = [...new Set(f.evidence.items.map((i) => ('host' in i ? i.host : '')))].join(', ');
    return {
      ...f,
      severity: 'warning',
      evidence: { ...f.evidence, notes: [phrase(lang, 'preconnectOnly', { hosts }), ...f.evidence.notes] },
    };
  });
}
