// The service worker of hostile/detect-hints-frames.html: answers what its own client hints give away ('' for nothing).
self.addEventListener('message', (e) => {
  e.waitUntil(
    navigator.userAgentData
      .getHighEntropyValues(['architecture', 'bitness', 'formFactors', 'fullVersionList', 'uaFullVersion'])
      .then((h) => {
        const empty = !h.fullVersionList?.length || !h.uaFullVersion || !h.architecture || !h.bitness || !h.formFactors?.length;
        e.source.postMessage(empty ? 'sw:empty-client-hints' : '');
      }),
  );
});
