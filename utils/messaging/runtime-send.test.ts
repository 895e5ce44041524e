import { describe, expect, it } from 'vitest';
import {
  NO_RESPONSE,
  needsAnswer,
  runtimeAlive,
  sendToWorker,
  withPolyfillReplies,
  type Runtime,
} from './runtime-send.ts';

/** A runtime that answers as given: 'throw' throws, 'reject' or an Error rejects, anything else resolves. */
function fakeRuntime(answers: Array<'reject' | 'throw' | unknown>): { rt: Runtime; sent: unknown[] } {
  const sent: unknown[] = [];
  const rt: Runtime = {
    id: 'ext',
    sendMessage(message: unknown): Promise<unknown> {
      sent.push(message);
      const a = answers.shift();
      if (a === 'throw') throw new Error('context invalidated');
      if (a instanceof Error) return Promise.reject(a);
      return a === 'reject' ? Promise.reject(new Error('no receiver')) : Promise.resolve(a);
    },
  };
  return { rt, sent };
}
const now = (f: () => void): void => f();

describe('sendToWorker', () => {
  it('resolves with the reply', async () => {
    const { rt, sent } = fakeRuntime([{ ok: 1 }]);
    await expect(sendToWorker(() => rt, 'm', true, 10, now)).resolves.toEqual({ ok: 1 });
    expect(sent).toEqual(['m']);
  });

  it('a rejected or throwing send is tried once more with retry, and that reply comes back', async () => {
    for (const first of ['reject', 'throw'] as const) {
      const { rt, sent } = fakeRuntime([first, 'second']);
      const delays: number[] = [];
      await expect(
        sendToWorker(
          () => rt,
          'm',
          true,
          1000,
          (f, ms) => {
            delays.push(ms);
            f();
          },
        ),
      ).resolves.toBe('second');
      expect([sent.length, delays]).toEqual([2, [1000]]);
    }
  });

  it('only once: two failures resolve undefined; without retry no second send; never rejects', async () => {
    const a = fakeRuntime(['reject', 'reject', 'never sent']);
    await expect(sendToWorker(() => a.rt, 'm', true, 1, now)).resolves.toBeUndefined();
    expect(a.sent).toHaveLength(2);
    const b = fakeRuntime(['reject']);
    await expect(sendToWorker(() => b.rt, 'm', false, 1, now)).resolves.toBeUndefined();
    expect(b.sent).toHaveLength(1);
  });

  it('no retry once the runtime is gone (extension reloaded)', async () => {
    const { rt, sent } = fakeRuntime(['reject', 'x']);
    let alive = true;
    const get = (): Runtime | undefined => (alive ? rt : undefined);
    const p = sendToWorker(get, 'm', true, 1, now);
    alive = false;
    await expect(p).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(runtimeAlive(get)).toBe(false);
    expect(
      runtimeAlive(() => {
        throw new Error('invalidated');
      }),
    ).toBe(false);
    expect(runtimeAlive(() => ({ id: 'x', sendMessage: async () => undefined }))).toBe(true);
  });
});

describe('withPolyfillReplies: the native runtime answering as the webextension polyfill did', () => {
  it('a channel closed without an answer resolves with nothing, and is not sent again', async () => {
    const { rt, sent } = fakeRuntime([new Error(NO_RESPONSE), 'never sent']);
    const get = withPolyfillReplies(() => rt);
    await expect(get()?.sendMessage('m')).resolves.toBeUndefined();
    await expect(sendToWorker(get, 'n', true, 1, now)).resolves.toBe('never sent');
    const once = fakeRuntime([new Error(NO_RESPONSE), 'x']);
    await expect(
      sendToWorker(
        withPolyfillReplies(() => once.rt),
        'm',
        true,
        1,
        now,
      ),
    ).resolves.toBeUndefined();
    expect([sent, once.sent]).toEqual([['m', 'n'], ['m']]);
  });

  it("the worker's reported failure and a missing receiver reject, so they are sent once more", async () => {
    const failed = { __mozWebExtensionPolyfillReject__: true, message: 'store failed' };
    const a = fakeRuntime([failed]);
    await expect(withPolyfillReplies(() => a.rt)()?.sendMessage('m')).rejects.toThrow('store failed');
    for (const first of [failed, new Error('Could not establish connection. Receiving end does not exist.')]) {
      const b = fakeRuntime([first, { accepted: 1 }]);
      await expect(
        sendToWorker(
          withPolyfillReplies(() => b.rt),
          'm',
          true,
          1,
          now,
        ),
      ).resolves.toEqual({ accepted: 1 });
      expect(b.sent).toEqual(['m', 'm']);
    }
  });

  it('passes replies and the id through; no runtime stays none, and a throwing one still throws to its caller', async () => {
    const { rt } = fakeRuntime([{ accepted: 2 }, null]);
    const get = withPolyfillReplies(() => rt);
    expect(get()).toBe(get());
    await expect(get()?.sendMessage('m')).resolves.toEqual({ accepted: 2 });
    await expect(get()?.sendMessage('m')).resolves.toBeNull();
    expect(get()?.id).toBe('ext');
    expect(withPolyfillReplies(() => undefined)()).toBeUndefined();
    const gone = withPolyfillReplies(() => {
      throw new Error('invalidated');
    });
    expect(runtimeAlive(gone)).toBe(false);
    await expect(sendToWorker(gone, 'm', true, 1, now)).resolves.toBeUndefined();
  });
});

describe('needsAnswer: page events are receipted, so a worker stopped before its answer gets them again', () => {
  it('the channel closed by a stop (no answer) sends the batch once more; an answer is kept as it is', async () => {
    // The failing sequence: the worker took the batch, answered nothing (stopped before its write), then came back.
    const stopped = fakeRuntime([new Error(NO_RESPONSE), { accepted: 2, rejected: 0 }]);
    const delays: number[] = [];
    const get = needsAnswer(withPolyfillReplies(() => stopped.rt));
    const reply = await sendToWorker(get, 'batch', true, 1000, (f, ms) => {
      delays.push(ms);
      f();
    });
    expect([reply, stopped.sent, delays]).toEqual([{ accepted: 2, rejected: 0 }, ['batch', 'batch'], [1000]]);
    // Without needsAnswer the same stop is taken as an answer, and the batch is not sent again: what was lost.
    const plain = fakeRuntime([new Error(NO_RESPONSE), { accepted: 2, rejected: 0 }]);
    await expect(
      sendToWorker(
        withPolyfillReplies(() => plain.rt),
        'batch',
        true,
        1,
        now,
      ),
    ).resolves.toBeUndefined();
    expect(plain.sent).toEqual(['batch']);
    // An answer is an answer (a falsy one too); still only one retry; a failure the worker reports rejects as before.
    const zero = fakeRuntime([0]);
    await expect(
      sendToWorker(
        needsAnswer(() => zero.rt),
        'm',
        true,
        1,
        now,
      ),
    ).resolves.toBe(0);
    const twice = fakeRuntime([undefined, undefined, 'never sent']);
    await expect(
      sendToWorker(
        needsAnswer(() => twice.rt),
        'm',
        true,
        1,
        now,
      ),
    ).resolves.toBeUndefined();
    expect(twice.sent).toHaveLength(2);
    expect(needsAnswer(() => undefined)()).toBeUndefined();
  });
});
