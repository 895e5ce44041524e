import { describe, expect, it } from 'vitest';
import { hostInfo } from '../url/party.ts';
import { HOST_HASH_SEED, hostHashStep, hostOfUrl } from '../url/url.ts';
import { HostTable } from './host-table.ts';

const hashOf = (s: string): number => {
  let h = HOST_HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hostHashStep(h, s.charCodeAt(i));
  return h;
};

// Two different hosts with the same hash (found by counting up `h<base36>.example` until two collided).
const COLLIDING = ['h10wzx.example', 'h1f6cd.example'] as const;

describe('HostTable', () => {
  it('gives the host the URL parser gives, with its site, for plain and unusual URLs', () => {
    const urls = [
      'https://www.shop.example/a?b=c',
      'https://cdn.shop.example:8443/x',
      'http://tracker.example.co.uk',
      'wss://socket.example.net/ws',
      'https://WWW.Upper.Example/path',
      'https://xn--mnchen-3ya.de/',
      'https://[2001:db8::1]/p',
      'https://127.0.0.1/p',
      'https://user@host.example/p',
      'data:text/plain,hi',
      'not a url',
    ];
    const t = new HostTable();
    for (const url of urls) {
      const host = hostOfUrl(url);
      const known = t.ofUrl(url);
      expect(known?.host ?? null, url).toBe(host || null);
      if (known) expect(known.site, url).toBe(hostInfo(known.host).site);
    }
  });

  it('hands out one host object per host, whatever URL or string it came from', () => {
    const t = new HostTable();
    const a = t.ofUrl('https://px.tracker.example/one');
    const b = t.ofUrl('https://px.tracker.example:443/two?x=1');
    expect(b).toBe(a);
    expect(t.of('px.tracker.example')).toBe(a);
    expect(t.ofUrl('https://px.tracker.example.evil/')).not.toBe(a);
    expect(t.ofUrl('https://x.tracker.example/')).not.toBe(a);
    expect([...t.hosts]).toEqual(['px.tracker.example', 'px.tracker.example.evil', 'x.tracker.example']);
  });

  it('keeps hosts whose hashes collide apart', () => {
    const [one, two] = COLLIDING;
    expect(hashOf(one)).toBe(hashOf(two));
    const t = new HostTable();
    const a = t.ofUrl(`https://${one}/`);
    const b = t.ofUrl(`https://${two}/`);
    expect(a?.host).toBe(one);
    expect(b?.host).toBe(two);
    expect(t.ofUrl(`https://${one}/again`)).toBe(a);
    expect(t.of(two)).toBe(b);
    expect(t.hosts.size).toBe(2);
  });

  it('forgets everything on clear', () => {
    const t = new HostTable();
    const a = t.ofUrl('https://a.example/');
    t.clear();
    expect(t.hosts.size).toBe(0);
    expect(t.ofUrl('https://a.example/')).not.toBe(a);
  });
});
