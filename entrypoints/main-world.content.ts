// Main-world content script: hooks the page's write APIs before any page script runs (see
// utils/observe/page/install.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMainWorld } from '../utils/observe/page/install.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // Same-origin blob: and data: frames too (issue 15.6): the page's origin writes from there, where no URL pattern
  // matches.
  matchOriginAsFallback: true,
  // No global variable: the page must not see (or overwrite) anything of ours.
  globalName: false,
  main() {
    startMainWorld(window);
  },
});
