// The tracker frame's service worker reports on install, as a first-party one would (see www.shop.test/kinds/sw.js).
self.addEventListener('install', (e) => e.waitUntil(fetch('/beacon?worker=frame-sw', { method: 'POST', body: 'cid=w-1' })));
