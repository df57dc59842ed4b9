/** Sends a report about a tab from the popup, as a user would (preview, then send); returns the report's id. */
import type { ExtensionBrowser, TestTab } from './extension-browser.ts';

export async function reportFromPopup(browser: ExtensionBrowser, tab: TestTab): Promise<string> {
  const popup = await browser.openExtensionPage(`src/popup/popup.html?tab=${tab.tabId}&view=report`);
  await popup.click('#report-preview');
  await popup.waitFor('#report-preview-box:not([hidden])');
  const { id } = JSON.parse(await popup.text('#report-json')) as { id: string };
  await popup.click('#report-send');
  await popup.waitFor('#view-sent:not([hidden])');
  await popup.close();
  return id;
}
