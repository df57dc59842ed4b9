/**
 * The list in force for this wake-up of the service worker: the bundled seed list or the last good
 * download, whichever is newer (an extension update can ship a newer seed than an old download). Loaded
 * once per wake-up and then served from memory; a successful sync replaces it.
 */
import type { CompiledList } from '../../core/blocklist/compiled-list.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import type { ListStore } from './list-store.ts';
import { syncList, type SyncDeps, type SyncOutcome } from './sync-list.ts';
import { readStatus, writeStatus } from './sync-status.ts';

export interface ListServiceDeps {
  readonly seed: () => Promise<CompiledList>;
  readonly store: ListStore;
  readonly status: StorageArea;
  readonly sync: Omit<SyncDeps, 'store' | 'status' | 'intervalMs'>;
}

export class ListService {
  #active: Promise<CompiledList> | undefined;

  constructor(private readonly deps: ListServiceDeps) {}

  active(): Promise<CompiledList> {
    this.#active ??= this.#load();
    return this.#active;
  }

  async #load(): Promise<CompiledList> {
    const [seed, stored] = await Promise.all([this.deps.seed(), this.deps.store.load()]);
    const useStored = stored !== undefined && stored.compiled.version > seed.version;
    const active = useStored ? stored.compiled : seed;
    const status = await readStatus(this.deps.status);
    // A downloaded list that can no longer be read is said so in the options page; the bundled list protects
    // meanwhile, and the next sync downloads the list afresh (no conditional headers without a stored list).
    const lastError = this.deps.store.lastLoadFailed
      ? { code: 'stored-unreadable' as const, message: 'the downloaded list could not be read; the bundled list is in use until the next update', at: this.deps.sync.now() }
      : status.lastError;
    if (status.version !== active.version || status.source !== (useStored ? 'download' : 'seed') || lastError !== status.lastError) {
      await writeStatus(this.deps.status, { ...status, version: active.version, entries: active.blocked.length, source: useStored ? 'download' : 'seed', lastError }).catch(() => undefined);
    }
    return active;
  }

  /** Syncs from `url`; an updated list is in force for every verdict from then on. */
  async sync(url: string, intervalMs: number): Promise<SyncOutcome> {
    const current = await this.active();
    const outcome = await syncList(url, current.version, { ...this.deps.sync, intervalMs, store: this.deps.store, status: this.deps.status });
    if (outcome === 'updated') this.#active = undefined;
    return outcome;
  }
}
