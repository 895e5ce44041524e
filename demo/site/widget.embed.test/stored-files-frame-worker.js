// Session 17 (pollcost, idbframes): an OPFS file and an IndexedDB database written by a frame's worker
// (stored-files-frame.html), each found only by a listing.
(async () => {
  const name = new URLSearchParams(location.search).get('name') ?? '_ga_frame';
  const root = await navigator.storage.getDirectory();
  const handle = await (await root.getFileHandle(name, { create: true })).createSyncAccessHandle();
  handle.write(new TextEncoder().encode(`GA1.1.555555555.${name}`), { at: 0 });
  handle.flush();
  handle.close();
  // Session 17 (idbframes): an IndexedDB database too, found only by a listing (in a same-origin frame, the top's).
  await new Promise((done, fail) => {
    const open = indexedDB.open(`${name}_idb`);
    open.onsuccess = () => done(open.result.close());
    open.onerror = () => fail(open.error);
  });
  postMessage('done');
})();
