import { describe, expect, it } from 'vitest';
import { frameLocation, scriptFromStack } from './stack.ts';

const CHROME_SELF = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const FIREFOX_SELF = 'moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/';

describe('scriptFromStack', () => {
  const cases: Array<[string, string, string[], string | undefined]> = [
    [
      'chrome: named frame after hook frames',
      [
        'Error',
        `    at captureStack (${CHROME_SELF}content-scripts/main-world.js:1:1204)`,
        `    at Object.apply (${CHROME_SELF}content-scripts/main-world.js:1:2301)`,
        '    at track (https://cdn.tracker.example/t.js:1:5230)',
        '    at https://www.shop.example/:12:9',
      ].join('\n'),
      [CHROME_SELF],
      'https://cdn.tracker.example/t.js',
    ],
    [
      'chrome: anonymous frame without function name',
      [
        'Error',
        `    at ${CHROME_SELF}content-scripts/main-world.js:1:99`,
        '    at https://static.example/a.js?v=3:2:17',
      ].join('\n'),
      [CHROME_SELF],
      'https://static.example/a.js?v=3',
    ],
    [
      'chrome: inline script gives the page URL',
      [
        'Error',
        `    at Storage.apply (${CHROME_SELF}content-scripts/main-world.js:1:10)`,
        '    at https://www.shop.example/products?id=1:40:21',
      ].join('\n'),
      [CHROME_SELF],
      'https://www.shop.example/products?id=1',
    ],
    [
      'chrome: eval frame names the script that called eval',
      [
        'Error',
        `    at h (${CHROME_SELF}content-scripts/main-world.js:1:10)`,
        '    at eval (eval at load (https://cdn.tracker.example/loader.js:3:15), <anonymous>:1:14)',
        '    at load (https://cdn.tracker.example/loader.js:3:15)',
      ].join('\n'),
      [CHROME_SELF],
      'https://cdn.tracker.example/loader.js',
    ],
    [
      'chrome: nested eval',
      [
        'Error',
        '    at eval (eval at a (eval at b (https://x.example/y.js:9:1), <anonymous>:1:1), <anonymous>:2:3)',
      ].join('\n'),
      [],
      'https://x.example/y.js',
    ],
    [
      'chrome: native and <anonymous> frames are skipped',
      [
        'Error',
        `    at h (${CHROME_SELF}main.js:1:10)`,
        '    at Array.forEach (<anonymous>)',
        '    at <anonymous>:1:1',
        '    at new Promise (<anonymous>)',
        '    at async Promise.all (index 0)',
        '    at async run (https://app.example/chunk-1a2b.js:4:8)',
      ].join('\n'),
      [CHROME_SELF],
      'https://app.example/chunk-1a2b.js',
    ],
    [
      'chrome: blob and data scripts',
      [
        'Error',
        `    at h (${CHROME_SELF}main.js:1:10)`,
        '    at blob:https://www.shop.example/2b0c9f7e-1111-4a4a-9c9c-0123456789ab:1:200',
      ].join('\n'),
      [CHROME_SELF],
      'blob:https://www.shop.example/2b0c9f7e-1111-4a4a-9c9c-0123456789ab',
    ],
    [
      'chrome: data URL',
      '    at f (data:text/javascript,localStorage.setItem(1,2):1:13)',
      [],
      'data:text/javascript,localStorage.setItem(1,2)',
    ],
    [
      'chrome: URL with parentheses and no function name',
      '    at https://x.example/a(1).js:1:2',
      [],
      'https://x.example/a(1).js',
    ],
    [
      'firefox: named frames',
      [
        `captureStack@${FIREFOX_SELF}content-scripts/main-world.js:1:1204`,
        `apply@${FIREFOX_SELF}content-scripts/main-world.js:1:2301`,
        'track@https://cdn.tracker.example/t.js:1:5230',
        '@https://www.shop.example/:12:9',
        '',
      ].join('\n'),
      [FIREFOX_SELF],
      'https://cdn.tracker.example/t.js',
    ],
    [
      'firefox: inline script',
      [`h@${FIREFOX_SELF}content-scripts/main-world.js:1:10`, '@https://www.shop.example/index.html:33:5'].join('\n'),
      [FIREFOX_SELF],
      'https://www.shop.example/index.html',
    ],
    [
      'firefox: eval and Function frames',
      [
        `h@${FIREFOX_SELF}content-scripts/main-world.js:1:10`,
        '@https://cdn.tracker.example/loader.js line 2 > eval:1:5',
        'load@https://cdn.tracker.example/loader.js:2:3',
      ].join('\n'),
      [FIREFOX_SELF],
      'https://cdn.tracker.example/loader.js',
    ],
    [
      'firefox: nested Function in eval',
      'anonymous@https://a.example/b.js line 7 > eval line 1 > Function:1:1',
      [],
      'https://a.example/b.js',
    ],
    [
      'firefox: async frames',
      [`h@${FIREFOX_SELF}x.js:1:1`, 'async*send@https://app.example/app.js:10:3'].join('\n'),
      [FIREFOX_SELF],
      'https://app.example/app.js',
    ],
    [
      'firefox: debugger eval code is not a script URL',
      [`h@${FIREFOX_SELF}x.js:1:1`, '@debugger eval code:1:1'].join('\n'),
      [FIREFOX_SELF],
      undefined,
    ],
    ['firefox: function name with @', 'get a@b@https://a.example/c.js:1:2', [], 'https://a.example/c.js'],
    [
      'only our own frames',
      ['Error', `    at h (${CHROME_SELF}content-scripts/main-world.js:1:10)`].join('\n'),
      [CHROME_SELF],
      undefined,
    ],
    [
      'several self prefixes',
      [
        'Error',
        `    at h (${CHROME_SELF}content-scripts/main-world.js:1:10)`,
        '    at g (https://selfhost.example/hook.js:1:10)',
        '    at f (https://www.shop.example/app.js:1:10)',
      ].join('\n'),
      [CHROME_SELF, 'https://selfhost.example/hook.js'],
      'https://www.shop.example/app.js',
    ],
    [
      'empty self entries are ignored',
      '    at f (https://a.example/app.js:1:10)',
      ['', CHROME_SELF],
      'https://a.example/app.js',
    ],
    ['empty stack', '', [], undefined],
    ['message only', 'Error: boom', [], undefined],
    ['garbage', '%%%\n\u0000@@\n at ()\n((((:1:2', [], undefined],
    [
      'node path (tests)',
      '    at Object.<anonymous> (/work/main/utils/x.test.ts:10:5)',
      [],
      '/work/main/utils/x.test.ts',
    ],
  ];
  it.each(cases)('%s', (_name, stack, selves, expected) => {
    expect(scriptFromStack(stack, selves)).toBe(expected);
  });

  it('never throws on wrong types or huge input', () => {
    expect(scriptFromStack(42 as unknown as string, [])).toBeUndefined();
    expect(scriptFromStack('    at f (https://a.example/x.js:1:1)', null as unknown as string[])).toBe(
      'https://a.example/x.js',
    );
    const huge = 'x'.repeat(200_000) + '\n    at f (https://a.example/x.js:1:1)';
    expect(scriptFromStack(huge, [])).toBeUndefined();
    const many = Array.from({ length: 500 }, () => '    at Array.map (<anonymous>)').join('\n');
    expect(scriptFromStack(many + '\n    at f (https://a.example/x.js:1:1)', [])).toBeUndefined();
  });

  it('a real stack of this runtime finds this test file', () => {
    const stack = new Error().stack ?? '';
    expect(scriptFromStack(stack, [])).toMatch(/stack\.test\.ts$/);
  });
});

describe('frameLocation', () => {
  it.each([
    ['    at f (https://a.example/x.js:1:1)', 'https://a.example/x.js'],
    ['    at https://a.example/x.js:10', 'https://a.example/x.js'],
    ['f@https://a.example/x.js:1:1', 'https://a.example/x.js'],
    ['Error: message', undefined],
    ['    at f (native)', undefined],
  ])('%s', (line, expected) => {
    expect(frameLocation(line)).toBe(expected);
  });
});
