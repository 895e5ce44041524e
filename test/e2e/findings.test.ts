// Issue 4 end to end: known trackers under their real hostnames produce findings with company and country.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { openTab, settledRecord, SHOP, useHarness, extensionKnowledge } from './helpers.ts';

const h = useHarness();
let record: PageRecord;
let tabId: number;
beforeAll(async () => {
  ({ tabId } = await openTab(h, `${SHOP}/trackers.html`));
  record = await settledRecord(
    h,
    tabId,
    (r) =>
      r.requests.some((q) => q.host === 'www.google-analytics.com') &&
      r.requests.some((q) => q.host === 'www.facebook.com') &&
      r.requests.some((q) => q.host === 'fonts.gstatic.com') &&
      r.forms.length > 0,
  );
});

describe('findings for the demo page with real tracker hostnames', () => {
  it('names the trackers, their companies and countries, and says what is wrong', () => {
    const analysis = analyze(record, extensionKnowledge());
    const ga = analysis.requests.find((q) => q.host === 'www.google-analytics.com');
    expect(ga?.tracker).toMatchObject({ name: expect.stringMatching(/Google Analytics/), companyCountry: 'IE' });
    expect(ga?.phase).toBe('before-choice');
    // Served from this machine: the server side is loopback, not a country.
    expect(ga?.serverIp).toBe('127.0.0.1');
    expect(ga?.serverCountry).toBeNull();

    const byRule = (rule: string) => analysis.findings.filter((f) => f.rule === rule);
    const hosts = byRule('tracking-request-before-choice').map((f) => f.subject.host);
    expect(hosts).toEqual(expect.arrayContaining(['www.google-analytics.com', 'www.facebook.com']));
    expect(byRule('tracking-request-before-choice').every((f) => f.severity === 'violation')).toBe(true);
    const embeds = byRule('embed-before-consent')
      .map((f) => f.title)
      .join(' | ');
    expect(embeds).toMatch(/Google Fonts/);
    expect(embeds).toMatch(/YouTube/);
    // The ticked newsletter box is a finding; the unticked privacy-policy box is not.
    const prechecked = JSON.stringify(byRule('prechecked-consent-checkbox'));
    expect(byRule('prechecked-consent-checkbox')).toHaveLength(1);
    expect(prechecked).toMatch(/Newsletter/);
    expect(prechecked).not.toMatch(/privacy policy/);
    expect(byRule('no-consent-manager')).toHaveLength(1);
    expect(analysis.summary.verdict).toBe('violations');
    const meta = analysis.thirdParties.find((t) => t.tracker?.company && /Meta/.test(t.tracker.company));
    expect(meta).toBeDefined();
  });

  it('the popup shows the verdict and the findings with company and country', async () => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 760, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    // The analysis (with the IP table) runs in the popup after the first paint.
    await popup.waitForFunction(
      () =>
        /\d+ violations?/.test(document.body.innerText) && document.body.innerText.includes('Google Ireland Limited'),
      null,
      { timeout: 15_000 },
    );
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/Google Analytics/);
    // Third parties by company: the company's country with its transfer zone in words.
    expect(text).toMatch(/Google Ireland Limited\n[^]*?Company\nIE EU\/EEA/);
    expect(text).toMatch(/Meta Platforms Ireland Limited\n[^]*?Company\nIE EU\/EEA/);
    expect(text).toMatch(/Google LLC\n[^]*?Company\nUS DPF/);
    expect(text).toMatch(/Google Fonts\n· Google LLC\ncompany in\nUS DPF/);
    expect(text).toMatch(/Google Fonts/);
    expect(text).toMatch(/VIOLATION/);
    await popup.close();
  });
});
