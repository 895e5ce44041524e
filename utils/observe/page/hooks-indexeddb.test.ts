// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HookEvent } from './contract.ts';
import { installHooks } from './hooks.ts';

const win = window;
const events: HookEvent[] = [];
const calls: unknown[][] = [];

/** Stand-ins for IndexedDB (happy-dom has none), with the browsers' getters on the prototypes. */
class FakeDatabase {
  constructor(private readonly own: string) {}
  get name(): string {
    return this.own;
  }
}
class FakeTransaction {
  constructor(private readonly database: FakeDatabase) {}
  get db(): FakeDatabase {
    return this.database;
  }
}
class FakeStore {
  constructor(
    private readonly own: string,
    private readonly tx: FakeTransaction,
  ) {}
  get name(): string {
    return this.own;
  }
  get transaction(): FakeTransaction {
    return this.tx;
  }
  put(...args: unknown[]): object {
    calls.push(['put', ...args]);
    if (args[0] === 'throw') throw new DOMException('no clone', 'DataCloneError');
    return {};
  }
  add(...args: unknown[]): object {
    calls.push(['add', ...args]);
    return {};
  }
}
class FakeFactory {
  open(...args: unknown[]): object {
    calls.push(['open', ...args]);
    return {};
  }
}
const store = (db: string, name: string): FakeStore => new FakeStore(name, new FakeTransaction(new FakeDatabase(db)));

beforeAll(() => {
  Object.assign(win, {
    IDBFactory: FakeFactory,
    IDBDatabase: FakeDatabase,
    IDBTransaction: FakeTransaction,
    IDBObjectStore: FakeStore,
  });
  installHooks(win, (ev) => events.push(ev));
});

beforeEach(() => {
  events.length = 0;
  calls.length = 0;
});

const reported = (): unknown[][] => events.map((e) => [e.api, e.key, e.value, e.valueLength]);

describe('IndexedDB hooks', () => {
  it('open is a write of the database with its name as the value (an empty database named _ga is a stored _ga)', () => {
    new FakeFactory().open('_ga', 1);
    expect(calls).toEqual([['open', '_ga', 1]]);
    expect(reported()).toEqual([['indexedDB', '_ga', '_ga', 3]]);
    expect(typeof events[0]?.t).toBe('number');
  });

  it('put and add report the record as store|key|fields under the database name, and still run', () => {
    store('amplitude_id_x', 'ids').put('8f3a1c2e-77aa-4b1c-9d2e-5f6a7b8c9d0e', 'deviceId');
    store('keyval-store', 'keyval').add({ id: 'u-1', n: 42, nested: { x: 'no' }, flag: true });
    expect(calls.map((c) => c[0])).toEqual(['put', 'add']);
    expect(reported()).toEqual([
      ['indexedDB', 'amplitude_id_x', 'ids|deviceId|8f3a1c2e-77aa-4b1c-9d2e-5f6a7b8c9d0e', 49],
      ['indexedDB', 'keyval-store', 'keyval||u-1|42', 14],
    ]);
  });

  it('a getter in the record is never run again, and a | in a store name cannot move the record key', () => {
    let runs = 0;
    const value = {
      id: 'kept',
      get secret(): string {
        runs += 1;
        return 'never read';
      },
    };
    store('db', 'a|b').put(value, '_ga');
    expect(runs).toBe(0);
    expect(reported()).toEqual([['indexedDB', 'db', 'a/b|_ga|kept', 12]]);
  });

  it('a put the browser refused (it threw) reports nothing', () => {
    expect(() => store('db', 's').put('throw')).toThrow(DOMException);
    expect(events).toEqual([]);
  });
});
