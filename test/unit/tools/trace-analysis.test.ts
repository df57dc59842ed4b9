import { describe, expect, it } from 'vitest';
import { extensionCost, type TraceEvent } from '../../../tools/bench/trace-analysis.ts';

const EXT = 'chrome-extension://abc/src/content/index.js';
const meta: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 7, args: { name: 'CrRendererMain' } };
const event = (name: string, ts: number, dur: number, url = EXT, tid = 7): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 1, tid, args: { data: { url } } });
// Profiler samples every 1,000 µs from t = 10,000: node 2 (ours, under node 1), node 3 (the page's).
const profile = (samples: number[]): TraceEvent[] => [
  { name: 'Profile', ph: 'P', ts: 10_000, pid: 1, tid: 7, id: '0x1', args: { data: { startTime: 10_000 } } },
  {
    name: 'ProfileChunk', ph: 'P', ts: 10_000, pid: 1, tid: 7, id: '0x1',
    args: {
      data: {
        cpuProfile: { nodes: [{ id: 1, callFrame: { url: '' } }, { id: 2, parent: 1, callFrame: { url: EXT } }, { id: 3, parent: 1, callFrame: { url: 'https://page.test/app.js' } }], samples },
        timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 1000)),
      },
    },
  },
];

describe('extensionCost', () => {
  it('counts the extension’s script events on the main thread once, nested or not', () => {
    const cost = extensionCost([meta, event('EvaluateScript', 0, 4000), event('v8.compile', 500, 1000), event('FunctionCall', 9000, 1000), event('FunctionCall', 0, 5000, 'https://page.test/app.js'), event('FunctionCall', 0, 9000, EXT, 8)]);
    expect(cost.scriptMs).toBe(5);
    expect(cost.longestMs).toBe(4);
  });

  it('adds profiler samples of extension code that no script event covers (async continuations)', () => {
    // Samples at 10, 11, 12, 13, 14 ms: ours, ours, page, ours, (last: no duration).
    const cost = extensionCost([meta, event('FunctionCall', 10_000, 500), ...profile([2, 2, 3, 2, 3])]);
    // 10–11 and 11–12 (merged with the event), 13–14: 3 ms in all, the longest stretch 2 ms.
    expect(cost.scriptMs).toBe(3);
    expect(cost.longestMs).toBe(2);
  });
});
