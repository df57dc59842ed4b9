/**
 * Opens the extension's own pages for the banner's buttons. "Leave this page" opens the calm explanation page
 * in place of the scam tab and then closes that tab, history and all, so neither the back button nor a
 * beforeunload trap can lead back into it. Reporting and "not a scam" open the popup's views in a new tab,
 * where the user confirms: a web page can ask for these pages, never for the action itself.
 */
import type { Browser } from 'webextension-polyfill';

export type ExtensionPage = 'leave' | 'report' | 'not-a-scam';

export function extensionPageUrl(getURL: (path: string) => string, tabId: number, page: ExtensionPage): string {
  if (page === 'leave') return getURL(`src/leave/leave.html?tab=${tabId}`);
  return getURL(`src/popup/popup.html?tab=${tabId}&view=${page}`);
}

export async function openExtensionPage(browser: Browser, tabId: number, page: ExtensionPage): Promise<void> {
  const url = extensionPageUrl((path) => browser.runtime.getURL(path), tabId, page);
  if (page !== 'leave') {
    await browser.tabs.create({ url, openerTabId: tabId });
    return;
  }
  const scamTab = await browser.tabs.get(tabId);
  await browser.tabs.create({ url, index: scamTab.index, active: true, ...(scamTab.windowId === undefined ? {} : { windowId: scamTab.windowId }) });
  await browser.tabs.remove(tabId);
}
