// Shared by the consent fixtures: a banner whose buttons call window.fixtureChoice(action), then what a careless
// site does after each answer. Each page defines fixtureChoice to store its CMP's signal.
(function () {
  const run = Math.random().toString(36).slice(2, 8);
  // Tracking before any answer: the classic finding.
  new Image().src = 'https://tracker.adnet.test/pixel.gif?uid=pre-' + run;
  // ?reload: the consent tool reloads the page right after the answer (an option of several real ones); the careless
  // site's tracking of the answer is sent first, so that it is in the replaced document only.
  const reload = new URLSearchParams(location.search).has('reload');
  function after(action) {
    if (reload) setTimeout(() => location.reload(), 600);
    setTimeout(() => {
      if (action === 'accept') {
        document.cookie = '_ga=GA1.1.' + run + '.1; path=/; max-age=31536000';
        new Image().src = 'https://tracker.adnet.test/pixel.gif?uid=post-accept-' + run;
      } else {
        // A Google hit that claims consent although the visitor rejected: contradiction and tracking after reject.
        navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&tid=G-DEMO&cid=' + run + '&gcs=G111&en=page_view');
      }
      document.body.dataset.after = action;
    }, reload ? 100 : 1500);
  }
  window.addEventListener('DOMContentLoaded', () => {
    for (const action of ['accept', 'reject']) {
      document.getElementById(action).addEventListener('click', () => {
        window.fixtureChoice(action);
        document.getElementById('banner').hidden = true;
        document.body.dataset.choice = action;
        after(action);
      });
    }
  });
})();
