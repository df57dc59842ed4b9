/**
 * The report form: it says first where the report goes (the built-in service, the user's own address, or
 * nowhere), then what kind of page, an optional comment and screenshot, then a preview of what will be sent
 * as a plain list, with the exact JSON (built and kept by the background) one click away, then Send. Sending blocks the page's numbers for
 * this user at once, and queues the report when reports are sent anywhere.
 */
import { actionErrorKey, type ActionError } from '../shared/action-error-text.ts';
import { ensureReportConsent } from '../shared/data-consent.ts';
import type { Translate } from '../shared/i18n.ts';
import { send } from '../shared/send-to-background.ts';
import { browser } from '../shared/platform.ts';
import type { Report, ReportKind } from '../core/report/report-format.ts';
import type { SettingsView, TabStateView } from '../shared/views.ts';
import { byId, showView } from './dom.ts';
import { renderReportLines, reportLines } from './report-preview.ts';
import { showSent } from './sent-view.ts';

export interface ReportTarget {
  readonly tabId: number;
  /** The popup was opened on this tab from the toolbar: activeTab allows a screenshot of it. */
  readonly canScreenshot: boolean;
}

async function screenshot(): Promise<string | null> {
  try {
    return await browser.tabs.captureVisibleTab(undefined as unknown as number, { format: 'png' });
  } catch {
    return null;
  }
}

/** Where a report goes, in plain words: the service or the user's address by host name, or that nothing is sent. */
export function destinationText(settings: SettingsView, t: Translate): string {
  const destination = settings.reportDestination;
  if (!destination) return t('reportNoEndpoint');
  const host = new URL(destination).host;
  return settings.settings.reportTarget === 'service' ? t('reportWhereService', host) : t('reportWhereCustom', host);
}

export function setUpReport(target: ReportTarget, view: TabStateView | undefined, t: Translate, lang: string): void {
  void send({ type: 'get-settings' }).then((settings) => {
    byId('report-where').textContent = destinationText(settings, t);
  });
  const form = byId<HTMLFormElement>('report-form');
  const previewBox = byId('report-preview-box');
  const shot = byId<HTMLInputElement>('report-screenshot');
  shot.disabled = !target.canScreenshot;
  byId('report-screenshot-unavailable').hidden = target.canScreenshot;
  let prepared: { id: string; json: string } | undefined;

  byId('report-preview').addEventListener('click', () => {
    const run = async (): Promise<void> => {
      const kind = (new FormData(form).get('kind') as ReportKind | null) ?? 'fake-helpdesk';
      const comment = byId<HTMLTextAreaElement>('report-comment').value;
      const image = shot.checked && target.canScreenshot ? await screenshot() : null;
      const reply = await send({ type: 'prepare-report', tabId: target.tabId, kind, comment, screenshot: image });
      if ('error' in reply) {
        showError(t(actionErrorKey(reply.error)));
        return;
      }
      prepared = reply;
      const settings = await send({ type: 'get-settings' });
      // With nothing to send, the preview must not claim that this "will be sent".
      byId('report-preview-title').textContent = t(settings.reportDestination ? 'reportPreviewTitle' : 'reportPreviewTitleLocal');
      byId('report-destination').textContent = destinationText(settings, t);
      byId('report-json').textContent = reply.json;
      renderReportLines(byId('report-fields'), reportLines(JSON.parse(reply.json) as Report, t, (n) => view?.display[n] ?? n));
      byId<HTMLDetailsElement>('report-data').open = false;
      form.hidden = true;
      previewBox.hidden = false;
      byId('report-preview-title').tabIndex = -1;
      byId('report-preview-title').focus();
    };
    void run();
  });
  byId('report-edit').addEventListener('click', () => {
    previewBox.hidden = true;
    form.hidden = false;
  });
  byId('report-send').addEventListener('click', () => {
    const run = async (): Promise<void> => {
      if (!prepared) return;
      const settings = await send({ type: 'get-settings' });
      // Firefox asks for consent to send page data; without it the report stays unsent.
      if (settings.reportDestination && !(await ensureReportConsent())) {
        showError(t('reportConsentNeeded'));
        return;
      }
      const reply = await send({ type: 'send-report', id: prepared.id }).catch((): ActionError => ({ error: 'not-saved' }));
      if ('error' in reply) {
        showError(t(actionErrorKey(reply.error)));
        return;
      }
      showSent(reply, JSON.parse(prepared.json) as { page: { url: string }; numbers: { e164: string }[] }, view, t, lang);
      showView('sent');
    };
    void run();
  });
}

function showError(message: string): void {
  const error = byId('report-error');
  error.textContent = message;
  error.hidden = false;
}
