// gtag.js stub for the demo (not Google's code): sets _ga like GA4 does and sends one page_view hit, consent "denied" (gcs=G100).
(function () {
  var script = document.currentScript;
  var tid = 'G-DEMO';
  try {
    tid = new URL(script.src).searchParams.get('id') || tid;
  } catch (e) { /* keep the default */ }
  var labels = location.hostname.split('.');
  var domain = labels.slice(-2).join('.');
  var m = /(?:^|;\s*)_ga=GA1\.\d\.(\d+\.\d+)/.exec(document.cookie);
  var cid = m ? m[1] : Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
  var maxAge = 63072000;
  document.cookie = '_ga=GA1.1.' + cid + '; Domain=' + domain + '; Path=/; Max-Age=' + maxAge + '; SameSite=Lax; Secure';
  document.cookie = '_ga_' + tid.replace(/^G-/, '') + '=GS1.1.' + Math.floor(Date.now() / 1000) + '.1.0.0.0.0.0; Domain=' + domain +
    '; Path=/; Max-Age=' + maxAge + '; SameSite=Lax; Secure';
  var hit = 'https://www.google-analytics.com/g/collect?v=2&tid=' + encodeURIComponent(tid) + '&cid=' + encodeURIComponent(cid) +
    '&gcs=G100&en=page_view&dl=' + encodeURIComponent(location.href) + '&dt=' + encodeURIComponent(document.title);
  if (!navigator.sendBeacon(hit, '')) fetch(hit, { method: 'POST', mode: 'no-cors', keepalive: true });
})();
