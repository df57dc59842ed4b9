/**
 * Pages change after load: scam kits write their number with script, bait pages reveal hidden content,
 * single-page apps swap their content and address. The MutationObserver callback only collects what
 * changed (the roots of the changed subtrees); the page guard looks at them later, in idle time, at most
 * once per `minInterval`. After `quietAfter` without a change, observation drops to structural changes
 * only (no attribute or text edits), which is what a settled page costs nothing to watch; the first change
 * brings full observation back.
 */

export interface WatchOptions {
  readonly minInterval: number;
  readonly quietAfter: number;
  /** More changed roots than this in one batch: treat it as "everything changed". */
  readonly maxRoots: number;
}

export const DEFAULT_WATCH: WatchOptions = { minInterval: 750, quietAfter: 10_000, maxRoots: 400 };

export interface PageChanges {
  /** The roots of changed subtrees; empty with `everything` set when there were too many to list. */
  readonly roots: readonly Node[];
  readonly everything: boolean;
  /** The address changed (history navigation in a single-page app). */
  readonly urlChanged: boolean;
}

const FULL: MutationObserverInit = {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'],
};
const QUIET: MutationObserverInit = { childList: true, subtree: true };

function isOwn(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[data-helpdesk-guard]') != null;
}

export function watchPage(doc: Document, win: Window, signal: AbortSignal, onChanges: (changes: PageChanges) => void, options = DEFAULT_WATCH): void {
  let roots = new Set<Node>();
  let everything = false;
  let lastUrl = win.location.href;
  let timer: number | undefined;
  let lastRun = 0;
  let lastChange = Date.now();
  let quiet = false;
  let quietTimer: number | undefined;

  const flush = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    lastRun = Date.now();
    const urlChanged = win.location.href !== lastUrl;
    lastUrl = win.location.href;
    const changes: PageChanges = { roots: [...roots], everything, urlChanged };
    roots = new Set();
    everything = false;
    onChanges(changes);
  };
  const schedule = (): void => {
    if (timer !== undefined || signal.aborted) return;
    timer = win.setTimeout(flush, Math.max(0, lastRun + options.minInterval - Date.now()));
  };
  const goQuietLater = (): void => {
    if (quietTimer !== undefined) win.clearTimeout(quietTimer);
    quietTimer = win.setTimeout(() => {
      if (Date.now() - lastChange < options.quietAfter || signal.aborted) return;
      quiet = true;
      observer.disconnect();
      observer.observe(doc.documentElement, QUIET);
    }, options.quietAfter);
  };

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      const targets = record.type === 'childList' ? [...record.addedNodes] : [record.target];
      for (const node of targets) {
        if (isOwn(node)) continue;
        relevant = true;
        if (everything) continue;
        roots.add(node.nodeType === Node.TEXT_NODE ? (node.parentNode ?? node) : node);
        if (roots.size > options.maxRoots) {
          everything = true;
          roots.clear();
        }
      }
    }
    if (!relevant) return;
    lastChange = Date.now();
    if (quiet) {
      quiet = false;
      observer.disconnect();
      observer.observe(doc.documentElement, FULL);
    }
    goQuietLater();
    schedule();
  });
  observer.observe(doc.documentElement, FULL);
  goQuietLater();
  const onHistory = (): void => {
    if (win.location.href !== lastUrl) schedule();
  };
  win.addEventListener('popstate', onHistory, { signal });
  win.addEventListener('hashchange', onHistory, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
      if (quietTimer !== undefined) win.clearTimeout(quietTimer);
    },
    { once: true },
  );
}
