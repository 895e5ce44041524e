// Embedded widget (demo): third-party cookie by script, sessionStorage and IndexedDB in its own (partitioned) origin.
(function () {
  document.cookie = 'widget_seen=' + Date.now() + '; Path=/; Max-Age=2592000; SameSite=None; Secure';
  sessionStorage.setItem('widget_state', JSON.stringify({ open: false, shown: Date.now() }));
  var req = indexedDB.open('widget-db', 1);
  req.onupgradeneeded = function () {
    req.result.createObjectStore('views', { autoIncrement: true });
  };
  req.onsuccess = function () {
    var db = req.result;
    var tx = db.transaction('views', 'readwrite');
    tx.objectStore('views').add({ t: Date.now() });
    tx.oncomplete = function () { db.close(); };
  };
})();
