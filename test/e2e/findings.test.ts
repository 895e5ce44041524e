// Issue 4 end to end: known trackers under their real hostnames produce findings with company and country.
import { beforeAll, describe, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { expectTrackersPageFindings, expectTrackersPopup, trackersPageSettled } from '../support/demo-shop.ts';
import { openTab, settledRecord, SHOP, useHarness, extensionKnowledge } from './helpers.ts';

const h = useHarness();
let record: PageRecord;
let tabId: number;
beforeAll(async () => {
  ({ tabId } = await openTab(h, `${SHOP}/trackers.html`));
  record = await settledRecord(h, tabId, trackersPageSettled);
});

describe('findings for the demo page with real tracker hostnames', () => {
  it('names the trackers, their companies and countries, and says what is wrong', () => {
    expectTrackersPageFindings(analyze(record, extensionKnowledge()));
  });

  it('the popup shows the verdict and the findings with company and country', async () => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 760, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expectTrackersPopup(() => popup.evaluate(() => document.body.innerText), 15_000);
    await popup.close();
  });
});
