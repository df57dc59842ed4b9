/** Popup entry: finds the tab, asks the background for its state, renders it. */
import { localiseDocument, pageTranslator, sendToBackground } from '../shared/page-i18n.ts';
import type { TabStateView } from '../shared/views.ts';
import { targetTab } from './active-tab.ts';
import { renderVerdict } from './render-verdict.ts';

async function main(): Promise<void> {
  const translator = await pageTranslator();
  localiseDocument(document, translator);
  const tab = await targetTab(location);
  let view: TabStateView | undefined;
  if (tab) {
    view = await sendToBackground<TabStateView | undefined>({ type: 'get-tab-state', tabId: tab.id });
    if (view && tab.readable === false) view = { ...view, status: 'unreadable' };
  }
  renderVerdict(document, view, translator.t);
  document.body.dataset['ready'] = 'true';
}

void main();
