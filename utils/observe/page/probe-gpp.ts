// IAB GPP probe: the page's own __gpp (ping, and its event listener).
import { MAX_GPP_STRING, MAX_SECTIONS } from './contract.ts';
import type { Intrinsics } from './intrinsics.ts';
import { isFn, type ProbeKit, type ProbeWindow } from './probe-kit.ts';

const MAX_DISCOVERIES = 10;

export function gppProbe(win: ProbeWindow, kit: ProbeKit, { isArray }: Intrinsics): () => void {
  const { now, read, isObj, isCount, callPage, send, guarded } = kit;
  let gppLast = '';
  const onGpp = (data: unknown, success: unknown): void => {
    if (success === false || !isObj(data)) return;
    const gppString = read(data, 'gppString');
    if (typeof gppString !== 'string' || gppString.length > MAX_GPP_STRING) return;
    const list = read(data, 'applicableSections');
    let sections = '';
    if (isArray(list)) {
      const n = read(list, 'length');
      for (let i = 0; isCount(n) && i < n && i < MAX_SECTIONS; i++) {
        const s = read(list, i);
        if (typeof s === 'number' && s % 1 === 0 && s >= -1 && s <= 10_000) sections += (sections ? ',' : '') + s;
      }
    }
    const key = gppString + '|' + sections;
    if (key === gppLast) return;
    gppLast = key;
    send('page-gpp', { k: 'page-gpp', t: now(), gppString, sections: '[' + sections + ']' });
  };
  const onPing = guarded((d, s) => onGpp(d, s));
  const onGppEvent = guarded((d, s) => {
    const ping = read(d, 'pingData');
    onGpp(isObj(ping) ? ping : d, s);
  });
  let gppFn: unknown;
  let gppFound = 0;
  return (): void => {
    const fn = read(win, '__gpp');
    if (!isFn(fn) || fn === gppFn || gppFound >= MAX_DISCOVERIES) return;
    gppFn = fn;
    gppFound += 1;
    const sync = callPage(fn, win, ['ping', onPing]);
    if (isObj(sync)) onPing(sync, true); // GPP 1.0 answers ping by return value
    callPage(fn, win, ['addEventListener', onGppEvent]);
  };
}
