// adnet "audience script" (demo, issue 17): keeps the SHA-256 of the typed e-mail address in the page's localStorage
// when the visitor leaves the field, to send it later; nothing leaves the page at once, the copy waits on the device.
(function () {
  function hex(buf) {
    return Array.from(new Uint8Array(buf), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }
  document.addEventListener('blur', function (e) {
    var el = e.composedPath()[0];
    if (!el || el.type !== 'email' || !el.value) return;
    crypto.subtle.digest('SHA-256', new TextEncoder().encode(el.value.trim().toLowerCase())).then(function (d) {
      localStorage.setItem('_adnet_em', JSON.stringify({ h: hex(d), at: Date.now() }));
    });
  }, true);
})();
