/**
 * "Leave this page" from the popup, as the banner's button does it (background/extension-pages.ts): the calm
 * page opens in the scam tab's place and the scam tab is closed, history and all, so neither the back
 * button nor a beforeunload trap leads back. The popup may do this itself: it acts for the user, and
 * tabs.create/remove need no permission.
 */
import { browser } from '../shared/platform.ts';

export async function leaveTab(tabId: number): Promise<void> {
  const url = browser.runtime.getURL(`src/leave/leave.html?tab=${tabId}`);
  const scamTab = await browser.tabs.get(tabId);
  await browser.tabs.create({ url, index: scamTab.index, active: true, ...(scamTab.windowId === undefined ? {} : { windowId: scamTab.windowId }) });
  await browser.tabs.remove(tabId);
}
