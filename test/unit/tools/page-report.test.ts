import { describe, expect, it } from 'vitest';
import type { PageBenchResult, PageFigures } from '../../../tools/bench/page-figures.ts';
import { formatPageFigures, range } from '../../../tools/bench/page-report.ts';

const page = (figures: Partial<PageFigures>): PageFigures => ({
  name: 'page', scriptMs: [2, 1, 3], longestMs: [1, 1, 1], floorMs: [1, 1, 1], shareOfBusy: [0.1, 0.2, 0.3], heapDeltaBytes: 2048,
  bannerAfterLoadMs: [], firefoxBannerAfterLoadMs: [], firefoxScriptMs: [], firefoxOwnMs: [], firefoxLongestMs: [], firefoxShareOfBusy: [],
  falseNumbers: undefined, realFound: undefined, ...figures,
});

const result = (pages: PageFigures[]): PageBenchResult => ({
  runs: 3, pages, referenceMs: [0.5, 0.25, 1], firefoxReference: [], bundle: { raw: 2048, gzip: 1024, pageRaw: 512, pageGzip: 256 },
});

describe('range', () => {
  it('is the median with the lowest and highest, or a dash for no values', () => {
    expect(range([3, 1, 2])).toBe('2.0 (1.0–3.0)');
    expect(range([0.125, 0.5], 2)).toBe('0.50 (0.13–0.50)');
    expect(range([])).toBe('–');
  });
});

describe('formatPageFigures', () => {
  it('prints the bundle sizes and one Chromium row per page', () => {
    const text = formatPageFigures(result([page({ name: 'no digits' })]));
    expect(text).toContain('content script: 2.0 KB raw, 1.0 KB gzip; page-world script: 0.5 KB raw, 0.3 KB gzip');
    expect(text).toContain('Chromium, 3 runs each, median (min–max):');
    expect(text).toContain('| no digits | 2.00 (1.00–3.00) | 1.00 (1.00–1.00) | 1.00 (1.00–1.00) | 2.00× | 20.0% | 2 KB | – |');
    expect(text).not.toContain('Firefox ESR');
    expect(text.split('\n').at(-1)).toBe('reference watcher (a content script that only observes mutations and messages its service worker) on the no-digit page: 0.50 (0.25–1.00) ms');
  });

  it('leaves out the ratio to a floor below the timer resolution, and shows the banner in both browsers', () => {
    const text = formatPageFigures(result([page({ name: 'scam', floorMs: [0.1, 0.2, 0.4], bannerAfterLoadMs: [100, 120, 90], firefoxBannerAfterLoadMs: [200] })]));
    expect(text).toContain('| scam | 2.00 (1.00–3.00) | 1.00 (1.00–1.00) | 0.20 (0.10–0.40) | – | 20.0% | 2 KB | 100 (90–120) / 200 (200–200) |');
  });

  it('adds the Firefox table and reference when Firefox was measured', () => {
    const pages = [page({ name: 'spa', firefoxScriptMs: [4, 5], firefoxOwnMs: [1, 2], firefoxLongestMs: [3, 3], firefoxShareOfBusy: [0.5, 0.25] })];
    const text = formatPageFigures({ ...result(pages), firefoxReference: [{ scriptMs: 1, ownMs: 0.5, longestMs: 1, busyMs: 2 }] });
    expect(text).toContain('| spa | 5.00 (4.00–5.00) | 2.00 (1.00–2.00) | 3.00 (3.00–3.00) | 50.0% |');
    expect(text).toContain('reference watcher in Firefox on the no-digit page: 1.00 (1.00–1.00) ms, of which its own code 0.50 (0.50–0.50) ms');
  });

  it('lists false phone matches per run, each wrong number once, and the real numbers found', () => {
    const text = formatPageFigures(result([page({ name: 'tables', falseNumbers: [['+3112'], [], ['+3112']], realFound: [5, 5, 4] })]));
    expect(text).toContain('tables: false phone matches per run: 1, 0, 1 (+3112); real numbers found per run: 5, 5, 4');
  });
});
