/**
 * The block list's status as stored in storage.local: the list in force (version, entries, where it came
 * from), when the last sync succeeded and when it was tried, the last error, and the failure count that
 * drives the backoff. The background keeps it (background/lists/sync-status.ts); the options page is shown
 * all of it but the failure count, so it is checked when read: nothing stored reaches a page unchecked.
 */
import type { ListErrorCode } from '../../core/blocklist/list-errors.ts';
import type { StoredRead } from './storage-entry.ts';

export interface ListStatus {
  readonly version: number;
  readonly entries: number;
  readonly source: 'seed' | 'download';
  readonly lastSuccess: number | undefined;
  readonly lastAttempt: number | undefined;
  readonly lastError: { readonly code: ListErrorCode; readonly message: string; readonly at: number } | undefined;
  readonly failures: number;
  readonly nextRetry: number | undefined;
}

/** Before the first sync: the bundled list, never synced, no error. */
export const INITIAL_STATUS: ListStatus = {
  version: 0, entries: 0, source: 'seed', lastSuccess: undefined, lastAttempt: undefined, lastError: undefined, failures: 0, nextRetry: undefined,
};

const ERROR_CODE = /^[a-z-]{1,40}$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number | undefined => v === undefined || (typeof v === 'number' && Number.isFinite(v));

function isListError(v: unknown): v is ListStatus['lastError'] {
  if (v === undefined) return true;
  if (typeof v !== 'object' || v === null) return false;
  const { code, message, at } = v as Record<string, unknown>;
  // A code this build does not know (a newer build's) is kept: the options page words it as a refused list.
  return typeof code === 'string' && ERROR_CODE.test(code) && typeof message === 'string' && typeof at === 'number' && Number.isFinite(at);
}

/**
 * The stored status, checked field by field: a field a status from an older build lacks reads as in
 * INITIAL_STATUS; a status with any field of the wrong kind is malformed, so the pages show "never
 * synced" rather than a version, a date or an error that is not one.
 */
export function decodeListStatus(stored: unknown): StoredRead<ListStatus> {
  if (stored === undefined) return { ok: true, value: INITIAL_STATUS };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ok: false, problem: 'malformed', stored };
  const s: Record<string, unknown> = { ...INITIAL_STATUS, ...stored };
  const valid =
    isCount(s['version']) && isCount(s['entries']) && (s['source'] === 'seed' || s['source'] === 'download') && isCount(s['failures']) &&
    isTime(s['lastSuccess']) && isTime(s['lastAttempt']) && isTime(s['nextRetry']) && isListError(s['lastError']);
  if (!valid) return { ok: false, problem: 'malformed', stored };
  const { version, entries, source, lastSuccess, lastAttempt, lastError, failures, nextRetry } = s as unknown as ListStatus;
  return { ok: true, value: { version, entries, source, lastSuccess, lastAttempt, lastError, failures, nextRetry } };
}
