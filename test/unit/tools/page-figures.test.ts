import { describe, expect, it } from 'vitest';
import { chromiumPageFigures, firefoxPageFigures, isWritten, median, type RunFigures } from '../../../tools/bench/page-figures.ts';

const load = (figures: Partial<RunFigures>): RunFigures => ({
  scriptMs: 0, longestMs: 0, busyMs: 0, heapBytes: 0, bannerAfterLoadMs: undefined, numbers: undefined, ...figures,
});

describe('median', () => {
  it('is the middle value, the higher of the two middle ones for an even count, and NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('leaves its input in order', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('isWritten', () => {
  const written = ['020 555 0100', '+32 2 555 01 03'];

  it('finds a number written nationally, read under its own or another country plan', () => {
    expect(isWritten('+31205550100', written)).toBe(true);
    expect(isWritten('+44205550100', written)).toBe(true);
  });

  it('finds an international number only with its country code', () => {
    expect(isWritten('+3225550103', written)).toBe(true);
    expect(isWritten('+3125550103', written)).toBe(false);
  });

  it('does not find a number that is not on the page', () => {
    expect(isWritten('+31205550199', written)).toBe(false);
    expect(isWritten('+31205550100', [])).toBe(false);
  });
});

describe('chromiumPageFigures', () => {
  const ours = [
    load({ scriptMs: 4, longestMs: 2, busyMs: 8, heapBytes: 3000, bannerAfterLoadMs: 120, numbers: ['+31205550100', '+31205559999'] }),
    load({ scriptMs: 6, longestMs: 3, busyMs: 0, heapBytes: 1000, numbers: undefined }),
    load({ scriptMs: 5, longestMs: 1, busyMs: 10, heapBytes: 2000, bannerAfterLoadMs: 90, numbers: [] }),
  ];
  const theirs = [load({ heapBytes: 500 }), load({ heapBytes: 700 }), load({ heapBytes: 600 })];

  it('keeps each load, takes the share of busy time (0 when the thread was never busy) and the heap medians apart', () => {
    const figures = chromiumPageFigures(ours, theirs, undefined);
    expect(figures.scriptMs).toEqual([4, 6, 5]);
    expect(figures.longestMs).toEqual([2, 3, 1]);
    expect(figures.shareOfBusy).toEqual([0.5, 0, 0.5]);
    expect(figures.heapDeltaBytes).toBe(2000 - 600);
    expect(figures.bannerAfterLoadMs).toEqual([120, 90]);
  });

  it('checks numbers only for a page that lists its real ones, and counts a load without a verdict as a false match', () => {
    expect(chromiumPageFigures(ours, theirs, undefined)).toMatchObject({ realFound: undefined, falseNumbers: undefined });
    const figures = chromiumPageFigures(ours, theirs, ['020 555 0100']);
    expect(figures.realFound).toEqual([1, 0, 0]);
    expect(figures.falseNumbers).toEqual([['+31205559999'], ['(no verdict read)'], []]);
  });
});

describe('firefoxPageFigures', () => {
  it('keeps each load and takes the share of busy time, 0 when the thread was never busy', () => {
    const figures = firefoxPageFigures([
      { scriptMs: 2, ownMs: 1, longestMs: 1.5, busyMs: 8 },
      { scriptMs: 3, ownMs: 2, longestMs: 2.5, busyMs: 0 },
    ]);
    expect(figures).toEqual({ firefoxScriptMs: [2, 3], firefoxOwnMs: [1, 2], firefoxLongestMs: [1.5, 2.5], firefoxShareOfBusy: [0.25, 0] });
  });

  it('is empty when Firefox was not measured', () => {
    expect(firefoxPageFigures([])).toEqual({ firefoxScriptMs: [], firefoxOwnMs: [], firefoxLongestMs: [], firefoxShareOfBusy: [] });
  });
});
