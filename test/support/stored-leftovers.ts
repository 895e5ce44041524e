// What a page's origin still holds in the Cache API and OPFS, read in the page (Playwright's and Puppeteer's
// `page.evaluate(storedLeftovers)` both serialise it): the clean-audit tests of either engine.

/** Cache entries' URLs (`cache <name> <url>`) and top-level OPFS names (`opfs <name>`). */
export async function storedLeftovers(): Promise<string[]> {
  const out: string[] = [];
  for (const name of await caches.keys())
    for (const req of await (await caches.open(name)).keys()) out.push(`cache ${name} ${req.url}`);
  const root = (await navigator.storage.getDirectory()) as FileSystemDirectoryHandle & {
    keys(): AsyncIterable<string>;
  };
  for await (const name of root.keys()) out.push(`opfs ${name}`);
  return out;
}
