// @vitest-environment happy-dom
// The popup's first screen (the worker's, before the record) against the screen the record itself makes: the same DOM.
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { randomRecord } from '../test/support/random-record.ts';
import { overPort, pushRecords } from '../test/support/port.ts';
import { useTestRoot } from '../test/support/test-root.tsx';
import { sample } from '../test/support/view-records.ts';
import { recordPush } from '../utils/messaging/record-pack.ts';
import type { PageRecord } from '../utils/record/record.ts';
import { asFirstScreen, firstScreenPush, type FirstScreen } from '../utils/view/first-screen.ts';
import { asPortPush } from '../utils/view/message-checks.ts';
import { AppView, type AppProps } from './app-view.tsx';

const mount = useTestRoot();

/** Both messages as the popup receives them: the first screen, then the record. */
function wire(record: PageRecord): { screen: FirstScreen; record: PageRecord } {
  const screen = asFirstScreen(overPort(firstScreenPush(record)));
  const full = asPortPush(overPort(recordPush(record)))?.record;
  if (!screen || !full) throw new Error('both pushes pass their checks');
  return { screen, record: full };
}

/** As the popup renders before its engine and knowledge have loaded. */
function show(props: Pick<AppProps, 'record' | 'screen'>): string {
  mount.show(
    <AppView
      engine={null}
      knowledge={null}
      deferAnalysis
      tabUrl="https://www.shop.example/"
      status="live"
      {...props}
    />,
  );
  return mount.el.innerHTML;
}

const records = (): Array<[string, PageRecord]> => [
  ...pushRecords(),
  ...Array.from({ length: 20 }, (_, i): [string, PageRecord] => [`random ${i}`, randomRecord(100 + i)]),
];

describe('the popup on the first screen', () => {
  it.each(records())('%s: the same DOM as the record, and no change when the record replaces it', (_, r) => {
    const { screen, record } = wire(r);
    const fromRecord = show({ record });
    mount.show(null);
    const fromScreen = show({ record: undefined, screen });
    expect(fromScreen).toBe(fromRecord);
    expect(fromScreen).toContain('row-cookie'.repeat(record.cookies.length ? 1 : 0));
    // The record arriving in the same popup: nothing on screen changes.
    expect(show({ record, screen: undefined })).toBe(fromRecord);
  });

  it('a site opened on the first screen shows its hosts, and their requests once the record is in', () => {
    const { screen, record } = wire(sample());
    show({ record: undefined, screen });
    const ga = [...mount.el.querySelectorAll<HTMLElement>('.tree-site')].find((b) =>
      b.textContent?.includes('google-analytics.com'),
    );
    act(() => ga?.click());
    const host = mount.el.querySelector<HTMLElement>('.tree-host');
    expect(host?.textContent).toContain('www.google-analytics.com');
    act(() => host?.click());
    expect(mount.el.querySelectorAll('.tree-request')).toHaveLength(0);
    show({ record, screen: undefined });
    expect(mount.el.querySelectorAll('.tree-request').length).toBeGreaterThan(0);
    expect(mount.el.querySelector('.tree-request')?.textContent).toContain('google-analytics.com/g/collect');
  });
});
