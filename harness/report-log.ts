/**
 * Reading "What became of my reports" as a user sees it, for end-to-end tests in either browser: the popup's
 * reports view (`popup.html?view=reports`), after it has asked the service (`#report-log[data-state=ready]`).
 *
 *   const items = await readReportLog(browser);                  // [{ id, status, text }], newest first
 *   await waitForReportStatus(browser, reportId, 'listed');      // polls until the popup shows that status
 *
 * `status` is the service's status (`received`, `under-review`, `listed`, `not-listed`, `unknown`), `sent`
 * when the service has not answered yet, or `failed` for a report the server refused for good; `text` is
 * the whole line the user reads. The background asks the service about a report at most every five minutes;
 * `fresh: true` (the default in waitForReportStatus) forgets when it last asked, so a test need not wait.
 */
import { waitFor, type ExtensionBrowser } from './extension-browser.ts';

export interface ReportLogItem {
  readonly id: string;
  readonly status: string;
  readonly text: string;
}

/** Forgets the statuses already fetched, so the next popup asks the service again at once. */
export async function forgetReportStatuses(browser: ExtensionBrowser): Promise<void> {
  await browser.extension(async () => {
    await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.remove('reportStatuses');
  }, undefined);
}

export async function readReportLog(browser: ExtensionBrowser, options: { fresh?: boolean } = {}): Promise<ReportLogItem[]> {
  if (options.fresh) await forgetReportStatuses(browser);
  const popup = await browser.openExtensionPage('src/popup/popup.html?view=reports');
  try {
    await popup.waitFor('#report-log[data-state="ready"]');
    return await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('#report-log li[data-report-id]')].map((li) => ({
          id: li.dataset['reportId'] ?? '',
          status: li.dataset['status'] ?? '',
          text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      undefined,
    );
  } finally {
    await popup.close();
  }
}

/** Polls the popup until the report `id` shows `status`; returns its line. */
export function waitForReportStatus(browser: ExtensionBrowser, id: string, status: string, timeout = 15_000): Promise<ReportLogItem> {
  return waitFor(
    `report ${id} to show "${status}"`,
    async () => (await readReportLog(browser, { fresh: true })).find((item) => item.id === id && item.status === status),
    timeout,
    500,
  );
}
