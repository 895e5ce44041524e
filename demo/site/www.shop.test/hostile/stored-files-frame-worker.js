// Session 17 (pollcost): an OPFS file written by a frame's worker (stored-files-frame.html), found only by a listing.
(async () => {
  const name = new URLSearchParams(location.search).get('name') ?? '_ga_frame';
  const root = await navigator.storage.getDirectory();
  const handle = await (await root.getFileHandle(name, { create: true })).createSyncAccessHandle();
  handle.write(new TextEncoder().encode(`GA1.1.555555555.${name}`), { at: 0 });
  handle.flush();
  handle.close();
  postMessage('done');
})();
