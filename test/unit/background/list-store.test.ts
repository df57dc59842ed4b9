import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { compileList } from '../../../src/core/blocklist/compiled-list.ts';
import type { BlockList } from '../../../src/core/blocklist/list-format.ts';
import type { E164 } from '../../../src/core/phone/e164.ts';
import { indexedDbListStore } from '../../../src/background/lists/list-store.ts';
import { ListService } from '../../../src/background/lists/list-service.ts';
import { readStatus } from '../../../src/background/lists/sync-status.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const compiled = (version: number, numbers: string[]) =>
  compileList({
    format: 'helpdesk-guard-blocklist', formatVersion: 1, version, generated: '2026-11-28T00:00:00Z',
    entries: numbers.map((n) => ({ number: n as E164, brands: [], source: 's' })), allow: [], domains: [],
  } satisfies BlockList);

describe('IndexedDB list store', () => {
  it('keeps the typed arrays through a save and a load', async () => {
    const store = indexedDbListStore(new IDBFactory());
    await store.save({ compiled: compiled(7, ['+18445550101', '+31205550118']), etag: '"x"', lastModified: undefined, storedAt: 5 });
    const loaded = await store.load();
    expect(loaded?.compiled.blocked).toBeInstanceOf(Float64Array);
    expect([...(loaded?.compiled.blocked ?? [])]).toEqual([18445550101, 31205550118]);
    expect(loaded?.etag).toBe('"x"');
  });

  it('treats a corrupted record as no record, so the seed list applies', async () => {
    const idb = new IDBFactory();
    const store = indexedDbListStore(idb);
    await store.save({ compiled: compiled(7, ['+18445550101']), etag: undefined, lastModified: undefined, storedAt: 5 });
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = idb.open('helpdesk-guard', 1);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('lists', 'readwrite');
      tx.objectStore('lists').put({ compiled: { version: 'nine', blocked: [1] } }, 'downloaded');
      tx.oncomplete = () => resolve();
    });
    expect(await store.load()).toBeUndefined();
    expect(store.lastLoadFailed).toBe(true);
  });

  it('an empty store is not a failure', async () => {
    const store = indexedDbListStore(new IDBFactory());
    expect(await store.load()).toBeUndefined();
    expect(store.lastLoadFailed).toBe(false);
  });
});

describe('ListService', () => {
  const service = (seedVersion: number, storedVersion: number | undefined) => {
    const store = indexedDbListStore(new IDBFactory());
    const status = new MemoryStorage();
    const ready = storedVersion === undefined ? Promise.resolve() : store.save({ compiled: compiled(storedVersion, ['+18445550102']), etag: undefined, lastModified: undefined, storedAt: 1 });
    const s = new ListService({
      seed: async () => compiled(seedVersion, ['+18445550101']),
      store,
      status,
      sync: { fetch, subtle: crypto.subtle as never, keys: [], now: () => 0, random: () => 0 },
    });
    return { s, status, ready };
  };

  it('uses the newer of the seed list and the last download', async () => {
    const newerDownload = service(5, 9);
    await newerDownload.ready;
    expect((await newerDownload.s.active()).version).toBe(9);
    expect(await readStatus(newerDownload.status)).toMatchObject({ version: 9, source: 'download' });
    const newerSeed = service(12, 9);
    await newerSeed.ready;
    expect((await newerSeed.s.active()).version).toBe(12);
    expect(await readStatus(newerSeed.status)).toMatchObject({ version: 12, source: 'seed', entries: 1 });
  });

  it('falls back to the seed list when the stored list is corrupted, and says so for the options page', async () => {
    const store = indexedDbListStore(new IDBFactory());
    // A store whose database fails on every read, as a corrupted profile does.
    const broken = Object.create(store, { load: { value: async () => undefined }, lastLoadFailed: { value: true } }) as typeof store;
    const status = new MemoryStorage();
    const s = new ListService({
      seed: async () => compiled(5, ['+18445550101']),
      store: broken,
      status,
      sync: { fetch, subtle: crypto.subtle as never, keys: [], now: () => 42, random: () => 0 },
    });
    expect((await s.active()).version).toBe(5);
    expect(await readStatus(status)).toMatchObject({ source: 'seed', version: 5, lastError: { code: 'stored-unreadable', at: 42 } });
  });

  it('works offline from the first second: the seed list alone', async () => {
    const fresh = service(5, undefined);
    expect((await fresh.s.active()).version).toBe(5);
  });
});
