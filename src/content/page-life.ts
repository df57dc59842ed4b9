/**
 * The content script's life in one page, wired from its parts: pass the page through the gate (gate.ts),
 * and only when it has something phone-shaped read it (text-reader.ts), ask the background, show the verdict
 * (verdict-view.ts), and keep watching (watch-page.ts), rescanning when scan-scheduler.ts says so.
 * Everything registered hangs off one AbortController; when the extension is updated or removed, the
 * orphaned script aborts it.
 */
import type { BackgroundPush } from '../shared/messages.ts';
import { pageNeedsDetector, partBringsCandidate } from './gate.ts';
import { OrphanedError, send } from './messenger.ts';
import { hidesCursor, listenForPageSignals, type PageSignals } from './page-signals.ts';
import { onPush } from './runtime.ts';
import { ScanScheduler } from './scan-scheduler.ts';
import { TextReader } from './text-reader.ts';
import { VerdictView } from './verdict-view.ts';
import { watchPage, type PageChanges } from './watch-page.ts';

/** Events that can reveal text with no change to the DOM: a checkbox hack's click, a CSS reveal's end. */
const REVEAL_EVENTS = ['click', 'animationend', 'transitionend'];

export function runContentScript(win: Window): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const doc = win.document;
  const isTop = win === win.top;
  // Names this document for the background: a new name in the top frame means a new page in the tab. It
  // only has to differ from the tab's previous documents, and the page cannot read it (isolated world), so
  // Math.random serves; crypto would cost the first use of another API in every frame.
  const documentId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  let cursorHidden = false;
  let sentKey = '';
  let revealsWatched = false;

  const fail = (error: unknown): void => {
    if (error instanceof OrphanedError) controller.abort();
  };
  const reader = new TextReader(win, signal);
  const view = new VerdictView(win, signal, {
    isTop,
    onAction: (action) => void send({ type: 'banner-action', action }).catch(fail),
    readNodes: () => reader.walk(false),
    onError: fail,
  });

  const scanOnce = async (force: boolean): Promise<void> => {
    if (signal.aborted || !doc.documentElement) return;
    const url = win.location.href;
    // The common case ends here: nothing phone-shaped, no text sampled or sent, no phone library loaded anywhere.
    // The page's text is read once here, for the gate and for choosing how to read it (text-reader.ts).
    const shadowText = reader.hasShadowRoots ? (await reader.walk(false))?.text : undefined;
    const text = shadowText ?? (doc.body ?? doc.documentElement).textContent ?? '';
    if (!force && !sentKey && !pageNeedsDetector(doc, url, text)) return;
    const sample = await reader.sample(url, text.length);
    if (!sample) return;
    // Once seen, the hidden cursor stays counted: later scans spare the computed-style read.
    if (!cursorHidden && hidesCursor(win)) {
      cursorHidden = true;
      signals.note('hiddenCursor');
    }
    const key = JSON.stringify(sample);
    if (key === sentKey) return;
    sentKey = key;
    watchReveals();
    view.apply((await send(isTop ? { type: 'scan', sample, documentId } : { type: 'scan', sample }))?.banner);
  };
  const scheduler = new ScanScheduler({ now: Date.now, setTimeout: (run, ms) => win.setTimeout(run, ms) }, scanOnce, fail);
  const scan = (force = false): void => void scheduler.scan(force).catch(fail);

  /**
   * Text a page reveals with no change to its DOM is read again after the event that shows it. Only on pages
   * that passed the gate; each addEventListener from the isolated world costs about 0.1 ms.
   */
  const watchReveals = (): void => {
    if (revealsWatched) return;
    revealsWatched = true;
    const later = (): void => scheduler.afterReveal();
    for (const type of REVEAL_EVENTS) win.addEventListener(type, later, { capture: true, passive: true, signal });
  };

  const onChanges = (changes: PageChanges): void => {
    const relevant = changes.urlChanged || changes.everything || sentKey !== '' || changes.roots.some(partBringsCandidate);
    if (relevant) scheduler.afterChange(changes.urlChanged);
  };

  const onBackgroundPush = (push: BackgroundPush): { documentId: string } | undefined => {
    if (push.type === 'verdict') view.apply(push.banner);
    if (push.type === 'send-sample') {
      // The tab's record was started afresh: frames that had reported report again; the top frame always does.
      const hadSent = sentKey !== '';
      sentKey = '';
      if (isTop || hadSent) scan(isTop);
    }
    if (push.type === 'ping' && isTop) return { documentId };
    return undefined;
  };
  const stopListening = onPush(onBackgroundPush);
  signal.addEventListener('abort', stopListening, { once: true });

  // Lock-screen behaviour is evidence even on a page whose number has not appeared (yet): the text goes
  // along with the first report, so the background can weigh the two together.
  const signals: PageSignals = listenForPageSignals(
    win,
    signal,
    (counts) => {
      const report = async (): Promise<void> => {
        if (!sentKey) await scheduler.scan(true);
        view.apply((await send({ type: 'behaviour', counts }))?.banner);
      };
      report().catch(fail);
    },
    () => {
      reader.hasShadowRoots = true;
      scan();
    },
  );
  // A new tab's initial about:blank is not a page of its own: only real documents name themselves.
  if (isTop && /^https?:$/.test(win.location.protocol)) send({ type: 'hello', documentId }).catch(fail);
  scan();
  watchPage(doc, win, signal, onChanges);
  return controller;
}
