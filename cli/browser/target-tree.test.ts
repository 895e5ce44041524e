import { expect, it } from 'vitest';
import { prepareEveryTarget, type TreeRootSession } from './target-tree.ts';

type Listener = (e: never) => void;

/**
 * A page's DevTools session in non-flat mode: what reaches each target (by its path of session ids) is logged, and
 * each is answered as Chromium does, wrapped once per level in Target.receivedMessageFromTarget.
 */
function fakeRoot(fail: (method: string) => boolean = () => false) {
  const listeners = new Map<string, Listener[]>();
  const log: string[] = [];
  const emit = (event: string, e: unknown): void => {
    for (const l of listeners.get(event) ?? []) (l as (e: unknown) => void)(e);
  };
  // The event `inner` of the target at `path`, as the root session receives it.
  const fromTarget = (path: string[], inner: Record<string, unknown>) => {
    let message = JSON.stringify(inner);
    for (let i = path.length - 1; i > 0; i--)
      message = JSON.stringify({
        method: 'Target.receivedMessageFromTarget',
        params: { sessionId: path[i], message },
      });
    setTimeout(() => emit('Target.receivedMessageFromTarget', { sessionId: path[0], message }), 0);
  };
  const deliver = (path: string[], raw: string): void => {
    const m = JSON.parse(raw) as { id: number; method: string; params: { sessionId: string; message: string } };
    if (m.method === 'Target.sendMessageToTarget') {
      deliver([...path, m.params.sessionId], m.params.message);
      fromTarget(path, { id: m.id, result: {} });
      return;
    }
    log.push(`${path.join('/')} ${m.method}`);
    const failed = fail(m.method);
    fromTarget(path, failed ? { id: m.id, error: { message: 'nope' } } : { id: m.id, result: {} });
  };
  const root = {
    send: (method: string, params: { sessionId: string; message: string }) => {
      if (method === 'Target.sendMessageToTarget') deliver([params.sessionId], params.message);
      else log.push(`root ${method}`);
      return Promise.resolve({});
    },
    on: (event: string, l: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), l]);
    },
  } as unknown as TreeRootSession;
  const attach = (path: string[], type: string, url: string): void => {
    const e = { sessionId: path.at(-1), targetInfo: { type, url }, waitingForDebugger: true };
    if (path.length === 1) emit('Target.attachedToTarget', e);
    else fromTarget(path.slice(0, -1), { method: 'Target.attachedToTarget', params: e });
  };
  return { root, log, attach, emit };
}

const settled = () => new Promise((r) => setTimeout(r, 20));

it("prepares a frame of another site and its worker (reached through the frame's session) before they run", async () => {
  const f = fakeRoot();
  const seen: string[] = [];
  await prepareEveryTarget(f.root, async (t, info) => {
    seen.push(`${info.type} ${info.url}`);
    await t.send('Emulation.setUserAgentOverride', { userAgent: 'UA' });
  });
  expect(f.log).toEqual(['root Target.setAutoAttach']);
  f.attach(['F'], 'iframe', 'https://ad.test/');
  await settled();
  f.attach(['F', 'W'], 'worker', 'https://ad.test/w.js');
  await settled();
  expect(seen).toEqual(['iframe https://ad.test/', 'worker https://ad.test/w.js']);
  // Each target: the override and its own auto-attach (for its children), and only then run.
  const of = (path: string) => f.log.filter((l) => l.startsWith(`${path} `)).map((l) => l.split(' ')[1]);
  expect(of('F').slice(0, 2).sort()).toEqual(['Emulation.setUserAgentOverride', 'Target.setAutoAttach']);
  expect(of('F')[2]).toBe('Runtime.runIfWaitingForDebugger');
  expect(of('F/W').slice(0, 2).sort()).toEqual(['Emulation.setUserAgentOverride', 'Target.setAutoAttach']);
  expect(of('F/W')[2]).toBe('Runtime.runIfWaitingForDebugger');
});

it('still runs a target whose preparation failed: a page that never starts would be an audit of nothing', async () => {
  const f = fakeRoot((m) => m === 'Emulation.setUserAgentOverride');
  await prepareEveryTarget(f.root, (t) => t.send('Emulation.setUserAgentOverride', {}));
  f.attach(['S'], 'service_worker', 'https://www.shop.test/sw.js');
  await settled();
  expect(f.log.at(-1)).toBe('S Runtime.runIfWaitingForDebugger');
});

it('ignores traffic that is not DevTools JSON or names no session it knows', async () => {
  const f = fakeRoot();
  let prepared = 0;
  await prepareEveryTarget(f.root, () => Promise.resolve(prepared++));
  f.emit('Target.receivedMessageFromTarget', { sessionId: 'X', message: '{not json' });
  f.emit('Target.receivedMessageFromTarget', { sessionId: 'X', message: '[1]' });
  f.emit('Target.attachedToTarget', { targetInfo: { type: 'iframe', url: '' } });
  await settled();
  expect(prepared).toBe(0);
  expect(f.log).toEqual(['root Target.setAutoAttach']);
});
