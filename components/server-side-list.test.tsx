// @vitest-environment happy-dom
// The popup's third-party section lists server-side collectors with the server the browser talked to and the onward
// recipient ("likely" or "not known"), in the analysis's language.
import { describe, expect, it } from 'vitest';
import { realKnowledge, Visit } from '../test/support/findings.ts';
import { SHOP_URL } from '../test/support/visit-fixtures.ts';
import { useTestRoot } from '../test/support/test-root.tsx';
import { App } from './app.tsx';

const mount = useTestRoot();
const DE_IP = '81.169.145.1';

function collectorsVisit(): Visit {
  return new Visit(SHOP_URL)
    .req('https://sgtm.shop.example/g/collect?v=2&tid=G-DEMO123&cid=a1&en=page_view', 130, { type: 'ping', ip: DE_IP })
    .req('https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef', 140, {
      type: 'image',
      ip: DE_IP,
    });
}

const rows = (): Element[] => [...mount.el.querySelectorAll('#companies .server-side .company')];

describe('server-side collectors in the popup', () => {
  it('names the host, its server country and the likely onward transfer or "not known"', () => {
    mount.show(<App record={collectorsVisit().record()} tabUrl={SHOP_URL} knowledge={realKnowledge()} />);
    const list = rows();
    expect(list.map((r) => r.querySelector('.company-name')?.textContent)).toEqual([
      'sgtm.shop.example',
      'stats.shop.example',
    ]);
    const ga = list[0]?.textContent ?? '';
    expect(ga).toContain('Google Analytics 4');
    expect(ga).toContain('onward transfer to Google Ireland Limited (IE) likely; not visible from the browser');
    expect(list[0]?.querySelector('.transfer')?.textContent).toBe('cannot be decided');
    expect(list[0]?.querySelector('.server-side-statement')?.textContent).toContain(
      "The site's server may forward them on",
    );
    expect(list[1]?.textContent).toContain('onward recipients not known');
  });

  it('German', () => {
    mount.show(<App record={collectorsVisit().record()} tabUrl={SHOP_URL} knowledge={realKnowledge()} lang="de" />);
    expect(mount.el.querySelector('.server-side-title')?.textContent).toMatch(/^Serverseitige Collectors/);
    expect(rows()[0]?.textContent).toContain('Weiterübermittlung an Google Ireland Limited (IE) wahrscheinlich');
  });

  it('a page without one shows no list', () => {
    mount.show(
      <App
        record={new Visit(SHOP_URL).req('https://www.shop.example/g/collect?item=42', 100, { ip: DE_IP }).record()}
        tabUrl={SHOP_URL}
        knowledge={realKnowledge()}
      />,
    );
    expect(mount.el.querySelector('.server-side')).toBeNull();
  });
});
