// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../test/support/findings.ts';
import { App, type AppProps } from './app.tsx';
import { cookie, hugeRecord } from '../test/support/fixtures.ts';
import { DE, EN } from './strings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';
import { euUsShop, SHOP_URL } from '../test/support/visit-fixtures.ts';

const mount = useTestRoot();

function show(props: AppProps): void {
  mount.show(<App {...props} />);
}

const text = (sel: string): string => mount.text(sel);

/** Every string leaf of a table with its path; functions are called with a marker so their fixed words show. */
function leaves(x: unknown, path = ''): Array<[string, string]> {
  if (typeof x === 'string') return [[path, x]];
  if (typeof x === 'function') return [[path, String(x('§', '§'))]];
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

// Page data (URLs, hosts, names, titles with URLs) and the findings engine's own texts are not popup strings.
const DATA = '.mono, .url, .name, .ev-main, .finding-title, .ftext, .tracker-name, .company-name';

/** What a reader sees or hears of the popup's own words: text, tooltips, placeholders and accessible names. */
function popupWordsShown(root: Element): string {
  const copy = root.cloneNode(true);
  if (!(copy instanceof Element)) throw new Error('clone');
  for (const e of copy.querySelectorAll(DATA)) e.remove();
  const attrs = [...copy.querySelectorAll('*')].flatMap((e) =>
    ['title', 'placeholder', 'aria-label'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [copy.textContent ?? '', ...attrs].join('\n');
}

function openAll(): void {
  act(() => {
    for (const d of mount.el.querySelectorAll('details')) d.open = true;
    mount.el.querySelector<HTMLElement>('#requests .tools button')?.click();
  });
}

describe('string tables', () => {
  it('German has every English key, nothing empty, and translates what is not a name or a technical term', () => {
    const en = leaves(EN);
    const de = new Map(leaves(DE));
    expect([...de.keys()].sort()).toEqual(en.map(([k]) => k).sort());
    for (const [k, v] of de) expect(v.trim(), k).not.toBe('');
    const same = en.filter(([k, v]) => de.get(k) === v && v.length > 12).map(([k]) => k);
    expect(same).toEqual(['appTitle', 'consentMode']);
  });
});

describe('German popup', () => {
  it('shows the German verdict, phase names, headings, filters and a German finding title', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: realKnowledge(), lang: 'de' });
    expect(text('.verdict-line')).toMatch(/^\d+ Verstöße(, \d+ Warnung(en)?)? · Cookiebot · Abgelehnt bei \+2,00 s$/);
    expect(text('.verdict-top')).toMatch(/^Schwerwiegendster Befund: /);
    expect(text('.hdr-counts')).toContain('7 Anfragen (5 von Drittanbietern)');
    expect([...mount.el.querySelectorAll('.hdr-phases .phase')].map((b) => b.textContent)).toEqual([
      'Vor der Einwilligung',
      'Nach Ablehnung',
    ]);
    expect([...mount.el.querySelectorAll('.section h2')].map((h) => h.textContent)).toEqual([
      'Befunde',
      'Drittanbieter nach Unternehmen',
      'Anfragen',
      'Cookies',
      'Browser-Speicher',
      'Beacons und Pings',
      'Frames',
      'Hinweise zur Aufzeichnung',
    ]);
    const titles = [...mount.el.querySelectorAll('.finding-title')].map((t) => t.textContent ?? '');
    expect(titles).toContain('Mixpanel (api-js.mixpanel.com) wurde nach der Ablehnung weiterhin kontaktiert');
    expect(text('.finding .sev')).toBe('Verstoß');
    expect(text('.filters')).toContain('Nur Drittanbieter');
    expect(text('select[name="phase"]')).toBe('alle PhasenVor der EinwilligungNach AblehnungNach Zustimmung');
    expect(text('#companies')).toContain('EU/EWR');
    expect(text('#companies')).toContain('Analyse');
    expect(text('.cons-state')).toBe('Abgelehnt bei +2,00 s (durch die Automatik der Erweiterung: test reject button)');
    expect(text('.row-cookie')).toContain('gesetzt durch');
  });

  it('leaves no English popup string on screen, in tooltips or in accessible names', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: realKnowledge(), lang: 'de' });
    openAll();
    const shown = popupWordsShown(mount.el);
    const de = new Map(leaves(DE));
    // Fixed words of each English string (around the § placeholders), where German words it differently.
    const english = leaves(EN)
      .filter(([k, v]) => de.get(k) !== v)
      .flatMap(([, v]) => v.split('§').map((s) => s.trim()))
      .filter((s) => s.length >= 8);
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((s) => shown.includes(s))).toEqual([]);
  });

  it('formats big numbers the German way', () => {
    show({ record: hugeRecord(5000, 500, 300), tabUrl: 'https://big.example/', lang: 'de' });
    expect(text('.hdr-counts')).toContain('5.000 Anfragen');
    expect(text('#requests .count')).toBe('5.000');
  });

  it('explains in German why a page cannot be audited', () => {
    show({ record: null, tabUrl: 'chrome://extensions/', lang: 'de' });
    expect(text('h1')).toBe('Diese Seite kann nicht geprüft werden');
    expect(text('.reason')).toBe(
      'Dies ist eine Browser- oder Erweiterungsseite (chrome:), die Erweiterungen nicht beobachten können. Öffnen Sie eine Website, um sie zu prüfen.',
    );
  });

  it('offers the full report, in either language', () => {
    let opened = 0;
    show({
      record: euUsShop(),
      tabUrl: SHOP_URL,
      lang: 'de',
      onOpenReport: () => {
        opened += 1;
      },
    });
    const b = mount.el.querySelector<HTMLButtonElement>('button[name="open-report"]');
    expect(b?.textContent).toBe('Vollständigen Bericht öffnen');
    act(() => b?.click());
    expect(opened).toBe(1);
    show({ record: euUsShop(), tabUrl: SHOP_URL });
    expect(mount.el.querySelector('button[name="open-report"]')).toBeNull();
  });
});

describe('escaping', () => {
  it('renders a hostile cookie name as text everywhere it appears, findings and companies included', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const r = euUsShop();
    r.cookies.push(
      cookie({ name: evil, domain: '.mixpanel.com', t: r.startedAt + 100, script: '<script>alert(1)</script>' }),
    );
    r.cookies.push(cookie({ name: '_ga', domain: '<b>x</b>.example', t: r.startedAt + 120 }));
    show({ record: r, tabUrl: SHOP_URL, knowledge: realKnowledge(), lang: 'de' });
    openAll();
    expect(mount.el.querySelector('img')).toBeNull();
    expect(mount.el.querySelector('script')).toBeNull();
    expect(mount.el.querySelector('b')).toBeNull();
    expect([...mount.el.querySelectorAll('.row-cookie .name')].map((n) => n.textContent)).toContain(evil);
    expect(text('#companies')).toContain(evil);
  });
});
