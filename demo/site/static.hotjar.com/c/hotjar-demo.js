// Local stand-in for a session-replay script (demo, issue 17), served under Hotjar's real script host so the knowledge
// layer names the service. It is not Hotjar's code: it only sends what a visitor types, unmasked, as a misconfigured
// recorder would, so that "Test forms" has something to find.
(function () {
  var typed = {};
  document.addEventListener('input', function (e) {
    var el = e.composedPath()[0];
    if (!el || el.type === 'password' || typeof el.value !== 'string') return;
    typed[el.name || el.id || 'field'] = el.value;
  }, true);
  document.addEventListener('focusout', function () {
    if (Object.keys(typed).length) navigator.sendBeacon('https://static.hotjar.com/rec', JSON.stringify({ keys: typed }));
  }, true);
})();
