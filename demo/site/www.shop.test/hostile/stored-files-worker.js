// Session 16: a Google Analytics client ID kept in an OPFS file (sync access handle, workers only) and a cached
// response, from a dedicated worker where no hook of ours runs (see stored-files.html).
(async () => {
  const root = await navigator.storage.getDirectory();
  const handle = await (await root.getFileHandle('_ga', { create: true })).createSyncAccessHandle();
  handle.write(new TextEncoder().encode('GA1.1.222222222.1700000002'), { at: 0 });
  handle.flush();
  handle.close();
  const cache = await caches.open('worker-ids');
  await cache.put('/hostile/stored-files-worker?uid=ca-worker-1', new Response('uid=ca-worker-1'));
  postMessage('stored-files-worker-done');
})();
