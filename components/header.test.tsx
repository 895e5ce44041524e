// @vitest-environment happy-dom
// The header's start time: left out of the first paint (Intl's first date format is slow), filled in right after it.
import { describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { Visit } from '../test/support/findings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';

const mount = useTestRoot();

describe('popup header: start time', () => {
  it("paints without the formatted time, then shows it in the reader's language", async () => {
    const record = new Visit().req('https://www.shop.example/app.js', 100, { type: 'script' }).record();
    mount.show(<App record={record} lang="de" />);
    const time = (): HTMLTimeElement | null => mount.el.querySelector('.hdr-meta time');
    expect(time()?.getAttribute('datetime')).toBe(new Date(record.startedAt).toISOString());
    expect(time()?.textContent).toBe('');
    // Effects run after the paint (preact: a frame or 100 ms); wait for the text, up to 2 s.
    for (let waited = 0; time()?.textContent === '' && waited < 2000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const want = new Date(record.startedAt).toLocaleString('de', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    expect(time()?.textContent).toBe(want);
  });
});
