import { describe, expect, it, vi } from 'vitest';
import { MemoryArea, numberedRequests, settle } from '../../test/support/session-area.ts';

const req = numberedRequests('script');

/** The store and the host cache as a freshly started worker has them: module state from scratch. */
async function freshWorker() {
  vi.resetModules();
  const party = await import('../url/party.ts');
  const { TabStore } = await import('./tab-store.ts');
  const chunks = await import('./tab-chunks.ts');
  return { party, TabStore, chunks };
}

const PAGE = [
  'https://www.shop.example.co.uk/',
  'https://cdn.shop.example.co.uk/app.js',
  'https://tracker.example.github.io/p.gif',
  'https://192.0.2.7/x.js',
  'https://[2001:db8::1]/y.js',
  'https://localhost/z.js',
];

async function storedPage(): Promise<{ area: MemoryArea; record: unknown }> {
  const { TabStore } = await freshWorker();
  const area = new MemoryArea();
  const s = new TabStore(area);
  s.push(1, req(1, PAGE[0]!, 'main_frame'));
  for (const url of PAGE.slice(1)) s.push(1, req(1, url));
  await s.settled();
  return { area, record: s.builder(1)!.record };
}

describe('host infos stored with the tab state', () => {
  it('a woken worker restores the record exactly without computing any host of it again', async () => {
    const { area, record } = await storedPage();
    const { party, TabStore, chunks } = await freshWorker();
    const hostKeys = [...area.data.keys()].filter((k) => k.startsWith(chunks.HOSTS_PREFIX));
    expect(hostKeys).toHaveLength(1);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(1)!.record).toEqual(record);
    expect(party.takeComputedHosts()).toEqual([]);
    // The stored infos are the ones the suffix table gives.
    const fresh = await freshWorker();
    for (const [raw, site, ip] of JSON.parse(area.data.get(hostKeys[0]!) as string) as Array<[string, string, 0 | 1]>)
      expect([raw, site, ip === 1]).toEqual([raw, fresh.party.hostInfo(raw).site, fresh.party.hostInfo(raw).isIp]);
  });

  it('without them, the same restore computes the hosts again (and gets the same record)', async () => {
    const { area, record } = await storedPage();
    const { party, TabStore, chunks } = await freshWorker();
    for (const k of [...area.data.keys()]) if (k.startsWith(chunks.HOSTS_PREFIX)) area.data.delete(k);
    const restored = new TabStore(area);
    await restored.ready;
    expect(restored.builder(1)!.record).toEqual(record);
    expect(party.takeComputedHosts().map((h) => h[0])).toEqual(
      expect.arrayContaining(['www.shop.example.co.uk', 'cdn.shop.example.co.uk', '192.0.2.7']),
    );
  });

  it('a host seen before the wake is not stored twice; a new one is stored with the next write', async () => {
    const { area } = await storedPage();
    const { TabStore, chunks } = await freshWorker();
    const s = new TabStore(area);
    s.push(1, req(1, 'https://cdn.shop.example.co.uk/more.js'));
    s.push(1, req(1, 'https://new.example.org/n.js'));
    await s.settled();
    const stored = [...area.data]
      .filter(([k]) => k.startsWith(chunks.HOSTS_PREFIX))
      .flatMap(([, v]) => JSON.parse(v as string) as unknown[]);
    expect(stored.filter((h) => (h as string[])[0] === 'cdn.shop.example.co.uk')).toHaveLength(1);
    expect(stored).toContainEqual(['new.example.org', 'example.org', 0]);
  });

  it('stores at most HOSTS_MAX hosts of at most HOST_STORED_CHARS characters', async () => {
    const { TabStore, chunks } = await freshWorker();
    const area = new MemoryArea();
    const s = new TabStore(area);
    s.push(1, req(1, 'https://www.example.com/', 'main_frame'));
    s.push(1, req(1, `https://${'l'.repeat(chunks.HOST_STORED_CHARS)}.example.com/x.js`));
    for (let i = 0; i < chunks.HOSTS_MAX + 50; i++) {
      s.push(1, req(1, `https://h${i}.example.net/x.js`));
      if (i % 500 === 0) await settle();
    }
    await s.settled();
    const stored = [...area.data]
      .filter(([k]) => k.startsWith(chunks.HOSTS_PREFIX))
      .flatMap(([, v]) => JSON.parse(v as string) as string[][]);
    expect(stored).toHaveLength(chunks.HOSTS_MAX);
    expect(stored.every((h) => h[0]!.length <= chunks.HOST_STORED_CHARS)).toBe(true);
    expect(s.builder(1)!.record!.requests).toHaveLength(chunks.HOSTS_MAX + 52);
  });

  it('ignores stored entries of another shape', async () => {
    const { party } = await freshWorker();
    party.takeComputedHosts();
    party.seedHosts([['a.example', 'a.example', 2], ['b.example', 7, 0], 'c.example', ['d.example', 'd.example']]);
    party.seedHosts({ 0: ['e.example', 'x', 0] });
    for (const h of ['a.example', 'b.example', 'd.example']) party.hostInfo(h);
    expect(party.takeComputedHosts().map((h) => h[0])).toEqual(['a.example', 'b.example', 'd.example']);
  });
});
