import { describe, expect, it } from 'vitest';
import { START, Visit } from '../../test/support/findings.ts';
import { compareProfiles, type ProfileVerdict } from './profile-compare.ts';
import { cookieKey, requestValues, storageKey } from './profile-keys.ts';

const SCENARIOS = ['none', 'reject', 'accept'];
const IDS = ['k3x9q2mz', 'p81vdw0c', 'z7m4tq1e'];
const LONG = 'c0ffee5a1b2c3d4e5f60718293a4b5c6';
const PX = 'https://px.unknown-metrics.example/c.gif';

/** The verdict at `key` for the first scenario, each profile filled by `fill(visit, profile index)`. */
function verdictOf(fill: (v: Visit, i: number) => Visit, key: string, profiles = 3): ProfileVerdict | null {
  const inputs = SCENARIOS.slice(0, profiles).map((scenario, i) => ({
    scenario,
    record: fill(new Visit(), i).record(),
  }));
  return compareProfiles(inputs).get('none')!.verdict(key);
}

const paramKey = (url: string, label: string): string => requestValues(url).find((p) => p.label === label)!.key;
const img = { type: 'image' };

describe('compareProfiles', () => {
  it.each<[string, (v: Visit, i: number) => Visit, string, ProfileVerdict | null, number?]>([
    [
      'a short cookie id that differs: per-visitor',
      (v, i) => v.scriptCookie('vid', IDS[i]!, 100, 'https://www.shop.example/app.js'),
      cookieKey('vid', '.shop.example'),
      { kind: 'differs', scenarios: SCENARIOS },
    ],
    [
      'a storage id that differs: per-visitor',
      (v, i) => v.storage('uid', IDS[i]!, 100),
      storageKey('localStorage', 'https://www.shop.example', 'uid'),
      { kind: 'differs', scenarios: SCENARIOS },
    ],
    [
      'a long random-looking value the same in all: same, looks random',
      (v) => v.req(`${PX}?k=${LONG}`, 200, img),
      paramKey(`${PX}?k=${LONG}`, 'k'),
      { kind: 'same', scenarios: SCENARIOS, random: true },
    ],
    [
      'an account id the same in all: same, a constant',
      (v) => v.req(`${PX}?tid=G-8KX2QZ7LMW`, 200, img),
      paramKey(`${PX}?tid=G-8KX2QZ7LMW`, 'tid'),
      { kind: 'same', scenarios: SCENARIOS, random: false },
    ],
    [
      'only one scenario recorded: nothing to compare',
      (v, i) => v.scriptCookie('vid', IDS[i]!, 100, 'https://www.shop.example/app.js'),
      cookieKey('vid', '.shop.example'),
      null,
      1,
    ],
    [
      'two scenarios recorded: compared',
      (v, i) => (i === 2 ? v : v.storage('uid', IDS[i]!, 100)),
      storageKey('localStorage', 'https://www.shop.example', 'uid'),
      { kind: 'differs', scenarios: ['none', 'reject'] },
    ],
    [
      'a parameter id sent twice in each profile: per-visitor',
      (v, i) => v.req(`${PX}?u=${IDS[i]}`, 200, img).req(`${PX}?u=${IDS[i]}&e=2`, 300, img),
      paramKey(`${PX}?u=x`, 'u'),
      { kind: 'differs', scenarios: SCENARIOS },
    ],
    [
      'a parameter id the page also stored: per-visitor',
      (v, i) => v.storage('uid', IDS[i]!, 100).req(`${PX}?u=${IDS[i]}`, 200, img),
      paramKey(`${PX}?u=x`, 'u'),
      { kind: 'differs', scenarios: SCENARIOS },
    ],
    [
      'a value sent once per profile and never stored: could be a nonce, no verdict',
      (v, i) => v.req(`${PX}?u=${IDS[i]}`, 200, img),
      paramKey(`${PX}?u=x`, 'u'),
      null,
    ],
    [
      'a cache-buster that changes within a profile: no verdict',
      (v, i) => v.req(`${PX}?cb=${IDS[i]}`, 200, img).req(`${PX}?cb=${IDS[(i + 1) % 3]}`, 300, img),
      paramKey(`${PX}?cb=x`, 'cb'),
      null,
    ],
    [
      'timestamps that differ: no id',
      (v, i) => v.storage('last', String(START + 1000 * i), 100),
      storageKey('localStorage', 'https://www.shop.example', 'last'),
      null,
    ],
    [
      'a counter that differs: no id',
      (v, i) => v.storage('n', `evt100000${i}`, 100),
      storageKey('localStorage', 'https://www.shop.example', 'n'),
      null,
    ],
    [
      'Math.random() that differs: no id',
      (v, i) => v.storage('r', `0.83726154${i}3`, 100),
      storageKey('localStorage', 'https://www.shop.example', 'r'),
      null,
    ],
    [
      'an id in a path segment, sent twice: per-visitor',
      (v, i) =>
        v
          .req(`https://px.unknown-metrics.example/c/${IDS[i]}1/p.gif`, 200, img)
          .req(`https://px.unknown-metrics.example/c/${IDS[i]}1/p.gif?e=2`, 300, img),
      requestValues('https://px.unknown-metrics.example/c/abcdef12/p.gif').find((p) => p.label === 'path segment 2')!
        .key,
      { kind: 'differs', scenarios: SCENARIOS },
    ],
  ])('%s', (_name, fill, key, expected, profiles) => {
    expect(verdictOf(fill, key, profiles)).toEqual(expected);
  });
});
