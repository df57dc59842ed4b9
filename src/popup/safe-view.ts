/**
 * "This page is safe": trust the site from now on (the popup's tab is judged again at once, so the banner
 * and badge go away), and optionally send a false-positive report when reports are sent anywhere.
 */
import type { ActionError } from '../shared/action-error-text.ts';
import type { Translate } from '../shared/i18n.ts';
import { sendToBackground } from '../shared/page-i18n.ts';
import { ensureReportConsent } from '../shared/data-consent.ts';
import type { SettingsView, TabStateView } from '../shared/views.ts';
import { byId } from './dom.ts';

export function setUpSafe(tabId: number, view: TabStateView | undefined, t: Translate): void {
  const host = view?.host ?? '';
  byId('safe-explain').textContent = t('safeExplain', host);
  const confirm = byId<HTMLButtonElement>('safe-confirm');
  confirm.disabled = !host;
  void sendToBackground<SettingsView>({ type: 'get-settings' }).then((s) => {
    byId('safe-report-choice').hidden = !s.reportDestination;
  });
  confirm.addEventListener('click', () => {
    const run = async (): Promise<void> => {
      const alsoReport = byId<HTMLInputElement>('safe-report').checked && !byId('safe-report-choice').hidden;
      if (alsoReport && (await ensureReportConsent())) {
        const prepared = await sendToBackground<{ id: string } | ActionError>({ type: 'prepare-report', tabId, kind: 'false-positive', comment: '', screenshot: null });
        if ('id' in prepared) await sendToBackground({ type: 'send-report', id: prepared.id });
      }
      await sendToBackground({ type: 'change-user-lists', change: { op: 'trust-site', host }, tabId });
      confirm.disabled = true;
      byId('safe-done').hidden = false;
    };
    void run();
  });
}
