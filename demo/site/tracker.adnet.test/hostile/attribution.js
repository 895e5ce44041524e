// Issue 15.5: the tracker's own writes, after the page's first-party pre-write of the same cookie name.
(function () {
  document.cookie = '_ga=GA1.1.tracker.1700000000; path=/; max-age=3600';
  localStorage.setItem('adnet_uid', 'u-42');
  // Called again by the page once it has poisoned the stack machinery.
  window.adnetWrite = function (name) {
    document.cookie = name + '=tracked; path=/; max-age=3600';
  };
})();
