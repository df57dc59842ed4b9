/**
 * When the content script reads the page (again): one scan at a time, a rescan after each relevant change
 * that waits longer the more the page keeps changing, and a rescan a second after an event that can reveal
 * text without changing the DOM. The clock and the timer are passed in, so the timing is tested by moving
 * a fake clock; the scan itself is the caller's (page-life.ts). The only state is three numbers and a flag:
 * nothing here runs per node or per change record, only once per batch of changes (watch-page.ts).
 */

export interface SchedulerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
}

/** The first rescan after a change comes this long after the last scan began (watch-page.ts's interval). */
export const MIN_RESCAN_INTERVAL = 750;
/** A page that keeps changing is rescanned less and less often, up to this interval. */
export const MAX_RESCAN_INTERVAL = 8000;
/**
 * And never more often than this many times its last scan took (wall time, slices included): reading a page
 * of 20 MB of text takes long enough that rescanning it on every burst of changes would take the page's
 * main thread from the page itself. 20 keeps the extension's share of a busy page near 5%.
 */
export const RESCAN_COST_FACTOR = 20;
/** The cost factor's ceiling: even the slowest page is read again within a minute of a change. */
export const MAX_COSTLY_INTERVAL = 60_000;
/** Text revealed by an event (a click, an animation's end) is read this long after it, at most this often. */
export const REVEAL_DELAY = 1000;

export class ScanScheduler {
  #scanning: Promise<void> | undefined;
  #interval = 0;
  #lastScan = 0;
  #lastCost = 0;
  #revealPending = false;

  constructor(
    private readonly clock: SchedulerClock,
    private readonly scanOnce: (force: boolean) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** One scan at a time; a request during a scan runs once more after it. `force` skips the gate. */
  scan(force = false): Promise<void> {
    const run = async (): Promise<void> => {
      await this.#scanning?.catch(() => undefined);
      this.#lastScan = this.clock.now();
      try {
        await this.scanOnce(force);
      } finally {
        this.#lastCost = this.clock.now() - this.#lastScan;
      }
    };
    this.#scanning = run();
    return this.#scanning;
  }

  /**
   * The page changed in a way worth a look. A page that keeps changing is rescanned with a growing interval
   * (or its cost's share, if that is longer); a new address is a new page, read at once.
   */
  afterChange(urlChanged: boolean): void {
    const growing = Math.min(MAX_RESCAN_INTERVAL, Math.max(MIN_RESCAN_INTERVAL, this.#interval * 2));
    this.#interval = urlChanged ? 0 : Math.max(growing, Math.min(MAX_COSTLY_INTERVAL, RESCAN_COST_FACTOR * this.#lastCost));
    const wait = Math.max(0, this.#lastScan + this.#interval - this.clock.now());
    this.clock.setTimeout(() => void this.scan().catch(this.onError), wait);
  }

  /** An event that can reveal text with no change to the DOM: one rescan after REVEAL_DELAY, however many. */
  afterReveal(): void {
    if (this.#revealPending) return;
    this.#revealPending = true;
    this.clock.setTimeout(() => {
      this.#revealPending = false;
      this.scan().catch(this.onError);
    }, REVEAL_DELAY);
  }
}
