// A CDP channel to the extension's service worker, for the bench scripts: the worker is a target of the browser, reached
// through a page's session with flatten off (Playwright's sessions do not attach to service workers themselves).

/** Attaches to the extension's service worker; `call(method, params)` sends one command to it, `detach()` ends it. */
export async function workerSession(context, page) {
  const s = await context.newCDPSession(page);
  const { targetInfos } = await s.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) throw new Error('no extension service worker target');
  const { sessionId } = await s.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const my = ++id;
      const onMsg = (e) => {
        if (e.sessionId !== sessionId) return;
        const m = JSON.parse(e.message);
        if (m.id !== my) return;
        s.off('Target.receivedMessageFromTarget', onMsg);
        if (m.error) reject(new Error(m.error.message));
        else resolve(m.result);
      };
      s.on('Target.receivedMessageFromTarget', onMsg);
      s.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: my, method, params }) }).catch(
        reject,
      );
    });
  const detach = () => s.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  return { call, detach };
}
