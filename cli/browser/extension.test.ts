import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { WORKER_ENTRY, type Message } from '../../utils/messaging/protocol.ts';
import {
  adoptHelperPage,
  BackgroundTimeoutError,
  claimParkedTabInWorker,
  extensionPage,
  messageThroughWorker,
  pickTab,
  pingInWorker,
  sendToBackground,
  setHelperPage,
} from './extension.ts';

describe('pickTab', () => {
  const tabs = [
    { id: 3, url: 'https://a.test/', pendingUrl: '' },
    { id: 7, url: 'https://a.test/#x', pendingUrl: '' },
    { id: 5, url: 'about:blank', pendingUrl: 'https://b.test/page' },
    { id: -1, url: 'https://c.test/', pendingUrl: '' },
  ];

  it('an exact URL wins over one that differs in the fragment', () => {
    expect(pickTab(tabs, 'https://a.test/')).toBe(3);
  });
  it('else the newest tab equal without the fragment', () => {
    expect(pickTab(tabs, 'https://a.test/#other')).toBe(7);
  });
  it('a tab still loading is found by its pending URL', () => {
    expect(pickTab(tabs, 'https://b.test/page')).toBe(5);
  });
  it('no tab, or only tabs without an id: null', () => {
    expect(pickTab(tabs, 'https://d.test/')).toBeNull();
    expect(pickTab(tabs, 'https://c.test/')).toBeNull();
  });
});

describe('sendToBackground', () => {
  /** A context whose extension page answers with `evaluate` (the stand-in for runtime.sendMessage). */
  function contextAnswering(evaluate: () => Promise<unknown>): BrowserContext {
    const page = { goto: async () => null, isClosed: () => false, evaluate };
    return { newPage: async () => page } as unknown as BrowserContext;
  }

  it('a background that never answers: a clear error naming the message, after the timeout', async () => {
    const stalled = contextAnswering(() => new Promise(() => {}));
    const err = await sendToBackground(stalled, 'x', { type: 'get-record', tabId: 3 }, 50).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BackgroundTimeoutError);
    expect((err as Error).message).toBe(
      "the extension's background did not answer 'get-record' within 50 ms: not audited",
    );
  });
  it('an answer in time is returned as it is', async () => {
    const ok = contextAnswering(async () => ({ ready: true }));
    expect(await sendToBackground(ok, 'x', { type: 'ping' }, 1_000)).toEqual({ ready: true });
  });
  it('a failure of the page is passed on, not turned into a timeout', async () => {
    const broken = contextAnswering(async () => {
      throw new Error('Target closed');
    });
    await expect(sendToBackground(broken, 'x', { type: 'ping' }, 1_000)).rejects.toThrow('Target closed');
  });
});

describe('adoptHelperPage', () => {
  /** A context that counts the tabs it opens; each page notes where it was sent. */
  function countingContext(): { context: BrowserContext; opened: () => number } {
    let n = 0;
    const context = {
      newPage: async () => {
        n++;
        return fakePage();
      },
    } as unknown as BrowserContext;
    return { context, opened: () => n };
  }
  function fakePage(closed = false): { visited: string[]; goto(u: string): Promise<null>; isClosed(): boolean } {
    const visited: string[] = [];
    return { visited, goto: async (u) => (visited.push(u), null), isClosed: () => closed };
  }

  it('the adopted start-up tab becomes the helper page: no tab opened, sent to the manifest once', async () => {
    const { context, opened } = countingContext();
    setHelperPage(context, 'manifest');
    const start = fakePage();
    adoptHelperPage(context, start as never);
    expect(await extensionPage(context, 'abc')).toBe(start);
    expect(await extensionPage(context, 'abc')).toBe(start);
    expect(opened()).toBe(0);
    expect(start.visited).toEqual(['chrome-extension://abc/manifest.json']);
  });
  it('a closed start-up tab is not used: a new tab is opened instead', async () => {
    const { context, opened } = countingContext();
    adoptHelperPage(context, fakePage(true) as never);
    await extensionPage(context, 'abc');
    expect(opened()).toBe(1);
  });
});

describe('the helper page', () => {
  it('two callers at once share one page: one tab opened, sent to the manifest once', async () => {
    let opened = 0;
    const visited: string[] = [];
    const page = { goto: async (u: string) => (visited.push(u), null), isClosed: () => false };
    const context = { newPage: async () => (opened++, page) } as unknown as BrowserContext;
    setHelperPage(context, 'manifest');
    const [a, b] = await Promise.all([extensionPage(context, 'abc'), extensionPage(context, 'abc')]);
    expect(a).toBe(page);
    expect(b).toBe(page);
    expect(opened).toBe(1);
    expect(visited).toEqual(['chrome-extension://abc/manifest.json']);
  });
});

describe('a helper page that fails to open', () => {
  /** A context whose pages' `goto` fails the first `failures` times; counts the tabs open. */
  function failingContext(failures: number) {
    let left = failures;
    let open = 0;
    let opened = 0;
    const page = () => {
      let closed = false;
      return {
        goto: async () => {
          if (left-- > 0) throw new Error('net::ERR_BLOCKED_BY_CLIENT');
          return null;
        },
        isClosed: () => closed,
        close: async () => {
          if (!closed) open--;
          closed = true;
        },
      };
    };
    const context = { newPage: async () => (open++, opened++, page()) } as unknown as BrowserContext;
    return { context, open: () => open, opened: () => opened, page };
  }

  it('leaves no tab open per failed try: after three failures and a success, one tab', async () => {
    const { context, open, opened } = failingContext(3);
    for (let i = 0; i < 3; i++) await expect(extensionPage(context, 'abc')).rejects.toThrow('ERR_BLOCKED');
    expect(open()).toBe(0);
    const helper = await extensionPage(context, 'abc');
    expect(helper.isClosed()).toBe(false);
    expect(open()).toBe(1);
    expect(opened()).toBe(4);
  });
  it('a close that never returns (Chromium can drop one that races a navigation) does not stall the failed try', async () => {
    const page = {
      goto: async () => Promise.reject(new Error('net::ERR_ABORTED')),
      isClosed: () => false,
      close: () => new Promise(() => {}),
    };
    const context = { newPage: async () => page } as unknown as BrowserContext;
    await expect(extensionPage(context, 'abc')).rejects.toThrow('ERR_ABORTED');
  });
  it('the adopted start-up tab is kept for the next try, not closed nor replaced by a new tab', async () => {
    const { context, opened, page } = failingContext(2);
    const start = page();
    adoptHelperPage(context, start as never);
    await expect(extensionPage(context, 'abc')).rejects.toThrow('ERR_BLOCKED');
    await expect(extensionPage(context, 'abc')).rejects.toThrow('ERR_BLOCKED');
    expect(await extensionPage(context, 'abc')).toBe(start);
    expect(start.isClosed()).toBe(false);
    expect(opened()).toBe(0);
  });
});

describe('readiness and the tab claim read in the service worker', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.chrome;
    delete g[WORKER_ENTRY];
  });
  /** The worker runs the code it is given against `chrome` and the entry (the stand-ins for the worker's global). */
  function workerContext(
    chrome: unknown,
    opts: { url?: string; failing?: boolean; entry?: (m: unknown) => Promise<string> } = {},
  ): { context: BrowserContext; helperCalls: () => number; helperSent: unknown[] } {
    let helper = 0;
    const helperSent: unknown[] = [];
    const worker = {
      url: () => opts.url ?? 'chrome-extension://abc/background.js',
      evaluate: async (fn: (arg?: unknown) => Promise<unknown>, arg?: unknown) => {
        if (opts.failing) throw new Error('Target closed');
        g.chrome = chrome;
        if (opts.entry) g[WORKER_ENTRY] = opts.entry;
        return fn(arg);
      },
    };
    const page = {
      goto: async () => null,
      isClosed: () => false,
      evaluate: async (_fn: unknown, m?: unknown) => {
        helper++;
        if (m !== undefined) {
          helperSent.push(m);
          return { from: 'helper' };
        }
        return [{ id: 9, url: 'about:blank#m', pendingUrl: '' }];
      },
    };
    const context = { serviceWorkers: () => [worker], newPage: async () => page } as unknown as BrowserContext;
    return { context, helperCalls: () => helper, helperSent };
  }
  const tabs = (list: object[]) => ({ query: async () => list });
  const listening = (yes: boolean) => ({ onMessage: { hasListeners: () => yes } });
  /** A background entry that notes every message and answers with `answer` as JSON text. */
  function entryNoting(answer: (m: Message) => unknown): { entry: (m: unknown) => Promise<string>; got: Message[] } {
    const got: Message[] = [];
    return {
      got,
      entry: async (m) => {
        got.push(m as Message);
        return JSON.stringify(answer(m as Message));
      },
    };
  }

  it('not ready until the background has set its entry (after all its listeners); then its ping answer', async () => {
    expect(await pingInWorker(workerContext({ runtime: listening(true), tabs: tabs([]) }).context, 'abc')).toBeNull();
    const { entry, got } = entryNoting(() => ({ ready: true, version: '1.2.3' }));
    expect(await pingInWorker(workerContext({}, { entry }).context, 'abc')).toEqual({ ready: true, version: '1.2.3' });
    expect(got).toEqual([{ type: 'ping' }]);
  });
  it('a worker that cannot be asked (stopped, restarted) is not ready yet: asked again by the caller', async () => {
    const { context } = workerContext({}, { failing: true });
    expect(await pingInWorker(context, 'abc')).toBeNull();
  });
  it("the tab is claimed from the worker's tab list, by its marker", async () => {
    const list = [
      { id: 4, url: 'about:blank#other' },
      { id: 7, url: 'about:blank', pendingUrl: 'about:blank#m' },
    ];
    const { context, helperCalls } = workerContext({ runtime: listening(true), tabs: tabs(list) });
    expect(await claimParkedTabInWorker(context, 'abc', 'about:blank#m')).toBe(7);
    expect(helperCalls()).toBe(0);
  });
  it("without the extension's worker (another extension's only), the helper page's tab list as before", async () => {
    const { context, helperCalls } = workerContext(
      { runtime: listening(true), tabs: tabs([]) },
      { url: 'chrome-extension://zzz/background.js' },
    );
    expect(await claimParkedTabInWorker(context, 'abc', 'about:blank#m')).toBe(9);
    expect(helperCalls()).toBe(1);
  });

  describe('messages through the worker (messageThroughWorker)', () => {
    const record = { url: 'https://a.test/', requests: [{ url: 'https://b.test/x', extra: undefined }] };
    it('a record read is answered by the worker, parsed from its JSON text; no helper page opened', async () => {
      const { entry, got } = entryNoting(() => ({ record }));
      const { context, helperCalls } = workerContext({}, { entry });
      messageThroughWorker(context);
      const answer = await sendToBackground(context, 'abc', { type: 'get-record', tabId: 3 });
      expect(answer).toEqual(JSON.parse(JSON.stringify({ record })));
      expect(got).toEqual([{ type: 'get-record', tabId: 3 }]);
      expect(helperCalls()).toBe(0);
    });
    it('a context not asked for it still messages from the helper page', async () => {
      const { entry, got } = entryNoting(() => ({ record }));
      const { context, helperSent } = workerContext({}, { entry });
      expect(await sendToBackground(context, 'abc', { type: 'get-record', tabId: 3 })).toEqual({ from: 'helper' });
      expect(got).toEqual([]);
      expect(helperSent).toEqual([{ type: 'get-record', tabId: 3 }]);
    });
    it('a worker without its entry (restarting) or failing: the read goes to the helper page, which wakes it', async () => {
      for (const opts of [{}, { failing: true }]) {
        const { context, helperSent } = workerContext({}, opts);
        messageThroughWorker(context);
        expect(await sendToBackground(context, 'abc', { type: 'get-record', tabId: 5 })).toEqual({ from: 'helper' });
        expect(helperSent).toEqual([{ type: 'get-record', tabId: 5 }]);
      }
    });
    it('a banner answer is sent once, after a ping through the same worker answered', async () => {
      const { entry, got } = entryNoting((m) => (m.type === 'ping' ? { ready: true } : { started: true, detail: 'x' }));
      const { context, helperCalls } = workerContext({}, { entry });
      messageThroughWorker(context);
      const answer = await sendToBackground(context, 'abc', { type: 'consent-action', tabId: 3, action: 'reject' });
      expect(answer).toEqual({ started: true, detail: 'x' });
      expect(got).toEqual([{ type: 'ping' }, { type: 'consent-action', tabId: 3, action: 'reject' }]);
      expect(helperCalls()).toBe(0);
    });
    it("a banner answer the worker's entry fails is that message's failure: never sent a second time", async () => {
      const got: Message[] = [];
      const entry = async (m: unknown): Promise<string> => {
        got.push(m as Message);
        if ((m as Message).type === 'ping') return JSON.stringify({ ready: true });
        throw new Error('the worker stopped');
      };
      const { context, helperSent } = workerContext({}, { entry });
      messageThroughWorker(context);
      await expect(
        sendToBackground(context, 'abc', { type: 'consent-action', tabId: 3, action: 'accept' }),
      ).rejects.toThrow('the worker stopped');
      expect(got.filter((m) => m.type === 'consent-action')).toHaveLength(1);
      expect(helperSent).toEqual([]);
    });
    it('a banner answer with no worker to ping goes to the helper page, once', async () => {
      const { context, helperSent } = workerContext({}, { failing: true });
      messageThroughWorker(context);
      const msg: Message = { type: 'consent-action', tabId: 3, action: 'accept' };
      expect(await sendToBackground(context, 'abc', msg)).toEqual({ from: 'helper' });
      expect(helperSent).toEqual([msg]);
    });
  });
});
