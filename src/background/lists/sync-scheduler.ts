/**
 * When the list is synced: on install, on browser start, on a periodic alarm (the interval from the
 * settings, hourly by default), on "sync now", and on a retry alarm set from the backoff after a failure.
 * Alarms, not timers: the service worker is not alive between them.
 */
import type { Alarms } from 'webextension-polyfill';
import { readSettings, type Settings } from '../../shared/storage/settings.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import type { ListService } from './list-service.ts';
import type { SyncOutcome } from './sync-list.ts';
import { readStatus } from './sync-status.ts';

export const SYNC_ALARM = 'list-sync';
export const RETRY_ALARM = 'list-retry';

type AlarmApi = Pick<Alarms.Static, 'create' | 'clear' | 'get'>;

export interface SchedulerDeps {
  readonly lists: ListService;
  readonly alarms: AlarmApi;
  readonly local: StorageArea;
  readonly defaults: Settings;
  readonly buildListUrl: string | undefined;
}

export class SyncScheduler {
  constructor(private readonly deps: SchedulerDeps) {}

  async listUrl(): Promise<string | undefined> {
    const { settings } = await readSettings(this.deps.local, this.deps.defaults);
    return settings.listUrl ?? this.deps.buildListUrl;
  }

  /** Makes the periodic alarm match the interval in the settings. */
  async ensureAlarm(): Promise<void> {
    const { settings } = await readSettings(this.deps.local, this.deps.defaults);
    const period = settings.syncHours * 60;
    const existing = await this.deps.alarms.get(SYNC_ALARM);
    if (existing?.periodInMinutes === period) return;
    await this.deps.alarms.create(SYNC_ALARM, { periodInMinutes: period, delayInMinutes: period });
  }

  async run(): Promise<SyncOutcome | 'no-url'> {
    const url = await this.listUrl();
    if (!url) return 'no-url';
    const { settings } = await readSettings(this.deps.local, this.deps.defaults);
    const outcome = await this.deps.lists.sync(url, settings.syncHours * 3600_000);
    if (outcome === 'failed') {
      const { nextRetry } = await readStatus(this.deps.local);
      if (nextRetry) await this.deps.alarms.create(RETRY_ALARM, { when: nextRetry });
    } else {
      await this.deps.alarms.clear(RETRY_ALARM);
    }
    return outcome;
  }
}
