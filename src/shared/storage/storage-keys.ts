/**
 * Every key the extension keeps in `browser.storage`, in one place: its name, its area, the shape code sees,
 * and the check (and, for versioned values, the migrations) what is stored there passes when read. Code reads
 * and writes through these entries (storage-entry.ts), never through a key written out by hand.
 *
 * The names are what installed extensions already hold, so they never change: renaming one would lose the
 * user's data on update (and the end-to-end tests read `tab:<id>` directly). The downloaded block list is
 * not here: it lives in IndexedDB (background/lists/list-store.ts), which has no quota like storage.local.
 */
import { decodeListStatus, type ListStatus } from './list-status.ts';
import {
  decodePreparedReport, decodeSentLog, decodeStatusMap, REPORT_QUEUE_SHAPE, type PreparedReport, type QueuedReport, type SentReport, type StatusMap,
} from './report-records.ts';
import { normaliseSettings, type Settings, type SettingsRead } from './settings-schema.ts';
import type { AreaName, StorageEntry, StoredRead } from './storage-entry.ts';
import { decodeTabRecord, type TabRecord } from './tab-record.ts';
import { USER_LISTS_SHAPE, type UserLists } from './user-lists-schema.ts';
import { decodeVersioned, type VersionedShape } from './versions.ts';

/** A key stored as it is, checked by `decode` when read. */
function plain<T, W = T, A extends unknown[] = []>(area: AreaName, key: string, decode: (stored: unknown, ...args: A) => T): StorageEntry<T, W, A> {
  return { area, key, decode, encode: (value) => value };
}

/** A key whose value carries its version, migrated when read (versions.ts). */
function versioned<T>(area: AreaName, key: string, shape: VersionedShape<T>): StorageEntry<StoredRead<T>, T> {
  return { area, key, decode: (stored) => decodeVersioned(stored, shape), encode: shape.encode };
}

const finiteNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const TAB_PREFIX = 'tab:';

export const STORAGE = {
  /** The user's settings (settings-schema.ts: schema 2, one migration per version, repaired field by field). */
  settings: plain<SettingsRead, Settings, [defaults: Settings]>('local', 'settings', normaliseSettings),
  /** Numbers the user blocked or trusted, sites they trust (user-lists-schema.ts: schema 2). */
  userLists: versioned<UserLists>('local', 'userLists', USER_LISTS_SHAPE),
  /** The block list in force and how its syncs went (list-status.ts); a malformed one reads as never synced. */
  listStatus: plain<StoredRead<ListStatus>, ListStatus>('local', 'listStatus', decodeListStatus),
  /** Reports waiting to be sent (report-records.ts: schema 2). */
  reportQueue: versioned<QueuedReport[]>('local', 'reportQueue', REPORT_QUEUE_SHAPE),
  /** Reports that left the queue, sent or refused for good: the last 200. */
  reportsSent: plain<SentReport[], readonly SentReport[]>('local', 'reportsSent', decodeSentLog),
  /** What the service said about each report in the log. */
  reportStatuses: plain<StatusMap>('local', 'reportStatuses', decodeStatusMap),
  /** When this browser session began (background/browser-session.ts); the session area empties when the browser closes. */
  browserSessionStart: plain<number | undefined, number>('session', 'browserSessionStart', finiteNumber),
  /** The report the popup previewed, until the user sends it. */
  preparedReport: (id: string) => plain<PreparedReport | undefined, PreparedReport>('session', `report:${id}`, decodePreparedReport),
  /** What the frames of tab `tabId` reported and the verdict (tab-record.ts). */
  tab: (tabId: number) => plain<TabRecord | undefined, TabRecord>('session', `${TAB_PREFIX}${tabId}`, decodeTabRecord),
} as const;

/** The tab a `STORAGE.tab` key belongs to; undefined for any other key. */
export function tabIdOfKey(key: string): number | undefined {
  const id = key.startsWith(TAB_PREFIX) ? key.slice(TAB_PREFIX.length) : '';
  return /^\d{1,15}$/.test(id) ? Number(id) : undefined;
}
