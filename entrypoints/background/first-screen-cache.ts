// The popup's first screen as the worker builds it (utils/view/first-screen.ts). Chrome's worker loads it from its own
// script at the popup's first connect (wxt.config.ts aliases this file to first-screen-lazy.ts there, and
// entrypoints/first-screen.ts is that script), so that a wake does not load the view and consent header code; Firefox's
// background bundles it.
export { FirstScreenCache } from '../../utils/view/first-screen.ts';
