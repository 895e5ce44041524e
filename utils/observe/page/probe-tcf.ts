// IAB TCF v2 probes: the page's own __tcfapi, or, in a frame below a cross-origin CMP frame, its postMessage locator.
import { MAX_TC_STRING } from './contract.ts';
import type { Intrinsics } from './intrinsics.ts';
import { isFn, type Fn, type ProbeKit, type ProbeWindow } from './probe-kit.ts';

const MAX_DISCOVERIES = 10;
const LOCATOR_TRIES = 5;
const LOCATOR_RETRY_MS = 1000;

export interface TcfProbes {
  probeTcf(): void;
  probeLocator(): void;
}

/** `parentAtStart` is `window.parent` as read before any page script ran (the page can replace it). */
export function tcfProbes(win: ProbeWindow, kit: ProbeKit, i: Intrinsics, parentAtStart: unknown): TcfProbes {
  const { now, cap, read, isObj, isCount, callPage, send, guarded } = kit;
  const { apply, reflectGet, JSONObj, parse, strSlice, addListener, msgData, msgSource, random, MathObj } = i;

  let tcfLast = '';
  const onTcData = (data: unknown, success: unknown, fallbackStatus?: string): void => {
    if (success === false || !isObj(data)) return;
    const tcString = read(data, 'tcString');
    if (typeof tcString !== 'string' || tcString.length > MAX_TC_STRING) return;
    const rawStatus = read(data, 'eventStatus');
    const status = typeof rawStatus === 'string' ? cap(rawStatus, 32) : fallbackStatus;
    if (status === undefined) return;
    const cmpId = read(data, 'cmpId');
    const cmpVersion = read(data, 'cmpVersion');
    const gdprApplies = read(data, 'gdprApplies');
    const ev = {
      k: 'page-tcf',
      t: now(),
      tcString,
      eventStatus: status,
      ...(isCount(cmpId) ? { cmpId } : {}),
      ...(isCount(cmpVersion) ? { cmpVersion } : {}),
      ...(typeof gdprApplies === 'boolean' ? { gdprApplies } : {}),
    };
    const key =
      status +
      '|' +
      tcString +
      '|' +
      (isCount(cmpId) ? cmpId : '') +
      '|' +
      (isCount(cmpVersion) ? cmpVersion : '') +
      '|' +
      (typeof gdprApplies === 'boolean' ? gdprApplies : '');
    if (key === tcfLast) return; // stubs replaced by the real CMP, and CMPs that repeat themselves
    tcfLast = key;
    send('page-tcf', ev);
  };
  const onListener = guarded((d, s) => onTcData(d, s));
  const onGetTcData = guarded((d, s) => onTcData(d, s, 'getTCData'));
  let tcfFn: unknown;
  let tcfFound = 0;
  const probeTcf = (): void => {
    const fn = read(win, '__tcfapi');
    if (!isFn(fn) || fn === tcfFn || tcfFound >= MAX_DISCOVERIES) return;
    tcfFn = fn;
    tcfFound += 1;
    callPage(fn, win, ['getTCData', 2, onGetTcData]);
    callPage(fn, win, ['addEventListener', 2, onListener]);
  };

  // TCF from a child frame: the CMP's frame holds a child named __tcfapiLocator and answers postMessage calls.
  const callPrefix = 'consent-auditor-' + apply(strSlice, '' + apply(random, MathObj, []), [2, 14]) + '-';
  let locatorParent: unknown;
  let locatorPost: Fn | undefined;
  let locatorAnswered = false;
  let locatorTries = 0;
  let locatorLast = 0;
  const postLocatorCalls = (): void => {
    if (!locatorPost) return;
    locatorTries += 1;
    locatorLast = now();
    callPage(locatorPost, locatorParent, [
      { __tcfapiCall: { command: 'getTCData', version: 2, parameter: undefined, callId: callPrefix + 'get' } },
      '*',
    ]);
    callPage(locatorPost, locatorParent, [
      {
        __tcfapiCall: { command: 'addEventListener', version: 2, parameter: undefined, callId: callPrefix + 'listen' },
      },
      '*',
    ]);
  };
  const onMessage = (e: Event): void => {
    try {
      const source: unknown = msgSource ? apply(msgSource, e, []) : read(e, 'source');
      if (locatorParent === undefined || source !== locatorParent) return;
      let data: unknown = msgData ? apply(msgData, e, []) : read(e, 'data');
      if (typeof data === 'string') {
        if (data.length > MAX_TC_STRING * 2) return;
        data = apply(parse, JSONObj, [data]);
      }
      const ret = read(data, '__tcfapiReturn');
      const callId = read(ret, 'callId');
      if (callId === callPrefix + 'get' || callId === callPrefix + 'listen') locatorAnswered = true;
      if (callId === callPrefix + 'get') onTcData(read(ret, 'returnValue'), read(ret, 'success'), 'getTCData');
      else if (callId === callPrefix + 'listen') onTcData(read(ret, 'returnValue'), read(ret, 'success'));
    } catch {
      /* not for us */
    }
  };
  const probeLocator = (): void => {
    if (locatorParent !== undefined) {
      // The locator frame can exist before its CMP listens: unanswered calls are repeated a few times.
      if (!locatorAnswered && locatorTries < LOCATOR_TRIES && now() - locatorLast >= LOCATOR_RETRY_MS)
        postLocatorCalls();
      return;
    }
    if (isFn(read(win, '__tcfapi'))) return;
    const parent = parentAtStart;
    if (!isObj(parent) || parent === win) return; // the top frame: its own __tcfapi or nothing
    // Only the frame right below the CMP's frame asks: its descendants would repeat the same answers.
    if (!isObj(read(read(parent, 'frames'), '__tcfapiLocator'))) return;
    // A same-origin parent is probed by our own script in that frame (even if its __tcfapi comes later): only a
    // cross-origin parent, whose globals throw on access, needs the locator.
    try {
      reflectGet(parent, '__tcfapi');
      return;
    } catch {
      /* cross-origin */
    }
    const post = read(parent, 'postMessage');
    if (!isFn(post)) return;
    locatorParent = parent;
    locatorPost = post;
    try {
      apply(addListener, win, ['message', onMessage]);
    } catch {
      return;
    }
    postLocatorCalls();
  };
  return { probeTcf, probeLocator };
}
