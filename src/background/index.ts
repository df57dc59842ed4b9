/**
 * Service worker (Chrome) / event page (Firefox) entry: builds the parts and wires browser events to them,
 * nothing more. Listeners are registered synchronously at the top level so that an event that wakes the
 * worker finds its listener; all state is in storage (tab-state.ts, lists/), never in this module.
 */
import type { Runtime } from 'webextension-polyfill';
import type { SubtleVerifier } from '../core/blocklist/verify-signature.ts';
import { BUILD } from '../shared/build-config.ts';
import { browser, isExtensionUrl } from '../shared/platform.ts';
import { defaultSettings, SETTINGS_KEY } from '../shared/storage/settings.ts';
import { showVerdictOnToolbar } from './badge.ts';
import { openExtensionPage } from './extension-pages.ts';
import { TabJudge } from './tab-judge.ts';
import { ListService } from './lists/list-service.ts';
import { indexedDbListStore } from './lists/list-store.ts';
import { loadSeedList } from './lists/seed-list.ts';
import { RETRY_ALARM, SYNC_ALARM, SyncScheduler } from './lists/sync-scheduler.ts';
import { requestHandlers, routeMessage } from './message-router.ts';
import { TabStore } from './tab-state.ts';
import { translatorFor } from './translator.ts';
import { CONTEXT_MENU_ID, createContextMenu, openNumberCheck } from './context-menu.ts';
import { browserSessionStart } from './browser-session.ts';
import { ReportQueue } from './reports/report-queue.ts';
import { ReportStatuses } from './reports/report-status.ts';
import { Reporting, statusEndpoints } from './reports/reporting.ts';
import { UserActions } from './user-actions.ts';

const REPORT_ALARM = 'report-retry';

const defaults = defaultSettings(BUILD.syncHours);
const lists = new ListService({
  seed: () => loadSeedList(async (path) => (await fetch(browser.runtime.getURL(path))).text()),
  store: indexedDbListStore(indexedDB),
  status: browser.storage.local,
  sync: {
    fetch: (...args) => fetch(...args),
    subtle: crypto.subtle as unknown as SubtleVerifier,
    keys: BUILD.trustedKeys,
    now: () => Date.now(),
    random: () => Math.random(),
  },
});
const scheduler = new SyncScheduler({ lists, alarms: browser.alarms, local: browser.storage.local, defaults, buildListUrl: BUILD.listUrl });

const judge = new TabJudge({
  tabs: new TabStore(browser.storage.session),
  local: browser.storage.local,
  defaults,
  activeList: () => lists.active(),
  translator: translatorFor,
  showOnToolbar: (tabId, level, t) => showVerdictOnToolbar(browser.action, tabId, level, t),
  pushToTab: async (tabId, message, frameId) => {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  },
  openExtensionPage: (tabId, page) => openExtensionPage(browser, tabId, page),
});
const queue = new ReportQueue({
  area: browser.storage.local,
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  random: () => Math.random(),
  wakeAt: async (when) => {
    await browser.alarms.create(REPORT_ALARM, { when: Math.max(when, Date.now() + 1000) });
  },
  sessionStart: () => browserSessionStart(browser.storage.session, () => Date.now()),
});
const statuses = new ReportStatuses({
  area: browser.storage.local,
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  log: () => queue.sent(),
  allowedEndpoints: () => statusEndpoints(browser.storage.local, defaults, BUILD.reportEndpoint),
});
const actions = new UserActions({
  local: browser.storage.local,
  defaults,
  buildListUrl: BUILD.listUrl,
  serviceEndpoint: BUILD.reportEndpoint,
  scheduler,
  ensureListLoaded: () => lists.active(),
  rejudge: (tabId) => judge.rejudge(tabId),
  now: () => Date.now(),
  activeList: () => lists.active(),
  uiLanguage: () => browser.i18n.getUILanguage(),
  retryReports: () => queue.process(true),
});
const reporting = new Reporting({
  session: browser.storage.session,
  local: browser.storage.local,
  defaults,
  serviceEndpoint: BUILD.reportEndpoint,
  queue,
  statuses,
  tab: (tabId) => judge.reportSource(tabId),
  changeLists: (change, tabId) => actions.changeLists(change, tabId),
  newId: () => crypto.randomUUID(),
  now: () => Date.now(),
  version: browser.runtime.getManifest().version,
  browser: BUILD.target,
  uiLanguage: () => browser.i18n.getUILanguage(),
});

const handlers = requestHandlers({ judge, actions, reporting });
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  routeMessage(handlers, raw, sender, { extensionId: browser.runtime.id, isExtensionUrl }),
);
browser.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId === CONTEXT_MENU_ID && info.selectionText) void openNumberCheck(browser, info.selectionText);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'complete') return;
  void judge.handleLoaded(tabId, async () => {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'ping' }, { frameId: 0 })) as { documentId?: string } | undefined;
    return reply?.documentId;
  });
});
browser.tabs.onRemoved.addListener((tabId) => void judge.forgetTab(tabId));

const syncAndRejudge = async (): Promise<void> => {
  if ((await scheduler.run()) === 'updated') await judge.rejudge();
};
browser.runtime.onInstalled.addListener(() => {
  void createContextMenu(browser, defaults);
  void scheduler.ensureAlarm().then(syncAndRejudge);
  void queue.process();
});
browser.runtime.onStartup.addListener(() => {
  void scheduler.ensureAlarm().then(syncAndRejudge);
  void queue.process();
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void syncAndRejudge();
  if (alarm.name === REPORT_ALARM) void queue.process();
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void scheduler.ensureAlarm();
});

// Every wake-up of the background (a browser start, an event after the worker was stopped, Firefox's event
// page coming back) sends what is due, so a report queued before the browser closed goes as soon as the
// browser is back: alarms do not survive a restart in every browser, and onStartup is not the only way in.
void queue.process();
