// Reaching every target under a page (frames of other sites, which run in processes of their own, dedicated and
// service workers, and theirs) before its first script runs. Playwright's CDPSession has no flat child sessions
// (messages for an unknown sessionId are dropped), so children are spoken to in DevTools' non-flat mode: through
// their parent's Target.sendMessageToTarget, answers and events coming back in Target.receivedMessageFromTarget.

/** One target's DevTools session, direct or through its parents. */
export interface TargetWire {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

export interface TargetInfo {
  type: string;
  url: string;
}

/** What a page's CDP session (Playwright's CDPSession) has that the tree needs. */
export interface TreeRootSession {
  send(method: 'Target.setAutoAttach', params: AutoAttach): Promise<unknown>;
  send(method: 'Target.sendMessageToTarget', params: { sessionId: string; message: string }): Promise<unknown>;
  on(event: 'Target.attachedToTarget', listener: (e: { sessionId: string; targetInfo: TargetInfo }) => void): unknown;
  on(event: 'Target.receivedMessageFromTarget', listener: (e: { sessionId: string; message: string }) => void): unknown;
  on(event: 'Target.detachedFromTarget', listener: (e: { sessionId: string }) => void): unknown;
}

interface AutoAttach {
  autoAttach: true;
  waitForDebuggerOnStart: true;
  flatten: false;
  [key: string]: unknown;
}

/** New targets wait for Runtime.runIfWaitingForDebugger; non-flat, so Playwright's session can carry them. */
export const AUTO_ATTACH: AutoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: false };

type Prepare = (target: TargetWire, info: TargetInfo) => Promise<unknown>;
/** Sends a message to a child session through its parent's. */
type Post = (sessionId: string, message: string) => Promise<unknown>;

interface Pending {
  session: string;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function targetInfo(v: unknown): TargetInfo | null {
  if (!isRecord(v) || typeof v.type !== 'string' || typeof v.url !== 'string') return null;
  return { type: v.type, url: v.url };
}

/**
 * Runs `prepare` on every target `root` attaches from now on, recursively, each before its first script: DevTools holds
 * a new target until Runtime.runIfWaitingForDebugger, which is sent after `prepare` settles, also when it failed (a
 * target left waiting would hang the page). Resolves once the root's auto-attach is set.
 */
export async function prepareEveryTarget(root: TreeRootSession, prepare: Prepare): Promise<void> {
  const pending = new Map<number, Pending>();
  const wires = new Map<string, TargetWire>();
  let lastId = 0;

  const wireTo = (post: Post, session: string): TargetWire => ({
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { session, resolve, reject });
        post(session, JSON.stringify({ id, method, params })).catch((e: unknown) => {
          pending.delete(id);
          reject(e instanceof Error ? e : new Error(String(e)));
        });
      }),
  });
  const through =
    (wire: TargetWire): Post =>
    (sessionId, message) =>
      wire.send('Target.sendMessageToTarget', { sessionId, message });

  const attached = async (parent: Post, e: unknown): Promise<void> => {
    if (!isRecord(e) || typeof e.sessionId !== 'string') return;
    const info = targetInfo(e.targetInfo);
    const wire = wireTo(parent, e.sessionId);
    wires.set(e.sessionId, wire);
    try {
      if (info) await Promise.all([prepare(wire, info), wire.send('Target.setAutoAttach', { ...AUTO_ATTACH })]);
    } catch {
      // What could not be prepared still runs: a page that never starts would be an audit of nothing.
    } finally {
      await wire.send('Runtime.runIfWaitingForDebugger').catch(() => {});
    }
  };

  const detached = (session: unknown): void => {
    if (typeof session !== 'string') return;
    wires.delete(session);
    for (const [id, p] of pending)
      if (p.session === session) {
        pending.delete(id);
        p.reject(new Error('target detached'));
      }
  };

  // A child's own traffic: an answer to one of ours, or an event (a grandchild attached, or its traffic).
  const received = (e: unknown): void => {
    if (!isRecord(e) || typeof e.sessionId !== 'string' || typeof e.message !== 'string') return;
    let m: unknown;
    try {
      m = JSON.parse(e.message);
    } catch {
      return;
    }
    if (!isRecord(m)) return;
    if (typeof m.id === 'number') {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      const error = isRecord(m.error) ? m.error : null;
      if (error) p.reject(new Error(typeof error.message === 'string' ? error.message : 'DevTools error'));
      else p.resolve(m.result);
      return;
    }
    const wire = wires.get(e.sessionId);
    if (m.method === 'Target.attachedToTarget' && wire) void attached(through(wire), m.params);
    else if (m.method === 'Target.receivedMessageFromTarget') received(m.params);
    else if (m.method === 'Target.detachedFromTarget') detached(isRecord(m.params) ? m.params.sessionId : null);
  };

  const rootPost: Post = (sessionId, message) => root.send('Target.sendMessageToTarget', { sessionId, message });
  root.on('Target.attachedToTarget', (e) => void attached(rootPost, e));
  root.on('Target.receivedMessageFromTarget', received);
  root.on('Target.detachedFromTarget', (e) => detached(e.sessionId));
  await root.send('Target.setAutoAttach', { ...AUTO_ATTACH });
}
