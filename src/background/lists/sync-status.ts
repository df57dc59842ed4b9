/**
 * Reading and writing the block list's status (its shape and its check: shared/storage/list-status.ts), and
 * the backoff the next sync takes after failures.
 */
import { consoleLogger, type Logger } from '../../shared/log.ts';
import { INITIAL_STATUS, type ListStatus } from '../../shared/storage/list-status.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { readOrFallback, writeEntry } from '../../shared/storage/storage-entry.ts';
import { STORAGE } from '../../shared/storage/storage-keys.ts';

export { INITIAL_STATUS };

/**
 * Never rejects: a storage failure reads as never synced, and so does a malformed status (logged), so the
 * options page never shows one. It is a record of what happened, not user data: the next sync replaces it.
 */
export async function readStatus(area: StorageArea, log: Logger = consoleLogger()): Promise<ListStatus> {
  try {
    return await readOrFallback(area, STORAGE.listStatus, INITIAL_STATUS, log);
  } catch {
    return INITIAL_STATUS;
  }
}

export async function writeStatus(area: StorageArea, status: ListStatus): Promise<void> {
  await writeEntry(area, STORAGE.listStatus, status);
}

/**
 * Exponential backoff with full jitter: 1, 2, 4 … minutes after each failure, capped at the sync interval,
 * then a random point in the second half of that window so a fleet of extensions does not retry in step.
 */
export function backoffMs(failures: number, capMs: number, random: () => number): number {
  const base = Math.min(capMs, 60_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base / 2 + (random() * base) / 2);
}
