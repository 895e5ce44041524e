// @vitest-environment happy-dom
// The extension's report page names a host only third-party-web knows, with "country not known", in both languages.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import { realKnowledge } from '../../test/support/findings.ts';
import { useTestRoot } from '../../test/support/test-root.tsx';
import { namedOnlyShop } from '../../test/support/visit-fixtures.ts';
import { DE, EN } from './strings.ts';
import { ThirdPartiesTable } from './tables.tsx';

const mount = useTestRoot();

function row(site: string): HTMLTableRowElement {
  const r = [...mount.el.querySelectorAll('tbody tr')].find((tr) =>
    tr.querySelector('th')?.textContent?.includes(site),
  );
  if (!(r instanceof HTMLTableRowElement)) throw new Error(`no row for ${site}`);
  return r;
}

describe('ThirdPartiesTable', () => {
  it.each([
    ['en', EN],
    ['de', DE],
  ] as const)('%s: company from third-party-web, country not known; unknown only when nobody names it', (lang, s) => {
    const analysis = analyze(namedOnlyShop(), realKnowledge(), { lang });
    mount.show(<ThirdPartiesTable items={analysis.thirdParties} lang={lang} s={s} />);
    // Cells after the row header: company, category, company country, ...
    const cells = (site: string) => [...row(site).querySelectorAll('td')].map((td) => td.textContent ?? '');
    const [company, , country] = cells('feedbackify.com');
    expect(company).toBe(`InsideMetricsFeedbackify · ${s.namedByTpw}`);
    expect(country).toBe(s.countryNotKnown);
    expect(cells('doofinder.com')[2]).toBe('ES');
    expect(cells('nobody-knows.example')[0]).toBe(s.unknown);
  });
});
