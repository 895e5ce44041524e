// Rule 3: tracker requests, tracking cookies and storage writes after the visitor rejected. Only what started before
// the reject can be in flight: requests that began earlier (and the cookies their responses set) are excused, by name.
import { requestItem, storeEvidence, storeVars } from '../evidence-items.ts';
import { storeText, writerNotes } from '../attribution.ts';
import type { CookieFact, Ctx, RequestFact, StorageFact } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

const EXCUSED_LISTED = 5;

/** Request id without its redirect hop (`id#n`): every hop belongs to the request that started first. */
function baseId(id: string): string {
  const hash = id.indexOf('#');
  return hash < 0 ? id : id.slice(0, hash);
}

/** When each request (all its redirect hops together) started. */
function startTimes(requests: readonly RequestFact[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of requests) {
    const id = baseId(r.entry.id);
    const t = out.get(id);
    if (t === undefined || r.entry.t < t) out.set(id, r.entry.t);
  }
  return out;
}

function run(ctx: Ctx): Finding[] {
  const w = ctx.rejectWindow;
  if (!w) return [];
  const inWindow = (t: number): boolean => t >= w.from && t < w.to;
  const lang = ctx.lang;
  const started = startTimes(ctx.requests);
  const startOf = (r: RequestFact): number => started.get(baseId(r.entry.id)) ?? r.entry.t;

  // URL -> start times of requests for it; a response cookie is excused only if no request for its URL began after the
  // reject.
  const startsByUrl = new Map<string, number[]>();
  for (const r of ctx.requests) {
    const list = startsByUrl.get(r.entry.url);
    if (list) list.push(startOf(r));
    else startsByUrl.set(r.entry.url, [startOf(r)]);
  }
  const setByInFlight = (c: CookieFact): boolean => {
    const url = c.entry.setBy === 'http' ? c.entry.setByUrl : undefined;
    const starts = url ? startsByUrl.get(url) : undefined;
    if (!starts || starts.length === 0) return false;
    return starts.some((t) => t < w.from) && !starts.some((t) => t >= w.from && t <= c.entry.lastT);
  };

  const excused: string[] = [];
  const trackerReqs = ctx.requests.filter(
    (r) => r.consentTracker && (r.out.thirdParty || (r.match === null && r.collector?.needsConsent === true)),
  );
  for (const r of trackerReqs) {
    if (inWindow(r.entry.t) && startOf(r) < w.from) excused.push(r.entry.url.slice(0, 200));
  }
  // A value written in the window counts even if removed later; a removal alone is not tracking.
  const wroteInWindow = (e: { t: number; lastT: number; valueLength: number; valueT?: number }): boolean =>
    (e.valueLength > 0 && (inWindow(e.lastT) || inWindow(e.t))) || (e.valueT !== undefined && inWindow(e.valueT));
  const trackingCookies = ctx.cookies.filter((c) => c.tracking && wroteInWindow(c.entry));
  const excusedCookies = new Set<CookieFact>();
  for (const c of trackingCookies) {
    if (setByInFlight(c)) {
      excusedCookies.add(c);
      excused.push(phrase(lang, 'excusedCookie', { name: c.out.name, url: (c.entry.setByUrl ?? '').slice(0, 200) }));
    }
  }

  const notes = (): string[] => [
    phrase(lang, 'inFlightRule'),
    ...(excused.length > 0
      ? [
          phrase(lang, 'inFlightExcused', {
            count: excused.length,
            items: excused.slice(0, EXCUSED_LISTED).join('; ') + (excused.length > EXCUSED_LISTED ? '; …' : ''),
          }),
        ]
      : []),
    ...(Number.isFinite(w.to) ? [phrase(lang, 'acceptedLater', { ms: Math.round(ctx.rel(w.to)) })] : []),
    phrase(lang, 'rejectedAt', { ms: Math.round(ctx.rel(w.from)), via: ctx.choice?.via ?? phrase(lang, 'unknownVia') }),
  ];
  const lastWritten = (lastT: number, writes: number): string =>
    phrase(lang, 'lastWritten', { ms: Math.round(lastT), count: writes });
  const out: Finding[] = [];

  for (const [host, list] of groupBy(trackerReqs, (r) => r.out.host)) {
    const after = list.filter((r) => inWindow(r.entry.t) && startOf(r) >= w.from);
    const first = after[0];
    const name = first?.match?.tracker.name ?? first?.collector?.name;
    if (!first || !name) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-after-reject',
        severity: 'violation',
        text: 'tracking-after-reject:request',
        vars: {
          tracker: name,
          host,
          company: first.match?.company.name ?? phrase(lang, 'siteOperator'),
          count: after.length,
        },
        subject: { kind: 'request', host, name },
        idKey: host,
        items: after.map(requestItem),
        notes: [
          ...(first.match === null && first.collector
            ? [phrase(lang, 'collectorSeen', { evidence: first.collector.evidence })]
            : []),
          ...notes(),
        ],
        phase: 'after-reject',
      }),
    );
  }

  for (const c of trackingCookies) {
    if (excusedCookies.has(c)) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-after-reject',
        severity: 'violation',
        text: 'tracking-after-reject:cookie',
        vars: storeVars(c, c.tracking ?? ''),
        ...storeEvidence(c),
        notes: [
          ...notes(),
          lastWritten(c.out.lastT, c.out.writes),
          ...writerNotes(ctx, c.out.script, c.out.attribution),
        ],
        phase: 'after-reject',
      }),
    );
  }

  for (const s of ctx.storage) {
    if (!s.tracking || !wroteInWindow(s.entry)) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-after-reject',
        severity: 'violation',
        text: 'tracking-after-reject:storage',
        vars: storeVars(s, s.tracking),
        ...storeEvidence(s),
        notes: [
          ...notes(),
          lastWritten(s.out.lastT, s.out.writes),
          ...writerNotes(ctx, s.out.script, s.out.attribution),
        ],
        phase: 'after-reject',
      }),
    );
  }

  // Only a writer name the page chose ties these to a tracker: a warning to check, never a tracker write.
  const named = (f: CookieFact | StorageFact): boolean =>
    f.claimed !== null && !f.tracking && !f.essential && wroteInWindow(f.entry);
  for (const f of [...ctx.cookies.filter(named), ...ctx.storage.filter(named)]) {
    const claimed = f.claimed;
    if (!claimed) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-after-reject',
        severity: 'warning',
        text: 'tracking-after-reject:named',
        vars: { store: storeText(ctx, f), tracker: claimed.tracker, script: claimed.script },
        ...storeEvidence(f),
        notes: [
          ...notes(),
          lastWritten(f.out.lastT, f.out.writes),
          ...writerNotes(ctx, claimed.script, f.out.attribution),
        ],
        phase: 'after-reject',
      }),
    );
  }
  return out;
}

export const trackingAfterReject: Rule = { id: 'tracking-after-reject', run };
