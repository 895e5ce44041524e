// IndexedDB write hooks: `indexedDB.open(name)` (the database exists from then on: its name is the value) and
// `IDBObjectStore.put`/`add` (the record, as `store|key|fields`): each a write of the database, keyed by its name.
import { MAX_NAME, MAX_VALUE, type Emit, type Trace } from './contract.ts';
import type { HookKit } from './hook-kit.ts';
import { recordText } from './idb-record-text.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;

export function installIndexedDbHooks(
  win: Win,
  emit: Emit,
  trace: () => Trace | undefined,
  i: Intrinsics,
  kit: HookKit,
): void {
  const { apply, keys } = i;
  const { now, cap, text, arg, getter, own, hookMethod } = kit;
  const report = (db: string, value: string): void => {
    emit(
      {
        k: 'page-storage',
        t: now(),
        api: 'indexedDB',
        key: cap(db, MAX_NAME),
        value: cap(value, MAX_VALUE),
        valueLength: value.length,
      },
      trace(),
    );
  };

  hookMethod(win.IDBFactory?.prototype, 'open', (_self, args) => {
    const name = text(arg(args, 0));
    if (name !== undefined) report(name, name);
  });

  // The native getters, taken now: the store, its transaction and its database are the browser's own objects (the
  // original call succeeded on them).
  const storeName = getter(win.IDBObjectStore?.prototype, 'name');
  const storeTx = getter(win.IDBObjectStore?.prototype, 'transaction');
  const txDb = getter(win.IDBTransaction?.prototype, 'db');
  const dbName = getter(win.IDBDatabase?.prototype, 'name');
  const rk = { keys, own };
  const record = (self: unknown, args: unknown[]): void => {
    if (!storeName || !storeTx || !txDb || !dbName) return;
    const db = text(apply(dbName, apply(txDb, apply(storeTx, self, []), []), []));
    const store = text(apply(storeName, self, []));
    if (db === undefined || store === undefined) return;
    report(db, recordText(rk, store, arg(args, 1), arg(args, 0)));
  };
  hookMethod(win.IDBObjectStore?.prototype, 'put', record);
  hookMethod(win.IDBObjectStore?.prototype, 'add', record);
}
