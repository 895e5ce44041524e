// Session 18 (cachegaps): an empty cache and an empty OPFS folder whose names are known tracking ids, from a dedicated
// worker where no hook of ours runs (see stored-names.html).
(async () => {
  await caches.open('_uetvid');
  const root = await navigator.storage.getDirectory();
  await root.getDirectoryHandle('_gid', { create: true });
  postMessage('stored-names-worker-done');
})();
