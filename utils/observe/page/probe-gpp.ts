// IAB GPP probe: the page's own __gpp (ping, and its event listener).
import { MAX_GPP_STRING, MAX_SECTIONS } from './contract.ts';
import type { Intrinsics } from './intrinsics.ts';
import { isFn, type ProbeKit, type ProbeWindow } from './probe-kit.ts';

const MAX_DISCOVERIES = 10;

export function gppProbe(win: ProbeWindow, kit: ProbeKit, { isArray }: Intrinsics): () => void {
  const { now, own, isObj, isCount, callPage, snapshot, send, guarded } = kit;
  let gppLast = '';
  /** `data` is our own copy of the CMP's object (a snapshot): its fields are read as own data only. */
  const onGpp = (data: unknown, success: unknown, t: number): void => {
    if (success === false || !isObj(data)) return;
    const gppString = own(data, 'gppString');
    if (typeof gppString !== 'string' || gppString.length > MAX_GPP_STRING) return;
    const list = own(data, 'applicableSections');
    let sections = '';
    if (isArray(list)) {
      const n = own(list, 'length');
      for (let i = 0; isCount(n) && i < n && i < MAX_SECTIONS; i++) {
        const s = own(list, i);
        if (typeof s === 'number' && s % 1 === 0 && s >= -1 && s <= 10_000) sections += (sections ? ',' : '') + s;
      }
    }
    const key = gppString + '|' + sections;
    if (key === gppLast) return;
    gppLast = key;
    send('page-gpp', { k: 'page-gpp', t, gppString, sections: '[' + sections + ']' });
  };
  // The CMP calls these with its data: copied from a clean stack, read in the job after, timed at the call.
  const onPing = guarded((d, s) => {
    const t = now();
    snapshot(d, (copy) => onGpp(copy, s, t));
  });
  const onGppEvent = guarded((d, s) => {
    const t = now();
    snapshot(d, (copy) => {
      const ping = own(copy, 'pingData');
      onGpp(isObj(ping) ? ping : copy, s, t);
    });
  });
  let gppFn: unknown;
  let gppFound = 0;
  return (): void =>
    kit.global(win, '__gpp', (fn) => {
      if (!isFn(fn) || fn === gppFn || gppFound >= MAX_DISCOVERIES) return;
      gppFn = fn;
      gppFound += 1;
      // GPP 1.0 answers ping by return value: what the call returned comes in the job after it.
      callPage(fn, win, ['ping', onPing], (sync) => {
        if (isObj(sync)) onPing(sync, true);
      });
      callPage(fn, win, ['addEventListener', onGppEvent]);
    });
}
