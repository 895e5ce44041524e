// form-data-leak from the extension's "Test forms": the canary copies the background found (record.formLeaks) become
// the same findings as the CLI's `scan --forms` (form-leaks.ts), with the consent state at the time of the fill.
import type { FormLeak } from '../../knowledge/canary/leak.ts';
import type { CanaryEncoding } from '../../knowledge/canary/encodings.ts';
import type { Ctx } from '../context.ts';
import type { Rule } from '../finding.ts';
import { formLeakFindings, type FormLeakOptions } from '../form-leaks.ts';

/** The answer in force when the canaries were typed: a later answer does not make an earlier leak consented. */
function consentAt(ctx: Ctx, t: number): FormLeakOptions['consent'] {
  const c = ctx.choice;
  if (!c || c.at > t) return 'none';
  return c.action === 'accept' ? 'accept' : 'reject';
}

export const formDataLeak: Rule = {
  id: 'form-data-leak',
  run(ctx) {
    const r = ctx.record;
    const stored = Array.isArray(r.formLeaks) ? r.formLeaks : [];
    if (stored.length === 0) return [];
    const fields = r.formTest?.fields ?? [];
    const ipOf = new Map<string, string>();
    for (const q of r.requests) if (q.ip && !ipOf.has(q.url)) ipOf.set(q.url, q.ip);
    const leaks: FormLeak[] = stored.map((l) => ({
      url: l.url,
      host: l.host,
      method: l.method,
      type: l.type,
      t: l.t,
      field: l.field,
      encoding: l.encoding as CanaryEncoding,
      normalised: l.normalised,
      where: l.where,
      control: fields.find((f) => f.field === l.field)?.control ?? null,
      // The extension never submits: every copy it sees was made while the visitor (or the test) was still typing.
      afterSubmit: false,
      serverIp: ipOf.get(l.url) ?? null,
      ...(l.key !== undefined ? { key: l.key } : {}),
      ...(l.script ? { script: l.script } : {}),
      ...(l.script && l.attribution ? { attribution: l.attribution } : {}),
    }));
    return formLeakFindings(leaks, ctx.knowledge, {
      site: r.site,
      consent: consentAt(ctx, r.formTest?.t ?? Math.min(...leaks.map((l) => l.t))),
      lang: ctx.lang,
      maxEvidence: ctx.maxEvidence,
      pageStart: r.startedAt,
    });
  },
};
