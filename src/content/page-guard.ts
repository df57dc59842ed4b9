/**
 * The content script's life in one page: read the page, ask the background when the page has anything
 * phone-shaped, show the verdict, and keep watching. Everything it registers hangs off one AbortController,
 * and when the extension is updated or removed the orphaned script aborts it and leaves the page as it was.
 */
import type { BackgroundPush, BannerAction } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';
import type { BannerModel } from '../shared/views.ts';
import { BannerGuard } from './banner-guard.ts';
import { buildSample, needsDetector } from './build-sample.ts';
import { disarmTelLinks, markNumbers } from './mark-numbers.ts';
import { OrphanedError, send } from './messenger.ts';
import { readFacts, readVisibleFacts } from './page-facts.ts';
import { readPage, type PageText } from './read-page.ts';
import { defusePage, listenForPageSignals } from './page-signals.ts';
import { watchPage } from './watch-page.ts';

export function startPageGuard(win: Window): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const doc = win.document;
  const isTop = win === win.top;
  let page: PageText | undefined;
  let shown = '';
  let sentSomething = false;

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

  const scan = async (force = false): Promise<void> => {
    if (signal.aborted || !doc.documentElement) return;
    const url = win.location.href;
    const quick = readFacts(doc, url, readPage(doc.body ?? doc.documentElement));
    // The common case ends here: nothing phone-shaped, nothing sent, no phone library loaded anywhere.
    if (!force && !needsDetector(quick.facts) && !sentSomething) return;
    const visible = readVisibleFacts(doc, url);
    page = visible.page;
    sentSomething = true;
    const reply = await send({ type: 'scan', sample: buildSample(visible.facts) });
    apply(reply?.banner);
  };

  const onPush = (message: unknown): undefined => {
    const push = message as BackgroundPush | undefined;
    if (push?.type === 'verdict') apply(push.banner);
    if (push?.type === 'send-sample' && isTop) scan(true).catch(fail);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onPush);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onPush), { once: true });

  scan().catch(fail);
  watchPage(doc, win, signal, () => void scan().catch(fail));
  // Lock-screen behaviour is evidence even on a page whose number has not appeared (yet): the text goes
  // along with the first report, so the background can weigh the two together.
  listenForPageSignals(win, signal, (counts) => {
    const report = async (): Promise<void> => {
      if (!sentSomething) await scan(true);
      apply((await send({ type: 'behaviour', counts }))?.banner);
    };
    report().catch(fail);
  });
  return controller;
}
