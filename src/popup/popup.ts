/**
 * Popup entry. Opened from the toolbar it speaks about the active tab; the banner's buttons and the context
 * menu open the same page in a tab or window of its own with `?tab=`, `?view=` and `?q=`.
 */
import { localiseDocument, extensionPageTranslator } from '../shared/extension-page-i18n.ts';
import { send } from '../shared/send-to-background.ts';
import { browser } from '../shared/platform.ts';
import type { TabStateView } from '../shared/views.ts';
import { targetTab } from './active-tab.ts';
import { setUpCheck } from './check-view.ts';
import { byId, showView, type ViewName } from './dom.ts';
import { leaveTab } from './leave-tab.ts';
import { renderVerdict } from './render-verdict.ts';
import { setUpReportLog } from './report-log-view.ts';
import { setUpReport } from './report-view.ts';
import { setUpSafe } from './safe-view.ts';

const VIEWS: Readonly<Record<string, ViewName>> = { report: 'report', 'not-a-scam': 'safe', check: 'check', reports: 'reports' };

async function main(): Promise<void> {
  const translator = await extensionPageTranslator();
  localiseDocument(document, translator);
  const params = new URLSearchParams(location.search);
  const tab = await targetTab(location);
  let view: TabStateView | undefined;
  if (tab) {
    view = await send({ type: 'get-tab-state', tabId: tab.id });
    if (view && tab.readable === false) view = { ...view, status: 'unreadable' };
  }
  renderVerdict(document, view, translator.t);
  const scannable = tab !== undefined && view?.status !== 'unreadable' && view?.host !== undefined;
  byId<HTMLButtonElement>('action-report').disabled = !scannable;
  byId<HTMLButtonElement>('action-safe').disabled = !scannable || view?.trustedSite === true;
  if (tab) {
    setUpReport({ tabId: tab.id, canScreenshot: tab.readable === true }, view, translator.t, translator.lang);
    setUpSafe(tab.id, view, translator.t);
  }
  setUpCheck(params.get('q'), translator.t);
  setUpReportLog(translator.t, translator.lang);
  byId('open-options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  byId('action-leave').addEventListener('click', () => {
    if (tab) void leaveTab(tab.id).then(() => window.close());
  });
  byId('action-report').addEventListener('click', () => showView('report'));
  byId('action-safe').addEventListener('click', () => showView('safe'));
  byId('action-check').addEventListener('click', () => showView('check'));
  for (const back of document.querySelectorAll<HTMLButtonElement>('.back')) back.addEventListener('click', () => showView('main'));
  showView(VIEWS[params.get('view') ?? ''] ?? 'main');
  document.body.dataset['ready'] = 'true';
}

void main();
