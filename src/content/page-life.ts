/**
 * The content script's life in one page: pass the page through the gate (gate.ts), and only when it has
 * something phone-shaped read its visible text, ask the background, show the verdict, and keep watching.
 * Visible text comes from the browser's own innerText (rendered text, block breaks, no per-node work here);
 * pages with open shadow roots or enormous text are read with the sliced walker instead (read-page.ts),
 * which is also what finds the text nodes to mark once a verdict asks for it. Everything registered hangs
 * off one AbortController; when the extension is updated or removed, the orphaned script aborts it.
 */
import { MAX_SAMPLE_TEXT, type PageSample } from '../core/verdict/page-sample.ts';
import type { BackgroundPush, BannerAction } from '../shared/messages.ts';
import type { BannerModel } from '../shared/views.ts';
import { afterNextFrame } from './after-frame.ts';
import { BannerKeeper } from './banner-keeper.ts';
import { buildSample } from './build-sample.ts';
import { pageNeedsDetector, partBringsCandidate } from './gate.ts';
import { disarmTelLinks, markNumbers } from './mark-numbers.ts';
import { OrphanedError, send } from './messenger.ts';
import { factsWithText } from './page-facts.ts';
import { defusePage, hidesCursor, listenForPageSignals, protectBanner, type PageSignals } from './page-signals.ts';
import { PageReader, VisibleFilter, type PageText } from './read-page.ts';
import { visualReading } from './visual-order.ts';
import { readingAids, type ReadingAids } from './visual-text.ts';
import { onMessage } from './runtime.ts';
import { inSlices } from './slices.ts';
import { watchPage, type PageChanges } from './watch-page.ts';

/** A page with more text than this is read in slices, not in one innerText call that could hold the page. */
const MAX_INNER_TEXT = 2_000_000;
/** Pages with more text than this are not searched for CSS generated text or SVG text (visual-text.ts). */
const MAX_AIDED_TEXT = 100_000;
/** A page that keeps changing is rescanned less and less often, up to this interval. */
const MAX_RESCAN_INTERVAL = 8000;
/**
 * And never more often than this many times its last scan took (wall time, slices included): reading a page
 * of 20 MB of text takes long enough that rescanning it on every burst of changes would take the page's
 * main thread from the page itself. 20 keeps the extension's share of a busy page near 5%.
 */
const RESCAN_COST_FACTOR = 20;
const MAX_COSTLY_INTERVAL = 60_000;

export function runContentScript(win: Window): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const doc = win.document;
  const isTop = win === win.top;
  // Names this document for the background: a new name in the top frame means a new page in the tab. It
  // only has to differ from the tab's previous documents, and the page cannot read it (isolated world), so
  // Math.random serves; crypto would cost the first use of another API in every frame.
  const documentId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  let shadowRoots = false;
  let cursorHidden = false;
  let shown = '';
  let sentKey = '';
  let scanning: Promise<void> | undefined;
  let rescanInterval = 0;
  let lastScan = 0;
  let lastScanCost = 0;

  const fail = (error: unknown): void => {
    if (error instanceof OrphanedError) controller.abort();
  };
  const onAction = (action: BannerAction): void => {
    if (action === 'dismiss') banner?.hide();
    send({ type: 'banner-action', action }).catch(fail);
  };
  const banner = isTop ? new BannerKeeper(doc, onAction, signal) : undefined;

  /** The sliced walker: text with its nodes, optionally only what is visible. */
  const walk = async (visibleOnly: boolean, aids?: ReadingAids): Promise<PageText | undefined> => {
    const reader = new PageReader(doc.body ?? doc.documentElement, Number.POSITIVE_INFINITY, aids ?? (shadowRoots ? readingAids(doc, true) : undefined));
    if (!(await inSlices(win, signal, (shouldYield) => reader.run(shouldYield)))) return undefined;
    if (!visibleOnly) return reader.result();
    const filter = new VisibleFilter(reader.result());
    return (await inSlices(win, signal, (shouldYield) => filter.run(shouldYield))) ? filter.result() : undefined;
  };

  /**
   * innerText, unless the page holds text innerText misses or reads differently in each browser (shadow roots,
   * CSS generated text, SVG text pieces: visual-text.ts), which the walker reads the same way everywhere.
   */
  const visibleText = async (): Promise<string | undefined> => {
    const root = doc.body ?? doc.documentElement;
    const length = root.textContent?.length ?? 0;
    // Style sheets and SVG are looked at on pages of scam-page size; a page of tables has no use for them
    // (0.8 ms of the table page's profile).
    const aids = shadowRoots || length <= MAX_AIDED_TEXT ? readingAids(doc, shadowRoots) : undefined;
    if (!aids && !shadowRoots && root instanceof HTMLElement && length <= MAX_INNER_TEXT) {
      await afterNextFrame(win);
      return signal.aborted ? undefined : root.innerText;
    }
    return (await walk(true, aids))?.text;
  };

  const markPage = async (model: BannerModel): Promise<void> => {
    if (model.written.length === 0) return;
    const page = await walk(false);
    if (page && !signal.aborted) markNumbers(doc, page, model.written, model.markLabel);
  };

  const apply = (model: BannerModel | undefined): void => {
    if (signal.aborted) return;
    const key = JSON.stringify(model ?? null);
    if (key === shown) return;
    shown = key;
    if (!model) {
      banner?.hide();
      return;
    }
    if (model.defuse) defusePage(win);
    if (banner) protectBanner(win);
    banner?.show(model);
    markPage(model).catch(fail);
    disarmTelLinks(doc, model.written, model.markLabel, signal);
  };

  const scanOnce = async (force: boolean): Promise<void> => {
    if (signal.aborted || !doc.documentElement) return;
    const url = win.location.href;
    // The common case ends here: nothing phone-shaped, no text sampled or sent, no phone library loaded anywhere.
    const shadowText = shadowRoots ? (await walk(false))?.text : undefined;
    if (!force && !sentKey && !pageNeedsDetector(doc, url, shadowText)) return;
    const read = await visibleText();
    if (read === undefined) return;
    // A page built of tiny pieces placed by CSS is read as it is laid out (visual-order.ts).
    const text = visualReading(doc, read.length) ?? read;
    // Reading a long page's text (a layout) and choosing what to send from it are two tasks, not one long one.
    if (text.length > MAX_SAMPLE_TEXT) await new Promise((resume) => win.setTimeout(resume, 0));
    if (signal.aborted) return;
    const sample: PageSample = buildSample(factsWithText(doc, url, text));
    // Once seen, the hidden cursor stays counted: later scans spare the computed-style read.
    if (!cursorHidden && hidesCursor(win)) {
      cursorHidden = true;
      signals.note('hiddenCursor');
    }
    const key = JSON.stringify(sample);
    if (key === sentKey) return;
    sentKey = key;
    watchReveals();
    apply((await send(isTop ? { type: 'scan', sample, documentId } : { type: 'scan', sample }))?.banner);
  };
  /**
   * Text a page reveals with no change to its DOM (a CSS animation that ends, a checkbox hack on a click)
   * is read again after the event that shows it. Only on pages that passed the gate, at most once a second.
   */
  let revealsWatched = false;
  let revealTimer: number | undefined;
  const watchReveals = (): void => {
    if (revealsWatched) return;
    revealsWatched = true;
    const later = (): void => {
      revealTimer ??= win.setTimeout(() => {
        revealTimer = undefined;
        scan().catch(fail);
      }, 1000);
    };
    // Three listeners (each addEventListener from the isolated world costs about 0.1 ms): a checkbox hack
    // is revealed by a click, CSS reveals end an animation or a transition.
    for (const type of ['click', 'animationend', 'transitionend']) win.addEventListener(type, later, { capture: true, passive: true, signal });
  };

  /** One scan at a time; a request during a scan runs once more after it. */
  const scan = (force = false): Promise<void> => {
    const run = async (): Promise<void> => {
      await scanning?.catch(() => undefined);
      lastScan = Date.now();
      try {
        await scanOnce(force);
      } finally {
        lastScanCost = Date.now() - lastScan;
      }
    };
    scanning = run();
    return scanning;
  };

  const onChanges = (changes: PageChanges): void => {
    const relevant = changes.urlChanged || changes.everything || sentKey !== '' || changes.roots.some(partBringsCandidate);
    if (!relevant) return;
    // A page that keeps changing after it was sent is rescanned with a growing interval.
    const growing = Math.min(MAX_RESCAN_INTERVAL, Math.max(750, rescanInterval * 2));
    rescanInterval = changes.urlChanged ? 0 : Math.max(growing, Math.min(MAX_COSTLY_INTERVAL, RESCAN_COST_FACTOR * lastScanCost));
    const wait = Math.max(0, lastScan + rescanInterval - Date.now());
    win.setTimeout(() => void scan().catch(fail), wait);
  };

  const onPush = (message: unknown): { documentId: string } | undefined => {
    const push = message as BackgroundPush | undefined;
    if (push?.type === 'verdict') apply(push.banner);
    if (push?.type === 'send-sample') {
      // The tab's record was started afresh: frames that had reported report again; the top frame always does.
      const hadSent = sentKey !== '';
      sentKey = '';
      if (isTop || hadSent) scan(isTop).catch(fail);
    }
    if (push?.type === 'ping' && isTop) return { documentId };
    return undefined;
  };
  const stopListening = onMessage(onPush);
  signal.addEventListener('abort', stopListening, { once: true });

  // Lock-screen behaviour is evidence even on a page whose number has not appeared (yet): the text goes
  // along with the first report, so the background can weigh the two together.
  const signals: PageSignals = listenForPageSignals(
    win,
    signal,
    (counts) => {
      const report = async (): Promise<void> => {
        if (!sentKey) await scan(true);
        apply((await send({ type: 'behaviour', counts }))?.banner);
      };
      report().catch(fail);
    },
    () => {
      shadowRoots = true;
      scan().catch(fail);
    },
  );
  // A new tab's initial about:blank is not a page of its own: only real documents name themselves.
  if (isTop && /^https?:$/.test(win.location.protocol)) send({ type: 'hello', documentId }).catch(fail);
  scan().catch(fail);
  watchPage(doc, win, signal, onChanges);
  return controller;
}
