// The isolated world's bounded read of a database its listing found new (database-poll.ts): the first records of its
// first stores, as recordText lines. Read-only, and out of the page's way: a database gone since the listing is not
// made again (its creation is aborted), and a page that upgrades or deletes it closes our connection at once.
import { MAX_VALUE } from './contract.ts';
import { recordText } from './idb-record-text.ts';

/** Stores read at most, records read at most a store, and the longest a read may take. */
export const MAX_STORES = 10;
export const MAX_RECORDS = 5;
const READ_MS = 2000;

const kit = {
  keys: (o: object): string[] => Object.keys(o),
  own: (o: unknown, k: string): unknown =>
    typeof o === 'object' && o !== null ? Object.getOwnPropertyDescriptor(o, k)?.value : undefined,
};

/** The database's first records, one line each ('' when it has none or cannot be read). */
export function readDatabase(factory: IDBFactory, name: string): Promise<string> {
  return new Promise((resolve) => {
    const lines = new Map<string, string[]>();
    let db: IDBDatabase | undefined;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        db?.close();
      } catch {
        // closed already
      }
      const all = [...lines.values()].flat().join('\n');
      resolve(all.length > MAX_VALUE ? all.slice(0, MAX_VALUE) : all);
    };
    const timer = setTimeout(finish, READ_MS);
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name);
    } catch {
      finish();
      return;
    }
    // No such database any more: opening it would make it; the aborted upgrade leaves nothing behind.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      finish();
    };
    req.onblocked = finish;
    req.onsuccess = () => {
      db = req.result;
      db.onversionchange = finish; // the page upgrades or deletes it: step aside at once
      const stores = Array.from(db.objectStoreNames).slice(0, MAX_STORES);
      if (stores.length === 0) return finish();
      let tx: IDBTransaction;
      try {
        tx = db.transaction(stores, 'readonly');
      } catch {
        return finish();
      }
      tx.oncomplete = finish;
      tx.onabort = finish;
      tx.onerror = finish;
      for (const store of stores) {
        const mine: string[] = [];
        lines.set(store, mine);
        const cursor = tx.objectStore(store).openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          mine.push(recordText(kit, store, c.key, c.value));
          if (mine.length < MAX_RECORDS) c.continue();
        };
      }
    };
  });
}
