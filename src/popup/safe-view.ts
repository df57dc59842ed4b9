/**
 * "This page is safe": trust the site from now on (the popup's tab is judged again at once, so the banner
 * and badge go away), and optionally send a false-positive report when reports are sent anywhere.
 */
import type { Translate } from '../shared/i18n.ts';
import { send } from '../shared/send-to-background.ts';
import { ensureReportConsent } from '../shared/data-consent.ts';
import type { TabStateView } from '../shared/views.ts';
import { byId } from './dom.ts';

export function setUpSafe(tabId: number, view: TabStateView | undefined, t: Translate): void {
  const host = view?.host ?? '';
  byId('safe-explain').textContent = t('safeExplain', host);
  const confirm = byId<HTMLButtonElement>('safe-confirm');
  confirm.disabled = !host;
  void send({ type: 'get-settings' }).then((s) => {
    byId('safe-report-choice').hidden = !s.reportDestination;
  });
  confirm.addEventListener('click', () => {
    const run = async (): Promise<void> => {
      const alsoReport = byId<HTMLInputElement>('safe-report').checked && !byId('safe-report-choice').hidden;
      if (alsoReport && (await ensureReportConsent())) {
        const prepared = await send({ type: 'prepare-report', tabId, kind: 'false-positive', comment: '', screenshot: null });
        if ('id' in prepared) await send({ type: 'send-report', id: prepared.id });
      }
      await send({ type: 'change-user-lists', change: { op: 'trust-site', host }, tabId });
      confirm.disabled = true;
      byId('safe-done').hidden = false;
    };
    void run();
  });
}
