import { describe, expect, it } from 'vitest';
import { Visit } from '../test/support/findings.ts';
import { cookieKey } from '../utils/findings/profile-keys.ts';
import type { ScenarioConsent, ScenarioReport } from '../utils/export/report.ts';
import { emptyAttempt, type ScenarioResult } from './scenario-common.ts';
import { withProfiles } from './profiles.ts';

const IDS = ['k3x9q2mz', 'p81vdw0c', 'z7m4tq1e'];

function done(urlIndex: number, consent: ScenarioConsent, i: number, o: { error?: string; record?: boolean } = {}) {
  const record =
    o.record === false ? null : new Visit().scriptCookie('vid', IDS[i]!, 100, 'https://x.example/a.js').record();
  const r: ScenarioResult = { ...emptyAttempt(), record, error: o.error ?? null, startedAt: 0, finishedAt: 1 };
  return { job: { urlIndex, consent }, r, s: { consent } as ScenarioReport };
}

describe('withProfiles', () => {
  it('analyses again only the URLs two or more scenarios recorded, each with its own view', async () => {
    const seen: string[] = [];
    const out = await withProfiles(
      [
        done(0, 'none', 0),
        done(0, 'reject', 1),
        done(1, 'none', 2),
        done(1, 'reject', 0, { error: 'the page answered HTTP 500: not audited' }),
        done(2, 'none', 0),
        done(2, 'accept', 1, { record: false }),
        null,
      ],
      async (x, view) => {
        const v = view.verdict(cookieKey('vid', '.shop.example'));
        seen.push(`${x.job.urlIndex} ${x.job.consent} ${v?.kind}`);
        return { consent: x.job.consent, url: 'again' } as ScenarioReport;
      },
    );
    expect(seen.sort()).toEqual(['0 none differs', '0 reject differs']);
    expect(out.map((x) => x?.s.url ?? null)).toEqual(['again', 'again', null, null, null, null, null]);
  });
});
