/**
 * The options page: block-list status and sync, list URL and interval, sensitivity, where reports go (the
 * built-in service, the user's own address, or nowhere), the queue and what became of sent reports, the
 * user's own lists (view, remove, export, import), language, and the privacy statement. Every
 * change goes through the background, which validates and stores it; permissions for a new origin are asked
 * here, from the user's own click.
 */
import type { Translate } from '../shared/i18n.ts';
import type { ReportQueueView } from '../shared/messages.ts';
import { formatNumber } from '../shared/format-number.ts';
import { actionErrorKey, queueErrorKey } from '../shared/action-error-text.ts';
import { listErrorKey } from '../shared/list-error-text.ts';
import { localiseDocument, extensionPageTranslator } from '../shared/extension-page-i18n.ts';
import { send } from '../shared/send-to-background.ts';
import { renderReportLog } from '../shared/report-log.ts';
import type { ReportTarget, Settings } from '../shared/storage/settings.ts';
import type { UserListChange, UserLists } from '../shared/storage/user-lists.ts';
import type { ListStatusView, SettingsView } from '../shared/views.ts';
import { askOriginPermission, validEndpoint } from './endpoint.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options.html has no #${id}`);
  return element as T;
};

function when(ms: number | undefined, lang: string): string {
  return ms ? new Date(ms).toLocaleString(lang) : '–';
}

/** "Every 3 hours", "Every 2 days": the choices without a fixed text of their own in options.html. */
function labelSyncChoices(t: Translate): void {
  for (const option of $<HTMLSelectElement>('sync-hours').options) {
    if (option.dataset['i18n']) continue;
    const hours = Number(option.value);
    option.textContent = hours % 24 === 0 ? t('syncEveryDays', String(hours / 24)) : t('syncEveryHours', String(hours));
  }
}

function flashSaved(form: HTMLElement): void {
  const saved = form.querySelector<HTMLElement>('.saved');
  if (!saved) return;
  saved.hidden = false;
  setTimeout(() => (saved.hidden = true), 2500);
}

function renderStatus(status: ListStatusView, t: Translate, lang: string): void {
  $('list-version').textContent = String(status.version);
  $('list-entries').textContent = status.entries.toLocaleString(lang);
  $('list-source').textContent = t(status.source === 'download' ? 'listSourceDownload' : 'listSourceSeed');
  $('list-last-sync').textContent = status.listUrl ? when(status.lastSuccess, lang) : t('listNoServer');
  const problem = $('list-last-error');
  problem.textContent = status.lastError ? `${t(listErrorKey(status.lastError.code))} (${when(status.lastError.at, lang)})` : '–';
  // For whoever maintains the list service: the exact code and message, without putting them in the user's way.
  problem.title = status.lastError ? `${status.lastError.code}: ${status.lastError.message}` : '';
  $<HTMLButtonElement>('sync-now').disabled = !status.listUrl;
}

function renderQueue(queue: ReportQueueView, t: Translate, lang: string): void {
  $('report-queue').textContent = queue.pending > 0
    ? t('reportsPending', String(queue.pending), queue.lastError ? t(queueErrorKey(queue.lastError)) : '–', when(queue.nextAttempt, lang))
    : t('reportsNonePending', String(queue.sent));
  // As for list problems: what the send attempt saw stays for developers, out of the user's way.
  $('report-queue').title = queue.pending > 0 ? (queue.lastError ?? '') : '';
  $('retry-reports').hidden = queue.pending === 0;
}

function showReportTarget(view: SettingsView, t: Translate): void {
  const serviceHost = view.serviceEndpoint ? new URL(view.serviceEndpoint).host : undefined;
  $('report-target-service-choice').hidden = !serviceHost;
  $('report-target-service-label').textContent = serviceHost ? t('reportTargetService', serviceHost) : '';
  const target = view.settings.reportTarget === 'service' && !serviceHost ? 'off' : view.settings.reportTarget;
  const radio = document.querySelector<HTMLInputElement>(`input[name="report-target"][value="${target}"]`);
  if (radio) radio.checked = true;
  $<HTMLInputElement>('report-endpoint').value = view.settings.reportEndpoint ?? '';
}

/** Saves where reports go; a custom address must be valid, and access to its origin is asked from this click. */
async function saveReportTarget(t: Translate): Promise<void> {
  const target = (document.querySelector<HTMLInputElement>('input[name="report-target"]:checked')?.value ?? 'service') as ReportTarget;
  const url = $<HTMLInputElement>('report-endpoint').value.trim();
  const error = $('report-endpoint-error');
  error.hidden = true;
  if ((url && !validEndpoint(url)) || (target === 'custom' && !url)) {
    error.textContent = t('endpointInvalid');
    error.hidden = false;
    return;
  }
  await send({ type: 'set-settings', settings: { reportTarget: target, reportEndpoint: url || undefined } });
  flashSaved($('report-form'));
  // Saved first; the browser's permission prompt may take the user a while to answer.
  if (target === 'custom' && !(await askOriginPermission(url))) {
    error.textContent = t('endpointNoPermission');
    error.hidden = false;
  }
}

async function loadReportLog(refresh: boolean, t: Translate, lang: string): Promise<void> {
  const list = $('report-log');
  renderReportLog(list, await send({ type: 'get-report-log', refresh }), t, lang);
  list.dataset['state'] = refresh ? 'ready' : 'cached';
}

function renderLists(lists: UserLists, t: Translate, lang: string, refresh: (lists: UserLists) => void): void {
  const item = (label: string, remove: () => Promise<UserLists>): HTMLLIElement => {
    const li = document.createElement('li');
    li.append(label);
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: t('remove') });
    button.setAttribute('aria-label', `${t('remove')}: ${label}`);
    button.addEventListener('click', () => void remove().then(refresh));
    li.append(button);
    return li;
  };
  const change = (change: UserListChange): Promise<UserLists> => send({ type: 'change-user-lists', change });
  const empty = (): HTMLLIElement => Object.assign(document.createElement('li'), { className: 'empty', textContent: t('listEmpty') });
  const added = (ms: number): string => new Date(ms).toLocaleDateString(lang);
  $('blocked-numbers').replaceChildren(...(lists.blocked.length ? lists.blocked.map((n) => item(`${formatNumber(n.number)} (${added(n.added)}${n.host ? `, ${n.host}` : ''})`, () => change({ op: 'remove-blocked', number: n.number }))) : [empty()]));
  $('trusted-numbers').replaceChildren(...(lists.trusted.length ? lists.trusted.map((n) => item(formatNumber(n.number), () => change({ op: 'remove-trusted', number: n.number }))) : [empty()]));
  $('trusted-sites').replaceChildren(...(lists.trustedSites.length ? lists.trustedSites.map((s) => item(s.host, () => change({ op: 'remove-site', host: s.host }))) : [empty()]));
}

async function main(): Promise<void> {
  const translator = await extensionPageTranslator();
  const { t, lang } = translator;
  localiseDocument(document, translator);
  labelSyncChoices(t);
  const view = await send({ type: 'get-settings' });
  const { settings } = view;
  $('repaired').hidden = !view.repaired;

  renderStatus(await send({ type: 'get-list-status' }), t, lang);
  $<HTMLInputElement>('list-url').value = settings.listUrl ?? '';
  $<HTMLInputElement>('list-url').placeholder = view.buildListUrl ?? '';
  $('list-url-hint').textContent = view.buildListUrl ? t('listUrlDefault', view.buildListUrl) : t('listUrlNone');
  $<HTMLSelectElement>('sync-hours').value = String(settings.syncHours);
  const chosen = document.querySelector<HTMLInputElement>(`input[name="sensitivity"][value="${settings.sensitivity}"]`);
  if (chosen) chosen.checked = true;
  showReportTarget(view, t);
  $<HTMLSelectElement>('language').value = settings.language;
  renderQueue(await send({ type: 'get-report-queue' }), t, lang);
  void loadReportLog(false, t, lang).then(() => loadReportLog(true, t, lang));
  const refreshLists = (lists: UserLists): void => renderLists(lists, t, lang, refreshLists);
  refreshLists(await send({ type: 'get-user-lists' }));

  $('sync-now').addEventListener('click', () => {
    $('sync-state').textContent = t('listSyncing');
    void send({ type: 'sync-now' }).then((status) => {
      renderStatus(status, t, lang);
      $('sync-state').textContent = '';
    });
  });
  $<HTMLFormElement>('list-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const run = async (): Promise<void> => {
      const url = $<HTMLInputElement>('list-url').value.trim();
      if (url && !validEndpoint(url)) return;
      await send({ type: 'set-settings', settings: { listUrl: url || undefined, syncHours: Number($<HTMLSelectElement>('sync-hours').value) } });
      flashSaved($('list-form'));
      if (url) void askOriginPermission(url);
    };
    void run();
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="sensitivity"]')) {
    // The form's own values (options.html), as for the report target; the background checks them again.
    radio.addEventListener('change', () => void send({ type: 'set-settings', settings: { sensitivity: radio.value as Settings['sensitivity'] } }));
  }
  $('report-endpoint').addEventListener('input', () => {
    document.querySelector<HTMLInputElement>('input[name="report-target"][value="custom"]')?.click();
  });
  $<HTMLFormElement>('report-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void saveReportTarget(t);
  });
  $('retry-reports').addEventListener('click', () => {
    void send({ type: 'retry-reports' }).then((q) => {
      renderQueue(q, t, lang);
      return loadReportLog(false, t, lang);
    });
  });
  $<HTMLSelectElement>('language').addEventListener('change', (event) => {
    const language = (event.target as HTMLSelectElement).value as Settings['language'];
    void send({ type: 'set-settings', settings: { language } }).then(() => location.reload());
  });
  $('export-lists').addEventListener('click', () => {
    void send({ type: 'export-user-lists' }).then(({ json }) => {
      const link = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(new Blob([json], { type: 'application/json' })),
        download: `helpdesk-guard-lists-${new Date().toISOString().slice(0, 10)}.json`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });
  });
  $<HTMLInputElement>('import-file').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    void file.text().then(async (json) => {
      const result = await send({ type: 'import-user-lists', json });
      $('import-result').textContent = 'error' in result ? t('importFailed', t(actionErrorKey(result.error))) : t('importDone', String(result.added), String(result.rejected));
      refreshLists(await send({ type: 'get-user-lists' }));
    });
  });
  document.body.dataset['ready'] = 'true';
}

void main();
