// Issue 15.6: a tracker-like ID stored in IndexedDB from a dedicated worker (see realm-worker.html).
const open = indexedDB.open('amplitude_id_worker_realm', 1);
open.onupgradeneeded = () => open.result.createObjectStore('ids');
open.onsuccess = () => {
  const tx = open.result.transaction('ids', 'readwrite');
  tx.objectStore('ids').put('device-worker-1', 'deviceId');
  tx.oncomplete = () => postMessage('realm-worker-done');
};
