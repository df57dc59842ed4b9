/**
 * The content script's life in one page: read the page, ask the background when the page has anything
 * phone-shaped, show the verdict, and keep watching. Reading happens in slices (slices.ts); changes are
 * gated by what changed, not by re-reading the page. Everything it registers hangs off one AbortController,
 * and when the extension is updated or removed the orphaned script aborts it and leaves the page as it was.
 */
import { findNumberRuns } from '../core/phone/number-runs.ts';
import type { PageSample } from '../core/verdict/page-sample.ts';
import type { BackgroundPush, BannerAction } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';
import type { BannerModel } from '../shared/views.ts';
import { BannerGuard } from './banner-guard.ts';
import { buildSample, needsDetector } from './build-sample.ts';
import { disarmTelLinks, markNumbers } from './mark-numbers.ts';
import { OrphanedError, send } from './messenger.ts';
import { phoneFieldCount, readFacts } from './page-facts.ts';
import { defusePage, listenForPageSignals } from './page-signals.ts';
import { PageReader, readPage, VisibleFilter, type PageText } from './read-page.ts';
import { inSlices } from './slices.ts';
import { watchPage, type PageChanges } from './watch-page.ts';

/** How much of one changed subtree the change gate reads. */
const MAX_CHANGE_TEXT = 64 * 1024;
/** A page that keeps changing is rescanned less and less often, up to this interval. */
const MAX_RESCAN_INTERVAL = 8000;

/** Did this changed subtree bring anything phone-shaped? */
function bringsCandidate(node: Node): boolean {
  if (node instanceof Element) {
    if (node.matches('a[href^="tel:" i]') || node.querySelector('a[href^="tel:" i]')) return true;
    if (phoneFieldCount(node) > 0) return true;
  }
  return findNumberRuns(readPage(node, MAX_CHANGE_TEXT).text, 1).length > 0;
}

export function startPageGuard(win: Window): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const doc = win.document;
  const isTop = win === win.top;
  // Names this document for the background: a new name in the top frame means a new page in the tab.
  const documentId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
  let page: PageText | undefined;
  let shown = '';
  let sentKey = '';
  let scanning: Promise<void> | undefined;
  let rescanInterval = 0;
  let lastScan = 0;

  const fail = (error: unknown): void => {
    if (error instanceof OrphanedError) controller.abort();
  };
  const onAction = (action: BannerAction): void => {
    if (action === 'dismiss') banner?.hide();
    send({ type: 'banner-action', action }).catch(fail);
  };
  const banner = isTop ? new BannerGuard(doc, onAction, signal) : undefined;

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
    banner?.show(model, model.level === 'scam');
    if (page) markNumbers(doc, page, model.written, model.markLabel);
    disarmTelLinks(doc, model.written, model.markLabel, signal);
  };

  const read = async (): Promise<PageText | undefined> => {
    const reader = new PageReader(doc.body ?? doc.documentElement);
    return (await inSlices(win, signal, (shouldYield) => reader.run(shouldYield))) ? reader.result() : undefined;
  };
  const visible = async (all: PageText): Promise<PageText | undefined> => {
    const filter = new VisibleFilter(all);
    return (await inSlices(win, signal, (shouldYield) => filter.run(shouldYield))) ? filter.result() : undefined;
  };

  const scanOnce = async (force: boolean): Promise<void> => {
    if (signal.aborted || !doc.documentElement) return;
    const url = win.location.href;
    const all = await read();
    if (!all) return;
    // The common case ends here: nothing phone-shaped, nothing sent, no phone library loaded anywhere.
    if (!force && !sentKey && !needsDetector(readFacts(doc, url, all).facts)) return;
    const seen = await visible(all);
    if (!seen) return;
    page = seen;
    const sample: PageSample = buildSample(readFacts(doc, url, seen).facts);
    const key = JSON.stringify(sample);
    if (key === sentKey) return;
    sentKey = key;
    apply((await send(isTop ? { type: 'scan', sample, documentId } : { type: 'scan', sample }))?.banner);
  };
  /** One scan at a time; a request during a scan runs once more after it. */
  const scan = (force = false): Promise<void> => {
    const run = async (): Promise<void> => {
      await scanning?.catch(() => undefined);
      lastScan = Date.now();
      await scanOnce(force);
    };
    scanning = run();
    return scanning;
  };

  const onChanges = (changes: PageChanges): void => {
    const relevant = changes.urlChanged || changes.everything || sentKey !== '' || changes.roots.some(bringsCandidate);
    if (!relevant) return;
    // A page that keeps changing after it was sent is rescanned with a growing interval.
    rescanInterval = changes.urlChanged ? 0 : Math.min(MAX_RESCAN_INTERVAL, Math.max(750, rescanInterval * 2));
    const wait = Math.max(0, lastScan + rescanInterval - Date.now());
    win.setTimeout(() => void scan().catch(fail), wait);
  };

  const onPush = (message: unknown): Promise<{ documentId: string }> | undefined => {
    const push = message as BackgroundPush | undefined;
    if (push?.type === 'verdict') apply(push.banner);
    if (push?.type === 'send-sample') {
      // The tab's record was started afresh: frames that had reported report again; the top frame always does.
      const hadSent = sentKey !== '';
      sentKey = '';
      if (isTop || hadSent) scan(isTop).catch(fail);
    }
    if (push?.type === 'ping' && isTop) return Promise.resolve({ documentId });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onPush);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onPush), { once: true });

  // A new tab's initial about:blank is not a page of its own: only real documents name themselves.
  if (isTop && /^https?:$/.test(win.location.protocol)) send({ type: 'hello', documentId }).catch(fail);
  scan().catch(fail);
  watchPage(doc, win, signal, onChanges);
  // Lock-screen behaviour is evidence even on a page whose number has not appeared (yet): the text goes
  // along with the first report, so the background can weigh the two together.
  listenForPageSignals(win, signal, (counts) => {
    const report = async (): Promise<void> => {
      if (!sentKey) await scan(true);
      apply((await send({ type: 'behaviour', counts }))?.banner);
    };
    report().catch(fail);
  });
  return controller;
}
