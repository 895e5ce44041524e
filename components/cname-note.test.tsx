// @vitest-environment happy-dom
// CNAME cloaking in the popup: Firefox's cloaks shown and analysed as the tracker; Chrome says it cannot see them.
import { describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { fixtureKnowledge, Visit } from '../test/support/findings.ts';
import type { CnameCloak } from '../utils/findings/cname-cloak.ts';
import { EN } from './strings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';

const mount = useTestRoot();

const record = () =>
  new Visit()
    .req('https://metrics.shop.example/b/ss/shop/1/JS-2.22.0?mid=123', 200, { type: 'image', ip: '81.169.145.1' })
    .req('https://www.shop.example/api/cart', 300, { type: 'xmlhttprequest' })
    .record();

const CLOAK: CnameCloak = {
  host: 'metrics.shop.example',
  chain: ['shop.example.sc.omtrdc.net'],
  target: 'shop.example.sc.omtrdc.net',
  trackerId: 'adobe-analytics',
  tracker: 'Adobe Analytics',
  company: 'Adobe Inc.',
};

const companyNames = (): string[] =>
  [...mount.el.querySelectorAll('#companies .company-name')].map((e) => e.textContent ?? '');

describe('popup: CNAME cloaking', () => {
  it("Firefox: names the cloaked host and lists it under the tracker's company", () => {
    mount.show(<App record={record()} knowledge={fixtureKnowledge()} cname={{ supported: true, cloaks: [CLOAK] }} />);
    expect(mount.el.querySelector('.cname-cloaks')?.textContent).toBe(
      EN.cnameCloaked('metrics.shop.example', 'shop.example.sc.omtrdc.net', 'Adobe Analytics', 'Adobe Inc.'),
    );
    expect(companyNames().some((n) => /Adobe/.test(n))).toBe(true);
  });

  it('Firefox without cloaks: no note, and the host stays first party', () => {
    mount.show(<App record={record()} knowledge={fixtureKnowledge()} cname={{ supported: true, cloaks: [] }} />);
    expect(mount.el.querySelector('.cname-cloaks')).toBeNull();
    // Firefox sees aliases: the "cannot see CNAME" note of the companies section is not shown.
    expect(mount.el.querySelector('.cname-note')).toBeNull();
    expect(companyNames().some((n) => /Adobe/.test(n))).toBe(false);
  });

  it('Chrome: says the extension cannot see CNAME cloaking and points to the CLI', () => {
    mount.show(<App record={record()} knowledge={fixtureKnowledge()} cname={{ supported: false }} />);
    expect(mount.el.querySelector('.cname-cloaks')).toBeNull();
    expect(mount.el.querySelector('.cname-note')?.textContent).toBe(EN.cnameNote);
    expect(EN.cnameNote).toMatch(/consent-auditor scan/);
  });
});
