// What demo/site/www.shop.test/hostile/detect-hooks.html watches: every page function and getter the probes reach there
// (the page lists the ones that ran, sorted). Shared by the Chromium and the Firefox test of that page.
export const DETECT_HOOKS_CALLED = [
  '__gpp-getter',
  '__gpp:addEventListener',
  '__gpp:ping',
  '__tcfapi:addEventListener',
  '__tcfapi:getTCData',
  'dataLayer-entry-getter',
  'dataLayer.push',
  'gppData:gppString',
  'gppData:tcString',
  'tcData:gppString',
  'tcData:tcString',
];
