/**
 * What the extension's own pages ask the background to do for the user: the list status and "sync now",
 * the user's own lists (change, import, export) and the settings. Every change is written through one
 * promise chain; a change that concerns a tab (trusting the site the popup was opened on) re-judges it.
 */
import type { ActionError } from '../shared/action-error-text.ts';
import { consoleLogger, type Logger } from '../shared/log.ts';
import { readSettings, reportDestination, writeSettings, normaliseSettings, type Settings } from '../shared/storage/settings.ts';
import { SerialWrites } from '../shared/storage/serial-writes.ts';
import type { StorageArea } from '../shared/storage/storage-area.ts';
import {
  changeUserLists, exportUserLists, importUserLists, readUserLists, readUserListsForChange, UserListsImportError, writeUserLists, type UserListChange, type UserLists,
} from '../shared/storage/user-lists.ts';
import type { CompiledList } from '../core/blocklist/compiled-list.ts';
import { checkNumbers } from '../core/phone/check-number.ts';
import { regionsForPage } from '../core/phone/regions.ts';
import { combineLists } from '../core/verdict/list-lookup.ts';
import { formatNumber } from '../shared/format-number.ts';
import type { CheckNumberReply } from '../shared/messages.ts';
import { userNumbers } from '../shared/storage/user-lists.ts';
import type { ListStatusView, SettingsView } from '../shared/views.ts';
import type { SyncScheduler } from './lists/sync-scheduler.ts';
import { readStatus } from './lists/sync-status.ts';

export interface UserActionDeps {
  readonly local: StorageArea;
  readonly defaults: Settings;
  readonly buildListUrl: string | undefined;
  /** The built-in report service's endpoint (build-config). */
  readonly serviceEndpoint: string | undefined;
  readonly scheduler: SyncScheduler;
  readonly ensureListLoaded: () => Promise<unknown>;
  /** Re-judges open tabs after the lists changed (one tab, or all known tabs). */
  readonly rejudge: (tabId?: number) => Promise<void>;
  readonly now: () => number;
  readonly activeList: () => Promise<CompiledList>;
  /** The browser's language (nl-NL): how a national number someone types is read. */
  readonly uiLanguage: () => string;
  readonly retryReports: () => Promise<void>;
  /** Where unexpected failures go; the console by default. */
  readonly log?: Logger;
}

export class UserActions {
  readonly #writes = new SerialWrites();

  constructor(private readonly deps: UserActionDeps) {}

  async listStatus(): Promise<ListStatusView> {
    await this.deps.ensureListLoaded();
    const status = await readStatus(this.deps.local);
    return {
      version: status.version, entries: status.entries, source: status.source, lastSuccess: status.lastSuccess,
      lastAttempt: status.lastAttempt, lastError: status.lastError, nextRetry: status.nextRetry,
      listUrl: await this.deps.scheduler.listUrl(), buildListUrl: this.deps.buildListUrl,
    };
  }

  async syncNow(): Promise<ListStatusView> {
    const outcome = await this.deps.scheduler.run();
    if (outcome === 'updated') await this.deps.rejudge();
    return this.listStatus();
  }

  userLists(): Promise<UserLists> {
    return readUserLists(this.deps.local);
  }

  async changeLists(change: UserListChange, tabId?: number): Promise<UserLists> {
    const lists = await this.#write(async () => {
      const updated = changeUserLists(await readUserListsForChange(this.deps.local, this.deps.log ?? consoleLogger()), change, this.deps.now());
      await writeUserLists(this.deps.local, updated);
      return updated;
    });
    await this.deps.rejudge(tabId);
    return lists;
  }

  async importLists(json: string): Promise<{ added: number; rejected: number } | ActionError> {
    try {
      const result = await this.#write(async () => {
        const merged = importUserLists(await readUserListsForChange(this.deps.local, this.deps.log ?? consoleLogger()), json);
        await writeUserLists(this.deps.local, merged.lists);
        return merged;
      });
      await this.deps.rejudge();
      return { added: result.added, rejected: result.rejected };
    } catch (error) {
      if (error instanceof UserListsImportError) return { error: error.code };
      (this.deps.log ?? consoleLogger()).warn('import the user lists', error);
      return { error: 'unexpected' };
    }
  }

  async exportLists(): Promise<{ json: string }> {
    return { json: exportUserLists(await readUserLists(this.deps.local), new Date(this.deps.now())) };
  }

  async settings(): Promise<SettingsView> {
    const { settings, repaired } = await readSettings(this.deps.local, this.deps.defaults);
    return {
      settings, repaired, buildListUrl: this.deps.buildListUrl, defaultSyncHours: this.deps.defaults.syncHours,
      serviceEndpoint: this.deps.serviceEndpoint, reportDestination: reportDestination(settings, this.deps.serviceEndpoint),
    };
  }

  /** Merges a partial change into the settings; fields that do not validate are refused, not stored. */
  async setSettings(patch: Partial<Omit<Settings, 'schema'>>): Promise<SettingsView | ActionError> {
    const { settings: current } = await readSettings(this.deps.local, this.deps.defaults);
    const merged = { ...current, ...patch, schema: current.schema };
    for (const key of ['listUrl', 'reportEndpoint'] as const) if (patch[key] === undefined && key in patch) delete (merged as Record<string, unknown>)[key];
    const { settings, repaired } = normaliseSettings(merged, this.deps.defaults);
    if (repaired) return { error: 'invalid-settings' };
    await this.#write(() => writeSettings(this.deps.local, settings));
    if (patch.syncHours !== undefined) await this.deps.scheduler.ensureAlarm();
    if (patch.listUrl !== current.listUrl && 'listUrl' in patch) void this.syncNow();
    if (patch.sensitivity !== undefined) await this.deps.rejudge();
    return this.settings();
  }

  async checkNumber(text: string): Promise<CheckNumberReply> {
    const [list, user] = await Promise.all([this.deps.activeList(), readUserLists(this.deps.local)]);
    const results = checkNumbers(text, regionsForPage(this.deps.uiLanguage(), ''), combineLists(list, userNumbers(user)));
    return { results: results.map((r) => ({ e164: r.e164, display: formatNumber(r.e164), status: r.status, country: r.country })) };
  }

  retryReports(): Promise<void> {
    return this.deps.retryReports();
  }

  #write<T>(work: () => Promise<T>): Promise<T> {
    return this.#writes.run(work);
  }
}
