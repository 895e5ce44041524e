// adnet tracker (demo): a third-party script that identifies the visitor in every way it can.
(function () {
  // A visitor id as ad tech writes them: long and random.
  var uid = 'u' + Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12);
  localStorage.setItem('adnet_uid', uid);
  // A first-party cookie written by a third-party script, like Google Analytics' _ga.
  document.cookie = '_adnet_id=' + uid + '; Domain=shop.test; Path=/; Max-Age=63072000; SameSite=Lax; Secure';
  // The pixel's response sets the third-party cookie adnet_uid.
  var img = new Image(1, 1);
  img.src = 'https://tracker.adnet.test/pixel.gif?uid=' + uid;
  navigator.sendBeacon('https://tracker.adnet.test/beacon', JSON.stringify({ uid: uid, page: location.href }));
})();
