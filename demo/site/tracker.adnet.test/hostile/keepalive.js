// Issue 15 (residual): a tracker that sends with fetch(…, {keepalive: true}) instead of navigator.sendBeacon, once with
// an init dictionary and once with a Request that carries keepalive itself, so that its requests outlive the page.
(function () {
  fetch('https://tracker.adnet.test/beacon?ka=init', { method: 'POST', body: 'uid=ka-1', keepalive: true });
  fetch(
    new Request('https://tracker.adnet.test/beacon?ka=request', { method: 'POST', body: 'uid=ka-2', keepalive: true }),
  );
  // An ordinary fetch of the same script: not a beacon, so the hook claims nothing for it.
  fetch('https://tracker.adnet.test/beacon?ka=plain', { method: 'POST', body: 'uid=ka-3' });
})();
