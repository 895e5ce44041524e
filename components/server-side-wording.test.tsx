// @vitest-environment happy-dom
// One collector, four surfaces: the finding's title, the HTML export, the report page and the popup say the onward
// recipient in the same sentence (utils/findings/onward-text.ts), in English and German.
import { describe, expect, it } from 'vitest';
import { buildReport, buildScenarioReport } from '../utils/export/report-build.ts';
import { reportToHtml } from '../utils/export/html.ts';
import { analyze } from '../utils/findings/index.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import { realKnowledge, START, Visit } from '../test/support/findings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';
import { SHOP_URL } from '../test/support/visit-fixtures.ts';
import { App } from './app.tsx';
import { ReportPage } from './report/report-page.tsx';

const mount = useTestRoot();
const DE_IP = '81.169.145.1';
const GA = 'sgtm.shop.example';
const SNOWPLOW = 'sp.shop.example';

const visit = (): Visit =>
  new Visit(SHOP_URL, DE_IP)
    .req(`https://${GA}/g/collect?v=2&tid=G-DEMO123&cid=a1&en=page_view`, 130, { type: 'ping', ip: DE_IP })
    .req(`https://${SNOWPLOW}/com.snowplowanalytics.snowplow/tp2`, 140, { method: 'POST', ip: DE_IP });

/** The sentence each surface shows for `host`, read from what it renders. */
function surfaces(lang: Lang, host: string): Record<'finding' | 'html' | 'reportPage' | 'popup', string> {
  const record = visit().record();
  const analysis = analyze(record, realKnowledge(), { lang });
  const title = analysis.findings.find(
    (f) => f.rule === 'server-side-collector-transfer' && f.subject.host === host,
  )?.title;
  const scenario = buildScenarioReport({
    consent: 'none',
    url: SHOP_URL,
    record,
    analysis,
    startedAt: START - 100,
    finishedAt: START + 5000,
  });
  const report = buildReport({
    tool: { name: 'consent-auditor', version: '0.1.0', data: { trackers: 'x', ipTable: null } },
    urls: [SHOP_URL],
    scenarios: [scenario],
    startedAt: START,
    finishedAt: START + 9000,
  });
  const html = reportToHtml(report, { lang });
  const htmlRow = html.split('<tr>').find((tr) => tr.includes(`<code>${host}</code>`)) ?? '';

  mount.show(
    <ReportPage
      record={record}
      analysis={analysis}
      tool={report.tool}
      finishedAt={record.startedAt + 6000}
      lang={lang}
    />,
  );
  const pageRow = [...mount.el.querySelectorAll('#third-parties table.server-side tbody tr')].find(
    (tr) => tr.children[0]?.textContent === host,
  );
  const reportPage = pageRow?.children[3]?.querySelector('strong')?.textContent ?? '';

  mount.show(<App record={record} tabUrl={SHOP_URL} knowledge={realKnowledge()} lang={lang} />);
  const popupRow = [...mount.el.querySelectorAll('#companies .server-side .company')].find(
    (r) => r.querySelector('.company-name')?.textContent === host,
  );
  const popup = popupRow?.querySelector('.line-meta > span:last-child')?.textContent ?? '';
  return {
    finding: title?.split(': ').slice(1).join(': ') ?? '',
    html: /<strong>([^<]*)<\/strong>/.exec(htmlRow)?.[1] ?? '',
    reportPage,
    popup,
  };
}

describe('the onward sentence is the same on every surface', () => {
  it.each<[Lang, string, string]>([
    ['en', GA, 'onward transfer to Google Ireland Limited (IE) likely; not visible from the browser'],
    ['en', SNOWPLOW, 'onward recipients not known'],
    ['de', GA, 'Weiterübermittlung an Google Ireland Limited (IE) wahrscheinlich; vom Browser aus nicht sichtbar'],
    ['de', SNOWPLOW, 'weitere Empfänger nicht bekannt'],
  ])('%s, %s', (lang, host, sentence) => {
    expect(surfaces(lang, host)).toEqual({ finding: sentence, html: sentence, reportPage: sentence, popup: sentence });
  });
});
