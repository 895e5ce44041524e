// Rule 2: tracking cookies and storage writes before the visitor's choice; essential and consent cookies never count.
import { cookieItem, storageItem, type Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.cookies) {
    if (!c.tracking || c.out.phase !== 'before-choice' || c.entry.valueLength === 0) continue;
    out.push(makeFinding(ctx, {
      rule: 'tracking-storage-before-choice', severity: 'violation', text: 'tracking-storage-before-choice:cookie',
      vars: { name: c.out.name, domain: c.out.domain, purpose: c.tracking },
      subject: { kind: 'cookie', name: c.out.name, host: c.out.domain },
      items: [cookieItem(c)],
      notes: [phrase(ctx.lang, 'classified', { reason: c.tracking }), ...(c.out.setBy === 'unknown' ? [phrase(ctx.lang, 'setterUnknown')] : [])],
      phase: 'before-choice',
    }));
  }
  for (const s of ctx.storage) {
    if (!s.tracking || s.out.phase !== 'before-choice' || s.entry.valueLength === 0) continue;
    out.push(makeFinding(ctx, {
      rule: 'tracking-storage-before-choice', severity: 'violation', text: 'tracking-storage-before-choice:storage',
      vars: { name: s.out.key, storageKind: s.out.kind, origin: s.out.origin, purpose: s.tracking },
      subject: { kind: 'storage', name: s.out.key, host: s.out.host },
      idKey: `${s.out.kind}:${s.out.key}@${s.out.host}`,
      items: [storageItem(s)],
      notes: [phrase(ctx.lang, 'classified', { reason: s.tracking })],
      phase: 'before-choice',
    }));
  }
  return out;
}

export const trackingStorageBeforeChoice: Rule = { id: 'tracking-storage-before-choice', run };
