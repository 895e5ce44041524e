// A CDP client over Chromium's `--remote-debugging-pipe` (fd 3 to Chromium, fd 4 from it; messages ended by NUL).
// Shared by the probes that must not attach a DevTools session to the page (probe-capture-cpu, probe-start-trace) and
// by the prerender e2e (Chromium runs no prerender in a page Playwright drives).

/**
 * @param {import('node:stream').Writable} toChrome the child's stdio[3]
 * @param {import('node:stream').Readable} fromChrome the child's stdio[4]
 */
export function cdpPipe(toChrome, fromChrome) {
  let id = 0;
  let buffered = '';
  const pending = new Map();
  /** Called with every event (a message without an id); add and delete freely, also from inside a listener. */
  const listeners = new Set();
  fromChrome.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const msg = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (msg.id !== undefined) pending.get(msg.id)?.(msg);
      else for (const on of [...listeners]) on(msg);
    }
  });
  /** Sends one command; resolves with its result, rejects with the protocol's error. */
  const send = (method, params = {}, sessionId) =>
    new Promise((ok, fail) => {
      const n = ++id;
      pending.set(n, (m) => (pending.delete(n), m.error ? fail(new Error(JSON.stringify(m.error))) : ok(m.result)));
      toChrome.write(JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  return { send, listeners };
}
