/**
 * Service worker (Chrome) / event page (Firefox) entry: wires browser events to the Guard and nothing more.
 * Listeners are registered synchronously at the top level so that an event that wakes the worker finds its
 * listener; all state is in storage (tab-state.ts), never in this module.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser, isExtensionUrl } from '../shared/platform.ts';
import { BUILD } from '../shared/build-config.ts';
import { defaultSettings } from '../shared/storage/settings.ts';
import { showVerdictOnToolbar } from './badge.ts';
import { Guard } from './guard.ts';
import { loadSeedList } from './lists/seed-list.ts';
import { routeMessage } from './message-router.ts';
import { TabStore } from './tab-state.ts';
import { translatorFor } from './translator.ts';
import { openExtensionPage } from './extension-pages.ts';

let seed: ReturnType<typeof loadSeedList> | undefined;

const guard = new Guard({
  tabs: new TabStore(browser.storage.session),
  local: browser.storage.local,
  defaults: defaultSettings(BUILD.syncHours),
  activeList: () => (seed ??= loadSeedList(async (path) => (await fetch(browser.runtime.getURL(path))).text())),
  translator: translatorFor,
  showOnToolbar: (tabId, level, t) => showVerdictOnToolbar(browser.action, tabId, level, t),
  pushToTab: async (tabId, message, frameId) => {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  },
  openExtensionPage: (tabId, page) => openExtensionPage(browser, tabId, page),
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  routeMessage(guard, raw, sender, { extensionId: browser.runtime.id, isExtensionUrl }),
);

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void guard.forgetTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void guard.forgetTab(tabId));
