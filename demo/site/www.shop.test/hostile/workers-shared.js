// A shared worker's request: Chrome names no tab for it.
fetch('https://tracker.adnet.test/pixel.gif?uid=shared-worker', { credentials: 'include', mode: 'no-cors' });
