/**
 * Reading and writing the block list's status (its shape: shared/storage/list-status.ts), and the backoff
 * the next sync takes after failures.
 */
import type { ListStatus } from '../../shared/storage/list-status.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';

export const LIST_STATUS_KEY = 'listStatus';

export const INITIAL_STATUS: ListStatus = {
  version: 0, entries: 0, source: 'seed', lastSuccess: undefined, lastAttempt: undefined, lastError: undefined, failures: 0, nextRetry: undefined,
};

export async function readStatus(area: StorageArea): Promise<ListStatus> {
  try {
    const stored = (await area.get(LIST_STATUS_KEY))[LIST_STATUS_KEY];
    return typeof stored === 'object' && stored !== null ? { ...INITIAL_STATUS, ...(stored as Partial<ListStatus>) } : INITIAL_STATUS;
  } catch {
    return INITIAL_STATUS;
  }
}

export async function writeStatus(area: StorageArea, status: ListStatus): Promise<void> {
  await area.set({ [LIST_STATUS_KEY]: status });
}

/**
 * Exponential backoff with full jitter: 1, 2, 4 … minutes after each failure, capped at the sync interval,
 * then a random point in the second half of that window so a fleet of extensions does not retry in step.
 */
export function backoffMs(failures: number, capMs: number, random: () => number): number {
  const base = Math.min(capMs, 60_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base / 2 + (random() * base) / 2);
}
