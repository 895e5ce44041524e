// Session 18 (idbfind): a Meta Pixel browser id kept as a record key in a worker's database, where no hook runs (see
// idb-id.html). Written in the upgrade, so the database is listed with its record.
const open = indexedDB.open('worker-kv', 1);
open.onupgradeneeded = () => open.result.createObjectStore('keyval').put('fb.1.1700000000.888888888', '_fbp');
open.onsuccess = () => {
  open.result.close();
  postMessage('idb-id-worker-done');
};
