/**
 * "Check this phone number" on selected text. The selection arrives from the browser (a trusted event, not a
 * page message) and is handed to the extension's own check view, which shows it as text and asks the
 * background about it.
 */
import type { Browser } from 'webextension-polyfill';
import { readSettings, type Settings } from '../shared/storage/settings.ts';
import { translatorFor } from './translator.ts';

export const CONTEXT_MENU_ID = 'check-number';

export async function createContextMenu(browser: Browser, defaults: Settings): Promise<void> {
  const { settings } = await readSettings(browser.storage.local, defaults);
  const { t } = await translatorFor(settings.language);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: t('contextCheckNumber'), contexts: ['selection'] });
}

export async function openNumberCheck(browser: Browser, selection: string): Promise<void> {
  const url = browser.runtime.getURL(`src/popup/popup.html?view=check&q=${encodeURIComponent(selection.slice(0, 200))}`);
  await browser.windows.create({ url, type: 'popup', width: 440, height: 600 });
}
