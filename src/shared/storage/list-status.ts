/**
 * The block list's status as stored in storage.local: the list in force (version, entries, where it came
 * from), when the last sync succeeded and when it was tried, the last error, and the failure count that
 * drives the backoff. The background keeps it (background/lists/sync-status.ts); the options page is shown
 * all of it but the failure count.
 */
import type { ListErrorCode } from '../../core/blocklist/list-errors.ts';

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
