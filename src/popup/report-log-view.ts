/**
 * "What became of my reports": the user's sent reports with their status in plain words. Shown at once from
 * what the background already knows, then again once it has asked the service about reports not checked for
 * a few minutes. `data-state` on the list says which (`cached`, then `ready`), for tests and screen readers.
 */
import type { Translate } from '../shared/i18n.ts';
import { send } from '../shared/send-to-background.ts';
import { renderReportLog } from '../shared/report-log.ts';
import { byId, showView } from './dom.ts';

export function setUpReportLog(t: Translate, lang: string): void {
  const list = byId('report-log');
  const load = async (refresh: boolean): Promise<void> => {
    const view = await send({ type: 'get-report-log', refresh });
    renderReportLog(list, view, t, lang);
    list.dataset['state'] = refresh ? 'ready' : 'cached';
  };
  void load(false).then(() => load(true));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.report-log-link')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      showView('reports');
      void load(true);
    });
  }
}
