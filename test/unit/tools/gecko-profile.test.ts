import { describe, expect, it } from 'vitest';
import { geckoExtensionCost, geckoFunctionTimes, type GeckoProfile } from '../../../tools/bench/gecko-profile.ts';

const BASE = 'moz-extension://abc/';
const strings = [
  'G (moz-extension://abc/src/content/index.js:1:10)',
  'inject (resource://gre/modules/ExtensionChild.sys.mjs:836:9)',
  'app (https://page.test/app.js:1:1)',
  'get (moz-extension://other-addon/lib/x.js:1:1)',
  'nsThread::ProcessNextEvent',
];

/** A main thread whose samples, one per ms from `t0`, have the given stacks (index into the stack table). */
function thread(processName: string, t0: number, stacks: (number | null)[]): GeckoProfile['threads'][number] {
  return {
    name: 'GeckoMain',
    processType: 'tab',
    processName,
    samples: { schema: { stack: 0, time: 1 }, data: stacks.map((stack, i) => [stack, t0 + i]) },
    // Stacks: 0 = page code; 1 = our code called from page code; 2 = machinery; 3 = another add-on; 4 = idle.
    stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 2], [0, 0], [null, 1], [null, 3], [null, 4]] },
    // Categories: 0 Idle, 1 JavaScript, 2 Other. Our frame's row leaves its category out (as real rows may).
    frameTable: { schema: { location: 0, category: 1 }, data: [[0], [1, 2], [2, 1], [3, 1], [4, 0]] },
    stringTable: strings,
  };
}

describe('geckoExtensionCost', () => {
  const profile: GeckoProfile = {
    meta: { startTime: 1000, interval: 1, categories: [{ name: 'Idle' }, { name: 'JavaScript' }, { name: 'Other' }] },
    threads: [],
    processes: [
      { meta: { startTime: 1000 }, threads: [thread('Web Content', 0, [0, 1, 1, 2, 4, 3, 1, 0, 1, 1, 1, 0])] },
      // Another tab's process, busy, but the extension never ran there: not part of any load's busy time.
      { meta: { startTime: 1000 }, threads: [thread('Web Content', 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])] },
      // The WebExtensions process (background and extension pages) is not a page's main thread.
      { meta: { startTime: 1000 }, threads: [thread('WebExtensions', 0, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])] },
    ],
  };

  it("counts samples of the extension's code and of the machinery serving it, per load window", () => {
    // Window 1: samples at 1000–1005 (ms since the epoch): ours at 1001, 1002, machinery at 1003.
    // Window 2: samples at 1006–1011: ours at 1006 and 1008–1010; another add-on's at 1005 is outside it anyway.
    const [first, second] = geckoExtensionCost(profile, BASE, [{ start: 1000, end: 1005 }, { start: 1006, end: 1011 }]);
    // Busy: every sample in the window but the idle one at 1004 (window 1); all five it counts (window 2).
    expect(first).toEqual({ scriptMs: 3, ownMs: 2, longestMs: 3, busyMs: 5 });
    expect(second).toEqual({ scriptMs: 4, ownMs: 4, longestMs: 3, busyMs: 5 });
  });

  it('does not count another add-on, the page, or time outside the windows', () => {
    const [only] = geckoExtensionCost(profile, BASE, [{ start: 1004, end: 1005 }]);
    expect(only).toEqual({ scriptMs: 0, ownMs: 0, longestMs: 0, busyMs: 0 });
  });
});

describe('geckoFunctionTimes', () => {
  it("adds each sample to every function of the extension on its stack once, and to a leaf that is not the extension's", () => {
    const frames = [
      'flush (moz-extension://abc/src/content/index.js:10:1)',
      'gate (moz-extension://abc/src/content/index.js:20:1)[51]',
      'querySelector',
      'app (https://page.test/app.js:1:1)',
      'flush (moz-extension://abc/src/content/index.js:10:1)',
    ];
    const thread: GeckoProfile['threads'][number] = {
      name: 'GeckoMain',
      processType: 'tab',
      processName: 'Web Content',
      // 0 flush; 1 flush > gate; 2 flush > gate > querySelector; 3 page code; 4 flush > gate > flush (recursion).
      samples: { schema: { stack: 0, time: 1 }, data: [[0, 0], [1, 1], [2, 2], [2, 3], [3, 4], [4, 5], [null, 6]] },
      stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [0, 1], [1, 2], [null, 3], [1, 4]] },
      frameTable: { schema: { location: 0 }, data: [[0], [1], [2], [3], [4]] },
      stringTable: frames,
    };
    const profile: GeckoProfile = { meta: { startTime: 1000, interval: 1 }, threads: [thread] };
    const times = geckoFunctionTimes(profile, BASE, [{ start: 1000, end: 1005 }]);
    expect(Object.fromEntries(times)).toEqual({
      'flush (src/content/index.js:10:1)': 5,
      'gate (src/content/index.js:20:1)': 4,
      '  browser: querySelector': 2,
    });
  });
});
