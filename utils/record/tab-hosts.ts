// The host infos stored beside the tab chunks: a woken worker restores its tabs without building the suffix table.
import { seedHosts, takeComputedHosts } from '../url/party.ts';
import { HOST_STORED_CHARS, HOSTS_MAX, HOSTS_PREFIX } from './tab-chunks.ts';

export class TabHosts {
  /** Host infos in storage, counted against HOSTS_MAX. */
  private stored = 0;

  constructor() {
    takeComputedHosts(); // from now on, the hosts computed are kept for the next write
  }

  /** Puts the stored host infos of `all` (session storage's content) into the host cache; before the replay. */
  restore(all: Record<string, unknown>): void {
    for (const key of Object.keys(all)) {
      const text = key.startsWith(HOSTS_PREFIX) ? all[key] : null;
      if (typeof text !== 'string') continue;
      try {
        const list: unknown = JSON.parse(text);
        seedHosts(list);
        if (Array.isArray(list)) this.stored += list.length;
      } catch {
        // unreadable: those hosts are computed again when they come
      }
    }
  }

  /** Adds the hosts computed since the last write to a write's items, under a new key, while HOSTS_MAX allows. */
  addTo(items: Record<string, string>, newKey: () => string): void {
    const hosts = takeComputedHosts()
      .filter((h) => h[0].length <= HOST_STORED_CHARS)
      .slice(0, Math.max(0, HOSTS_MAX - this.stored));
    if (hosts.length === 0) return;
    this.stored += hosts.length;
    items[`${HOSTS_PREFIX}${newKey()}`] = JSON.stringify(hosts);
  }
}
