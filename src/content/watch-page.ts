/**
 * Pages change after load: scam kits write their number with script, single-page apps swap their content
 * and address. The MutationObserver only notes that something changed; the rescan runs later in idle
 * time, at most once per `minInterval`, and backs off further once the page has been quiet for a while, so
 * a busy page pays for a handful of scans, not one per mutation.
 */

export interface WatchOptions {
  /** Earliest next scan after one has run. */
  readonly minInterval: number;
  /** After this long without a change the interval doubles, up to `maxInterval`. */
  readonly quietAfter: number;
  readonly maxInterval: number;
}

export const DEFAULT_WATCH: WatchOptions = { minInterval: 750, quietAfter: 10_000, maxInterval: 5000 };

type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout' | 'location'> & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

export function watchPage(doc: Document, win: IdleWindow, signal: AbortSignal, rescan: () => void, options = DEFAULT_WATCH): void {
  let timer: number | undefined;
  let lastScan = Date.now();
  let lastChange = Date.now();
  let lastUrl = win.location.href;

  const run = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    lastScan = Date.now();
    rescan();
  };
  const schedule = (): void => {
    lastChange = Date.now();
    if (timer !== undefined || signal.aborted) return;
    const quiet = Date.now() - lastChange > options.quietAfter;
    const interval = quiet ? options.maxInterval : options.minInterval;
    const wait = Math.max(0, lastScan + interval - Date.now());
    timer = win.setTimeout(() => {
      if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, wait);
  };

  const observer = new MutationObserver((records) => {
    // Our own marks and banner do not count as the page changing.
    if (records.every((r) => r.target instanceof Element && r.target.closest('[data-helpdesk-guard]'))) return;
    schedule();
  });
  // Attributes too: bait pages reveal their hidden scam content by switching a class or a style.
  observer.observe(doc.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'],
  });
  // A single-page app changes its address without loading a document; check on every change and on history events.
  const checkUrl = (): void => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    schedule();
  };
  doc.defaultView?.addEventListener('popstate', checkUrl, { signal });
  doc.defaultView?.addEventListener('hashchange', checkUrl, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  }, { once: true });
}
