// When the worker has stored a page's cookie reports: run in an extension page (raw-chromium.mjs's helper) right after
// the page's load event. It listens to storage.session (the tab's event chunks, `ca1:<tab>:<key>`, a JSON string each,
// or gzip when compacted) and counts the `page-cookie` events written since the page's navigation; the time is the
// change that brought the count to `want` (epoch ms), or, when they were all stored before it listened, its first read
// (`early`: an upper bound). The listener is added after the load event, so the timed load has none.

/** The expression for Runtime.evaluate (awaited): `{ storedAt, n, early }`, storedAt null when `want` never came. */
export function reportsStoredExpression({ since, want, timeoutMs }) {
  return `(${storedWhen.toString()})(${JSON.stringify(since)}, ${JSON.stringify(want)}, ${JSON.stringify(timeoutMs)})`;
}

/** Runs in the extension page (its source is sent, not bundled). */
async function storedWhen(since, want, timeoutMs) {
  const counts = new Map();
  const gunzip = (z) => {
    const bytes = Uint8Array.from(atob(z), (c) => c.charCodeAt(0));
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  };
  const countOf = async (v) => {
    const text = typeof v === 'string' ? v : typeof v?.z === 'string' ? await gunzip(v.z) : '[]';
    let n = 0;
    for (const e of JSON.parse(text)) if (e?.k === 'page-cookie' && e.t >= since) n++;
    return n;
  };
  const total = () => [...counts.values()].reduce((a, b) => a + b, 0);
  let queue = Promise.resolve();
  let done;
  const result = new Promise((ok) => (done = ok));
  /** Keys a change has told of: the first read's older copy of them does not count. */
  const changed = new Set();
  const apply = async (entries, first) => {
    for (const [key, v] of entries) {
      if (!/^ca1:-?\d+:/.test(key) || (first && changed.has(key))) continue;
      if (!first) changed.add(key);
      if (v === undefined) counts.delete(key);
      else counts.set(key, await countOf(v));
    }
  };
  const onChanged = (changes) => {
    const at = performance.timeOrigin + performance.now();
    const entries = Object.entries(changes).map(([k, c]) => [k, c.newValue]);
    queue = queue.then(async () => {
      await apply(entries, false);
      // The time is the change's, not the end of counting it.
      if (total() >= want) done({ storedAt: at, n: total(), early: false });
    });
  };
  chrome.storage.session.onChanged.addListener(onChanged);
  const all = await chrome.storage.session.get(null);
  queue = queue.then(async () => {
    await apply(Object.entries(all), true);
    if (total() >= want) done({ storedAt: performance.timeOrigin + performance.now(), n: total(), early: true });
  });
  const timer = setTimeout(() => done({ storedAt: null, n: total(), early: false }), timeoutMs);
  const r = await result;
  clearTimeout(timer);
  chrome.storage.session.onChanged.removeListener(onChanged);
  return r;
}
