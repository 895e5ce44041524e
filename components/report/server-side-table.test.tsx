// @vitest-environment happy-dom
// The report page lists server-side collectors under the third parties: host, server countries, the likely onward
// transfer or "onward recipients not known", and the statement, as text, in English and German.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import { realKnowledge, Visit } from '../../test/support/findings.ts';
import type { ToolInfo } from '../../utils/export/report.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { useTestRoot } from '../../test/support/test-root.tsx';
import { ReportPage } from './report-page.tsx';

const mount = useTestRoot();
const DE_IP = '81.169.145.1';
const TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '9.8.7',
  data: { trackers: '2026.11.29', ipTable: null },
};

function show(lang: Lang, v: Visit): void {
  const record = v.record();
  const analysis = analyze(record, realKnowledge(), { lang });
  mount.show(
    <ReportPage record={record} analysis={analysis} tool={TOOL} finishedAt={record.startedAt + 6000} lang={lang} />,
  );
}

const collectors = (): Visit =>
  new Visit('https://www.shop.example/', DE_IP)
    .req('https://sgtm.shop.example/g/collect?v=2&tid=G-DEMO123&cid=a1&en=page_view', 130, { type: 'ping', ip: DE_IP })
    .req('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 140, { method: 'POST', ip: DE_IP });

const rows = (): string[][] =>
  [...mount.el.querySelectorAll('#third-parties table.server-side tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent ?? ''),
  );

describe('server-side collectors on the report page', () => {
  it('English: the sGTM host with its likely onward transfer to Google, Snowplow "not known"', () => {
    show('en', collectors());
    const [ga, sp] = rows();
    expect(ga?.slice(0, 3)).toEqual(['sgtm.shop.example', 'Google Analytics 4', 'DE']);
    expect(ga?.[3]).toMatch(/^onward transfer to Google Ireland Limited \(IE\) likely; not visible from the browser/);
    expect(ga?.[3]).toContain("The site's server may forward them on");
    expect(ga?.[4]).toBe('not known (undecided)');
    expect(sp?.[3]).toMatch(/^onward recipients not known/);
  });

  it('German', () => {
    show('de', collectors());
    expect(rows()[0]?.[3]).toMatch(/^Weiterübermittlung an Google Ireland Limited \(IE\) wahrscheinlich/);
  });

  it('no table when there is none', () => {
    show('en', new Visit().req('https://www.shop.example/g/collect?item=42', 100, { ip: DE_IP }));
    expect(mount.el.querySelector('table.server-side')).toBeNull();
  });
});
