/**
 * When the content script reads the page again, on a fake clock: one scan at a time, rescans after changes
 * at a growing interval, slow pages rescanned in proportion to their cost, reveals coalesced.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_COSTLY_INTERVAL, MAX_RESCAN_INTERVAL, MIN_RESCAN_INTERVAL, REVEAL_DELAY, RESCAN_COST_FACTOR, ScanScheduler,
} from '../../../src/content/scan-scheduler.ts';

/** A scheduler on vitest's fake clock whose scans take `cost` ms of it, recording when each one began. */
function scheduler(cost = 0) {
  const started: number[] = [];
  const errors: unknown[] = [];
  let scanOnce = async (_force?: boolean): Promise<void> => {
    started.push(Date.now());
    vi.setSystemTime(Date.now() + cost);
  };
  const clock = { now: () => Date.now(), setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) };
  const scans = new ScanScheduler(clock, (force) => scanOnce(force), (error) => errors.push(error));
  return { scans, started, errors, replace: (next: typeof scanOnce) => (scanOnce = next) };
}

describe('ScanScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('runs one scan at a time: a request during a scan runs after it', async () => {
    const s = scheduler();
    let finish = (): void => undefined;
    const forces: boolean[] = [];
    s.replace((force = false) => {
      forces.push(force);
      return forces.length === 1 ? new Promise<void>((resolve) => (finish = resolve)) : Promise.resolve();
    });
    void s.scans.scan();
    const second = s.scans.scan(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(forces).toEqual([false]);
    finish();
    await second;
    expect(forces).toEqual([false, true]);
  });

  it('runs the next scan even when the one before failed', async () => {
    const s = scheduler();
    let calls = 0;
    s.replace(async () => {
      if (++calls === 1) throw new Error('first');
    });
    await expect(s.scans.scan()).rejects.toThrow('first');
    await s.scans.scan();
    expect(calls).toBe(2);
  });

  it('rescans a page that keeps changing less and less often, up to MAX_RESCAN_INTERVAL', async () => {
    const s = scheduler();
    // A page that changes again as soon as it has been read.
    s.replace(async () => {
      s.started.push(Date.now());
      queueMicrotask(() => s.scans.afterChange(false));
    });
    await s.scans.scan();
    await vi.advanceTimersByTimeAsync(750 + 1500 + 3000 + 6000 + 3 * MAX_RESCAN_INTERVAL);
    const gaps = s.started.slice(1).map((t, i) => t - (s.started[i] as number));
    expect(gaps).toEqual([MIN_RESCAN_INTERVAL, 1500, 3000, 6000, MAX_RESCAN_INTERVAL, MAX_RESCAN_INTERVAL, MAX_RESCAN_INTERVAL]);
  });

  it('counts the wait from the start of the last scan, so a change long after it is read at once', async () => {
    const s = scheduler();
    await s.scans.scan();
    await vi.advanceTimersByTimeAsync(5000);
    s.scans.afterChange(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.started).toEqual([0, 5000]);
  });

  it('reads a new address at once, and starts the interval over', async () => {
    const s = scheduler();
    await s.scans.scan();
    s.scans.afterChange(false);
    await vi.advanceTimersByTimeAsync(MIN_RESCAN_INTERVAL);
    s.scans.afterChange(true);
    await vi.advanceTimersByTimeAsync(0);
    s.scans.afterChange(false);
    await vi.advanceTimersByTimeAsync(MAX_RESCAN_INTERVAL);
    expect(s.started).toEqual([0, MIN_RESCAN_INTERVAL, MIN_RESCAN_INTERVAL, 2 * MIN_RESCAN_INTERVAL]);
  });

  it('waits RESCAN_COST_FACTOR times what the last scan took, up to MAX_COSTLY_INTERVAL', async () => {
    const slow = scheduler(1000);
    await slow.scans.scan();
    slow.scans.afterChange(false);
    await vi.advanceTimersByTimeAsync(MAX_COSTLY_INTERVAL);
    expect(slow.started).toEqual([0, RESCAN_COST_FACTOR * 1000]);

    vi.setSystemTime(0);
    const slowest = scheduler(10_000);
    await slowest.scans.scan();
    slowest.scans.afterChange(false);
    await vi.advanceTimersByTimeAsync(2 * MAX_COSTLY_INTERVAL);
    expect(slowest.started).toEqual([0, MAX_COSTLY_INTERVAL]);
  });

  it('reads once REVEAL_DELAY after a burst of revealing events', async () => {
    const s = scheduler();
    s.scans.afterReveal();
    await vi.advanceTimersByTimeAsync(REVEAL_DELAY / 2);
    s.scans.afterReveal();
    await vi.advanceTimersByTimeAsync(REVEAL_DELAY / 2);
    expect(s.started).toEqual([REVEAL_DELAY]);
    s.scans.afterReveal();
    await vi.advanceTimersByTimeAsync(REVEAL_DELAY);
    expect(s.started).toEqual([REVEAL_DELAY, 2 * REVEAL_DELAY]);
  });

  it('hands errors of the scans it starts itself to onError', async () => {
    const s = scheduler();
    s.replace(async () => {
      throw new Error('orphaned');
    });
    s.scans.afterChange(true);
    s.scans.afterReveal();
    await vi.advanceTimersByTimeAsync(REVEAL_DELAY);
    expect(s.errors.map(String)).toEqual(['Error: orphaned', 'Error: orphaned']);
  });
});
