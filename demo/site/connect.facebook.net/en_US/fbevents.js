// fbevents.js stub for the demo (not Meta's code): sets _fbp like the Meta Pixel does and sends a PageView.
(function () {
  var labels = location.hostname.split('.');
  var domain = labels.slice(-2).join('.');
  var m = /(?:^|;\s*)_fbp=([^;]+)/.exec(document.cookie);
  var fbp = m ? m[1] : 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 2147483647);
  document.cookie = '_fbp=' + fbp + '; Domain=' + domain + '; Path=/; Max-Age=7776000; SameSite=Lax; Secure';
  var img = new Image(1, 1);
  img.src = 'https://www.facebook.com/tr?id=000000000000000&ev=PageView&fbp=' + encodeURIComponent(fbp) +
    '&dl=' + encodeURIComponent(location.href);
})();
