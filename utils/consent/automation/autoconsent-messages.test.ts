import { describe, expect, it } from 'vitest';
import type { AutoConsentCMPRule } from '@duckduckgo/autoconsent';
import {
  acActionMessage,
  asBackgroundMessage,
  asConfig,
  asContentMessage,
  asFallbackReply,
  rulesForFrame,
} from './autoconsent-messages.ts';

describe('asContentMessage', () => {
  it.each([
    [
      { type: 'init', url: 'https://a.test/' },
      { type: 'init', url: 'https://a.test/' },
    ],
    [
      { type: 'eval', id: 'x1', code: 'ignored', snippetId: 'EVAL_COOKIEBOT_1' },
      { type: 'eval', id: 'x1', snippetId: 'EVAL_COOKIEBOT_1' },
    ],
    [
      { type: 'eval', id: 'x2', code: '1' },
      { type: 'eval', id: 'x2', snippetId: null },
    ],
    [
      { type: 'cmpDetected', cmp: 'Complianz banner', url: 'u' },
      { type: 'cmpDetected', cmp: 'Complianz banner', url: 'u' },
    ],
    [
      { type: 'popupFound', cmp: 'Onetrust', url: 'u' },
      { type: 'popupFound', cmp: 'Onetrust', url: 'u' },
    ],
    [
      { type: 'optOutResult', cmp: 'c', result: true, scheduleSelfTest: true, url: 'u' },
      { type: 'optOutResult', cmp: 'c', result: true, scheduleSelfTest: true, url: 'u' },
    ],
    [
      { type: 'optInResult', cmp: 'c', result: false, url: 'u' },
      { type: 'optInResult', cmp: 'c', result: false, scheduleSelfTest: false, url: 'u' },
    ],
    [
      { type: 'selfTestResult', cmp: 'c', result: true, url: 'u' },
      { type: 'selfTestResult', cmp: 'c', result: true, url: 'u' },
    ],
    [
      { type: 'autoconsentDone', cmp: 'c', isCosmetic: false, url: 'u', duration: 5, totalClicks: 1 },
      { type: 'autoconsentDone', cmp: 'c', isCosmetic: false, url: 'u', totalClicks: 1 },
    ],
    [
      { type: 'autoconsentError', details: { msg: 'multiple' } },
      { type: 'autoconsentError', detail: '{"msg":"multiple"}' },
    ],
    [
      {
        type: 'report',
        instanceId: 'i',
        url: 'u',
        mainFrame: true,
        state: { lifecycle: 'cmpDetected', detectedCmps: ['a', 3], detectedPopups: [], findCmpAttempts: 2 },
      },
      {
        type: 'report',
        url: 'u',
        mainFrame: true,
        lifecycle: 'cmpDetected',
        detectedCmps: ['a'],
        detectedPopups: [],
        detectPasses: 2,
      },
    ],
    [
      { type: 'report', url: 'u', state: { lifecycle: 'started', findCmpAttempts: -1 } },
      {
        type: 'report',
        url: 'u',
        mainFrame: false,
        lifecycle: 'started',
        detectedCmps: [],
        detectedPopups: [],
        detectPasses: 0,
      },
    ],
  ])('%j', (raw, expected) => {
    expect(asContentMessage(raw)).toEqual(expected);
  });

  it.each([
    null,
    'init',
    42,
    [],
    {},
    { type: 'nope' },
    { type: 'eval' },
    { type: 'cmpDetected' },
    { type: 'popupFound', cmp: 3 },
    { type: 'optOutResult', cmp: 'c', result: 'yes' },
    { type: 'selfTestResult', cmp: 'c' },
  ])('rejects %j', (raw) => {
    expect(asContentMessage(raw)).toBeNull();
  });

  it('caps huge strings', () => {
    const m = asContentMessage({ type: 'popupFound', cmp: 'x'.repeat(10_000), url: 'u'.repeat(10_000) });
    expect(m?.type === 'popupFound' && [m.cmp.length, m.url.length]).toEqual([200, 2000]);
  });

  it('survives unserialisable error details', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(asContentMessage({ type: 'autoconsentError', details: cyclic })).toEqual({
      type: 'autoconsentError',
      detail: 'unserialisable error details',
    });
  });

  it("narrows the frame's report of its button-text click, and refuses one that is not a click", () => {
    const click = { kind: 'clicked', label: 'Reject all', text: 'Reject all', path: 'button', exact: true, at: 5 };
    expect(asContentMessage({ type: 'fallbackClicked', action: 'reject', click })).toEqual({
      type: 'fallbackClicked',
      action: 'reject',
      click: { ...click, inBanner: false },
    });
    for (const bad of [
      { type: 'fallbackClicked', action: 'maybe', click },
      { type: 'fallbackClicked', action: 'accept', click: { kind: 'found', label: 'Accept' } },
      { type: 'fallbackClicked', action: 'accept' },
    ])
      expect(asContentMessage(bad)).toBeNull();
  });
});

const RULE = {
  name: 'X',
  detectCmp: [{ exists: '#x' }],
  detectPopup: [{ visible: '#x' }],
  optOut: [{ click: '#no' }],
  optIn: [{ click: '#yes' }],
};

describe('asBackgroundMessage', () => {
  it('narrows initResp and keeps only typed config fields', () => {
    const m = asBackgroundMessage({
      type: 'initResp',
      config: {
        enabled: true,
        autoAction: null,
        enablePrehide: false,
        detectRetries: 20,
        evil: 'x',
        logs: { errors: true },
      },
      rules: { autoconsent: [RULE] },
    });
    expect(m).toEqual({
      type: 'initResp',
      config: {
        enabled: true,
        autoAction: null,
        enablePrehide: false,
        detectRetries: 20,
        logs: {
          lifecycle: false,
          rulesteps: false,
          detectionsteps: false,
          evals: false,
          errors: true,
          messages: false,
          waits: false,
        },
      },
      rules: { autoconsent: [RULE] },
    });
  });

  it.each([
    [
      { type: 'initResp', config: { enabled: true }, rules: { autoconsent: [] } },
      'no autoAction: autoconsent would default to optOut',
    ],
    [
      { type: 'initResp', config: { enabled: true, autoAction: null }, rules: { autoconsent: [{ name: 'x' }] } },
      'a rule without steps',
    ],
    [
      { type: 'initResp', config: { enabled: true, autoAction: null }, rules: { autoconsent: [], compact: {} } },
      'compact rules (no optIn steps)',
    ],
    [{ type: 'initResp', config: null, rules: { autoconsent: [] } }, 'no config'],
    [{ type: 'evalResp' }, 'evalResp without id'],
    [{ type: 'measurePerformance' }, 'a type we never send'],
    ['optOut', 'a string'],
  ])('rejects %j (%s)', (raw, _why) => {
    expect(asBackgroundMessage(raw)).toBeNull();
  });

  it.each([
    [
      { type: 'evalResp', id: 'a', result: true },
      { type: 'evalResp', id: 'a', result: true },
    ],
    [{ type: 'optIn', extra: 1 }, { type: 'optIn' }],
    [{ type: 'optOut' }, { type: 'optOut' }],
    [{ type: 'selfTest' }, { type: 'selfTest' }],
  ])('%j', (raw, expected) => {
    expect(asBackgroundMessage(raw)).toEqual(expected);
  });

  it('asConfig clamps retries and drops wrong types', () => {
    expect(asConfig({ enabled: 'yes', autoAction: 'optOut', detectRetries: 1e9 })).toBeNull();
    expect(asConfig({ enabled: false, autoAction: 'optOut', detectRetries: 1e9, disabledCmps: ['a', 1] })).toEqual({
      enabled: false,
      autoAction: 'optOut',
      detectRetries: 100,
      disabledCmps: ['a'],
    });
  });
});

describe('rulesForFrame', () => {
  const rule = (name: string, extra: Partial<AutoConsentCMPRule>): AutoConsentCMPRule => ({ ...RULE, name, ...extra });
  const rules = [
    rule('generic', {}),
    rule('frame-only', { runContext: { main: false, frame: true } }),
    rule('both', { runContext: { frame: true } }),
    rule('site', { runContext: { urlPattern: '^https://(www\\.)?shop\\.test/' } }),
    rule('cosmetic', { cosmetic: true }),
    rule('bad-pattern', { runContext: { urlPattern: '([' } }),
  ];
  it.each([
    ['https://www.shop.test/a', true, ['generic', 'both', 'site']],
    ['https://other.test/', true, ['generic', 'both']],
    ['https://cmp.test/frame', false, ['frame-only', 'both']],
  ])('%s main=%s', (url, main, names) => {
    expect(rulesForFrame(rules, url, main).map((r) => r.name)).toEqual(names);
  });
});

describe('asFallbackReply', () => {
  it.each([
    [
      {
        kind: 'clicked',
        label: 'Alle ablehnen',
        text: 'Alle ablehnen',
        path: 'div#c > button',
        exact: true,
        inBanner: true,
        at: 5,
      },
      {
        kind: 'clicked',
        label: 'Alle ablehnen',
        text: 'Alle ablehnen',
        path: 'div#c > button',
        exact: true,
        inBanner: true,
        at: 5,
      },
    ],
    [
      { kind: 'clicked', label: 'OK', at: Number.NaN },
      { kind: 'clicked', label: 'OK', text: 'OK', path: '', exact: false, inBanner: false, at: 0 },
    ],
    [
      { kind: 'none', reason: 'nothing', candidates: -3 },
      { kind: 'none', reason: 'nothing', candidates: 0 },
    ],
    [
      { kind: 'delegated', cmp: 'Onetrust' },
      { kind: 'delegated', cmp: 'Onetrust' },
    ],
    [
      { kind: 'found', label: 'Reject all', text: 'ignored' },
      { kind: 'found', label: 'Reject all' },
    ],
  ])('%j', (raw, expected) => {
    expect(asFallbackReply(raw)).toEqual(expected);
  });

  it.each([undefined, null, { kind: 'clicked' }, { kind: 'delegated' }, { kind: 'found' }, { kind: 'weird' }])(
    'rejects %j',
    (raw) => {
      expect(asFallbackReply(raw)).toBeNull();
    },
  );

  it('maps actions to autoconsent messages', () => {
    expect([acActionMessage('accept'), acActionMessage('reject')]).toEqual([{ type: 'optIn' }, { type: 'optOut' }]);
  });
});
