// The dedicated worker of widget.embed.test/detect-hints-frame.html: what its client hints give away ('' for nothing).
navigator.userAgentData
  .getHighEntropyValues(['architecture', 'bitness', 'formFactors', 'fullVersionList', 'uaFullVersion'])
  .then((h) => {
    const empty = !h.fullVersionList?.length || !h.uaFullVersion || !h.architecture || !h.bitness || !h.formFactors?.length;
    postMessage(empty ? 'frame-worker:empty-client-hints' : '');
  });
