/**
 * Pages change after load: scam kits write their number with script, bait pages reveal hidden content,
 * single-page apps swap their content and address. The MutationObserver callback only collects what
 * changed (the roots of the changed subtrees); the content script (page-life.ts) looks at them later, in
 * idle time, at most once per `minInterval`. After `quietAfter` without a change, observation drops to
 * structural changes only (no attribute or text edits), which is what a settled page costs nothing to watch;
 * the first change brings full observation back.
 */

export interface WatchOptions {
  readonly minInterval: number;
  readonly quietAfter: number;
  /** More changed roots than this in one batch: treat it as "everything changed". */
  readonly maxRoots: number;
}

export const DEFAULT_WATCH: WatchOptions = { minInterval: 750, quietAfter: 10_000, maxRoots: 400 };

/**
 * A changed part of the page: a subtree, or, when nodes were only appended to `node` (a feed, a chat, an
 * infinite list), just its children from `from` on. Rescanning a 10,000-item list for the hundred items
 * appended last would make a growing page cost more with every batch.
 */
export interface ChangedPart {
  readonly node: Node;
  readonly from?: Node;
}

export interface PageChanges {
  /** The changed parts; empty with `everything` set when there were too many to list. */
  readonly roots: readonly ChangedPart[];
  readonly everything: boolean;
  /** The address changed (history navigation in a single-page app). */
  readonly urlChanged: boolean;
}

/** Records for one node in one batch beyond which its appends are not worth telling apart. */
const MAX_APPEND_RECORDS = 32;

const FULL: MutationObserverInit = {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'],
};
const QUIET: MutationObserverInit = { childList: true, subtree: true };

function isOwn(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[data-helpdesk-guard]') != null;
}

export function watchPage(doc: Document, win: Window, signal: AbortSignal, onChanges: (changes: PageChanges) => void, options = DEFAULT_WATCH): void {
  // Targets of the mutation records since the last flush. The callback only collects them: it runs for
  // every batch of a page's changes, and in Firefox every DOM access from a content script crosses a
  // compartment, so per-node work here (thousands of added nodes a second on a busy page) was measured to
  // take half of such a page's main thread. Sorting out what changed waits for the flush.
  let targets = new Set<Node>();
  // Nodes that only had children appended, with the first node of the earliest append since the last flush.
  let appended = new Map<Node, Node>();
  let everything = false;
  let lastUrl = win.location.href;
  let timer: number | undefined;
  let lastRun = 0;
  let quiet = false;
  let quietTimer: number | undefined;
  let changedSinceQuietCheck = false;

  const flush = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    lastRun = Date.now();
    const urlChanged = win.location.href !== lastUrl;
    lastUrl = win.location.href;
    const roots: ChangedPart[] = [];
    if (!everything) {
      for (const node of targets) if (!isOwn(node)) roots.push({ node: node.nodeType === Node.TEXT_NODE ? (node.parentNode ?? node) : node });
      for (const [node, from] of appended) if (!targets.has(node) && !isOwn(from)) roots.push({ node, from });
    }
    const changed = everything || roots.length > 0;
    targets = new Set();
    appended = new Map();
    everything = false;
    if (changed || urlChanged) onChanges({ roots, everything: changed && roots.length === 0, urlChanged });
  };
  const schedule = (): void => {
    if (timer !== undefined || signal.aborted) return;
    timer = win.setTimeout(flush, Math.max(0, lastRun + options.minInterval - Date.now()));
  };
  // Checked once per quiet period, not per change: a page that went quiet drops to structural observation.
  const checkQuiet = (): void => {
    quietTimer = win.setTimeout(() => {
      if (signal.aborted) return;
      if (changedSinceQuietCheck) {
        changedSinceQuietCheck = false;
        checkQuiet();
        return;
      }
      quiet = true;
      quietTimer = undefined;
      observer.disconnect();
      observer.observe(doc, QUIET);
    }, options.quietAfter);
  };

  const observer = new MutationObserver((records) => {
    // The first new node of each node that was only appended to in this batch. Walking the records back,
    // an append continues a node's chain if its last node sits right before the chain's first (or, for the
    // latest append, at the very end); anything else sends the node to be read whole.
    const firstNew = new Map<Node, Node>();
    const recordsOf = new Map<Node, number>();
    // Read once per batch: in Firefox each property read from the page's objects crosses a compartment.
    const root = doc.documentElement;
    for (let i = records.length - 1; i >= 0; i--) {
      const record = records[i] as MutationRecord;
      const target = record.target;
      // The extension's own banner is added to <html>: look at what was added there, and only there. A new
      // <html> under the document itself is a document.open()/write() replacement: read it whole.
      if ((target === root || target === doc) && record.type === 'childList') {
        for (const node of record.addedNodes) if (!isOwn(node)) targets.add(node);
        continue;
      }
      // Whatever else happened to a node already to be read whole does not matter, and in Firefox each field
      // read from a record crosses into the page's compartment: a storm of hundreds of records a batch
      // (the hostile flood fixture) must cost a Set lookup each, not a dozen reads. A node with more records
      // than are worth walking in one batch is read whole too.
      if (everything || targets.has(target)) continue;
      const count = (recordsOf.get(target) ?? 0) + 1;
      recordsOf.set(target, count);
      if (count > MAX_APPEND_RECORDS) {
        targets.add(target);
        continue;
      }
      const added = record.type === 'childList' && record.removedNodes.length === 0 ? record.addedNodes : undefined;
      const last = added?.[added.length - 1];
      const first = last && last.parentNode === target && last.nextSibling === (firstNew.get(target) ?? null) ? added?.[0] : undefined;
      if (first) firstNew.set(target, first);
      else targets.add(target);
    }
    // An append from an earlier batch since the last flush started before this batch's.
    for (const [target, first] of firstNew) if (!appended.has(target)) appended.set(target, first);
    if (targets.size + appended.size > options.maxRoots) {
      everything = true;
      targets.clear();
      appended.clear();
    }
    if (!everything && targets.size === 0 && appended.size === 0) return;
    changedSinceQuietCheck = true;
    if (quiet) {
      quiet = false;
      observer.disconnect();
      observer.observe(doc, FULL);
      checkQuiet();
    }
    schedule();
  });
  // The document, not its <html>: a page that replaces itself with document.open() and write() gets a new
  // <html>, and an observer of the old one would never hear of the page that follows.
  observer.observe(doc, FULL);
  checkQuiet();
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
