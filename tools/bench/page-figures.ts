/**
 * The page bench's figures and the arithmetic that makes them from single loads: medians, the share of the
 * main thread's busy time, the heap the content script adds, and which reported numbers are really on the
 * page. Pure, so the figures docs/performance.md quotes are checked by unit tests, not only by a browser run.
 */
import type { LoadCost } from './gecko-profile.ts';

/** One Chromium load of one page, with or without the extension. */
export interface RunFigures {
  readonly scriptMs: number;
  readonly longestMs: number;
  readonly busyMs: number;
  readonly heapBytes: number;
  readonly bannerAfterLoadMs: number | undefined;
  /** The numbers in the extension's verdict for the page (only with the extension). */
  readonly numbers: readonly string[] | undefined;
}

export interface PageFigures {
  readonly name: string;
  readonly scriptMs: readonly number[];
  readonly longestMs: readonly number[];
  readonly floorMs: readonly number[];
  readonly shareOfBusy: readonly number[];
  readonly heapDeltaBytes: number;
  readonly bannerAfterLoadMs: readonly number[];
  readonly firefoxBannerAfterLoadMs: readonly number[];
  /** Firefox, from its own profiler (empty when another Chrome build is measured). */
  readonly firefoxScriptMs: readonly number[];
  readonly firefoxOwnMs: readonly number[];
  readonly firefoxLongestMs: readonly number[];
  readonly firefoxShareOfBusy: readonly number[];
  /** Per run: numbers reported that are not on the page (undefined where the case does not check). */
  readonly falseNumbers: readonly (readonly string[])[] | undefined;
  /** Per run: how many of the page's real numbers were reported. */
  readonly realFound: readonly number[] | undefined;
}

export interface BundleSizes {
  readonly raw: number;
  readonly gzip: number;
  readonly pageRaw: number;
  readonly pageGzip: number;
}

/** Everything one `npm run bench -- --pages` measured, as page-report.ts prints it. */
export interface PageBenchResult {
  readonly runs: number;
  readonly pages: readonly PageFigures[];
  readonly referenceMs: readonly number[];
  readonly firefoxReference: readonly LoadCost[];
  readonly bundle: BundleSizes;
}

export type ChromiumPageFigures = Pick<PageFigures, 'scriptMs' | 'longestMs' | 'shareOfBusy' | 'heapDeltaBytes' | 'bannerAfterLoadMs' | 'realFound' | 'falseNumbers'>;
export type FirefoxPageFigures = Pick<PageFigures, 'firefoxScriptMs' | 'firefoxOwnMs' | 'firefoxLongestMs' | 'firefoxShareOfBusy'>;

/** The upper median (the middle value, or the higher of the two middle ones); NaN for no values. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Whether a reported number is one of the numbers written on the page (see PageCase.realNumbers). */
export function isWritten(e164: string, written: readonly string[]): boolean {
  const digits = e164.replace(/\D/g, '');
  return written.some((w) => {
    const national = w.startsWith('+') ? w.replace(/\D/g, '') : w.replace(/\D/g, '').replace(/^0/, '');
    return digits.endsWith(national);
  });
}

/** A page's Chromium figures from its loads with the extension (`ours`) and without it (`theirs`). */
export function chromiumPageFigures(ours: readonly RunFigures[], theirs: readonly RunFigures[], realNumbers: readonly string[] | undefined): ChromiumPageFigures {
  return {
    scriptMs: ours.map((r) => r.scriptMs),
    longestMs: ours.map((r) => r.longestMs),
    shareOfBusy: ours.map((r) => (r.busyMs > 0 ? r.scriptMs / r.busyMs : 0)),
    heapDeltaBytes: median(ours.map((r) => r.heapBytes)) - median(theirs.map((r) => r.heapBytes)),
    bannerAfterLoadMs: ours.flatMap((r) => (r.bannerAfterLoadMs === undefined ? [] : [r.bannerAfterLoadMs])),
    realFound: realNumbers ? ours.map((r) => (r.numbers ?? []).filter((n) => isWritten(n, realNumbers)).length) : undefined,
    falseNumbers: realNumbers ? ours.map((r) => (r.numbers ?? ['(no verdict read)']).filter((n) => !isWritten(n, realNumbers))) : undefined,
  };
}

/** A page's Firefox figures from the profiler's cost of each load (none: Firefox was not measured). */
export function firefoxPageFigures(costs: readonly LoadCost[]): FirefoxPageFigures {
  return {
    firefoxScriptMs: costs.map((c) => c.scriptMs),
    firefoxOwnMs: costs.map((c) => c.ownMs),
    firefoxLongestMs: costs.map((c) => c.longestMs),
    firefoxShareOfBusy: costs.map((c) => (c.busyMs > 0 ? c.scriptMs / c.busyMs : 0)),
  };
}
