/**
 * Where the downloaded list lives between service-worker wake-ups: IndexedDB, because it stores the typed
 * arrays of a compiled list as they are (structured clone, no JSON, no base64) and has no 10 MB quota like
 * storage.local. One record, replaced in one transaction: a new list is in force completely or not at all.
 */
import { isCompiledList, type CompiledList } from '../../core/blocklist/compiled-list.ts';

export interface StoredList {
  readonly compiled: CompiledList;
  /** The validators the server sent with it, for the next conditional request. */
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  readonly storedAt: number;
}

export interface ListStore {
  /** The stored list, or undefined when there is none or it is unreadable (then the seed list applies). */
  load(): Promise<StoredList | undefined>;
  /** True when the last load found a record it could not read (corrupted, or the database failed). */
  readonly lastLoadFailed: boolean;
  save(list: StoredList): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'helpdesk-guard';
const STORE = 'lists';
const KEY = 'downloaded';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  const open = idb.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

function isStoredList(value: unknown): value is StoredList {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isCompiledList(v['compiled']) && typeof v['storedAt'] === 'number';
}

export function indexedDbListStore(idb: IDBFactory): ListStore {
  let db: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> => (db ??= openDb(idb));
  const transact = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await database()).transaction(STORE, mode);
    const result = request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  };
  let lastLoadFailed = false;
  return {
    get lastLoadFailed() {
      return lastLoadFailed;
    },
    async load() {
      try {
        const value = await transact('readonly', (store) => store.get(KEY));
        lastLoadFailed = value !== undefined && !isStoredList(value);
        return lastLoadFailed ? undefined : (value as StoredList | undefined);
      } catch {
        lastLoadFailed = true;
        return undefined;
      }
    },
    async save(list) {
      await transact('readwrite', (store) => store.put(list, KEY));
    },
    async clear() {
      await transact('readwrite', (store) => store.delete(KEY));
    },
  };
}
