// Session 18 (cachegaps): 520 harmless entries of each kind, then, once the recorder has listed them, an id behind them
// (see stored-flood.html).
const FLOOD = 520;
(async () => {
  const assets = await caches.open('assets');
  const root = await navigator.storage.getDirectory();
  const dir = await root.getDirectoryHandle('assets', { create: true });
  const bytes = new TextEncoder().encode('harmless');
  for (let i = 0; i < FLOOD; i++) {
    const n = String(i).padStart(4, '0');
    await assets.put(`/hostile/asset-${n}.css`, new Response('body{}'));
    const h = await (await dir.getFileHandle(`a${n}`, { create: true })).createSyncAccessHandle();
    h.write(bytes, { at: 0 });
    h.close();
  }
  await new Promise((r) => setTimeout(r, 1500));
  const ids = await caches.open('flood-ids'); // made after 'assets': listed behind its 520 entries
  await ids.put('/hostile/stored-flood-id?uid=flood-cache-1', new Response('uid=flood-cache-1'));
  const h = await (await dir.getFileHandle('zz-visitor', { create: true })).createSyncAccessHandle();
  h.write(new TextEncoder().encode('GA1.1.999999999.1700000009'), { at: 0 });
  h.close();
  postMessage('stored-flood-done');
})();
