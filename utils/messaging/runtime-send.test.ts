import { describe, expect, it } from 'vitest';
import { runtimeAlive, sendToWorker, type Runtime } from './runtime-send.ts';

function fakeRuntime(answers: Array<'reject' | 'throw' | unknown>): { rt: Runtime; sent: unknown[] } {
  const sent: unknown[] = [];
  const rt: Runtime = {
    id: 'ext',
    sendMessage(message: unknown): Promise<unknown> {
      sent.push(message);
      const a = answers.shift();
      if (a === 'throw') throw new Error('context invalidated');
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
