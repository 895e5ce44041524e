// @vitest-environment happy-dom
// Issue 15.5: the popup and the report page show how far each writer name is trusted, as the exports do.
import { describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { ATTRIBUTION_TEXTS } from './attribution-mark.tsx';
import { FindingsList } from './report/findings-list.tsx';
import { DE as REPORT_DE, EN as REPORT_EN } from './report/strings.ts';
import { CookiesTable, StorageTable } from './report/tables.tsx';
import { analyze } from '../utils/findings/index.ts';
import { fixtureKnowledge, realKnowledge, Visit } from '../test/support/findings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';

const mount = useTestRoot();
const GTAG = 'https://www.googletagmanager.com/gtag/js';
const HOTJAR = 'https://static.hotjar.com/c/hotjar-1.js';

/** A page that names its own code after gtag.js, the real gtag.js, and a Firefox-style engine stack. */
const record = () =>
  new Visit()
    .storage('shop_state', 'a8f3c2e1b7d4f60a9e2c', 200, { script: GTAG, attribution: 'named-by-page' })
    .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 220, `${GTAG}?id=G-1`, undefined, 'confident')
    .storage('hj_probe', 'x1', 230, { script: HOTJAR, attribution: 'unverified' })
    .storage('legacy', 'x2', 240, { script: HOTJAR })
    .record();

/** The attribution mark in the row that holds `text`: [mark, title]. */
function markIn(rows: string, text: string): [string, string] | null {
  const row = [...mount.el.querySelectorAll(rows)].find((r) => r.textContent?.includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  const m = row.querySelector('.attr');
  return m ? [m.textContent ?? '', m.getAttribute('title') ?? ''] : null;
}

describe.each(['en', 'de'] as const)('attribution marks (%s)', (lang) => {
  const T = ATTRIBUTION_TEXTS[lang];

  it('popup: cookie and storage rows mark each writer name with its confidence and say why on hover', () => {
    mount.show(<App record={record()} knowledge={fixtureKnowledge()} lang={lang} />);
    expect(markIn('.row-storage', 'shop_state')).toEqual([T['named-by-page'].mark, T['named-by-page'].hint]);
    expect(markIn('.row-storage', 'hj_probe')).toEqual([T.unverified.mark, T.unverified.hint]);
    expect(markIn('.row-cookie', '_ga')).toEqual([T.confident.mark, T.confident.hint]);
    // A record made before attributions existed claims nothing either way.
    expect(markIn('.row-storage', 'legacy')).toBeNull();
    expect(mount.el.querySelector('.row-storage .attr-named-by-page')?.classList.contains('chip-warn')).toBe(true);
  });

  it('report page: the cookie and storage tables and the finding evidence carry the same marks', () => {
    const s = lang === 'de' ? REPORT_DE : REPORT_EN;
    const analysis = analyze(record(), realKnowledge(), { lang });
    mount.show(<StorageTable items={analysis.storage} lang={lang} s={s} />);
    expect(markIn('tbody tr', 'shop_state')).toEqual([T['named-by-page'].mark, T['named-by-page'].hint]);
    expect(markIn('tbody tr', 'legacy')).toBeNull();
    mount.show(<CookiesTable items={analysis.cookies} lang={lang} s={s} />);
    expect(markIn('tbody tr', '_ga')).toEqual([T.confident.mark, T.confident.hint]);
    // The page-named write is a warning whose evidence marks the name it rests on.
    mount.show(
      <FindingsList findings={analysis.findings.filter((f) => f.subject.name === 'shop_state')} lang={lang} s={s} />,
    );
    expect(mount.el.querySelector('li .attr')?.textContent).toBe(T['named-by-page'].mark);
  });
});
