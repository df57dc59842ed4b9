/**
 * When the current browser session began. storage.session is emptied when the browser closes but survives
 * the service worker being stopped and woken, so the first wake-up after a start writes the time and every
 * later one reads it back. The report queue uses it to tell a report that was waiting from before the
 * browser closed (send it now) from one backing off in this session (let it wait).
 */
import type { StorageArea } from '../shared/storage/storage-area.ts';
import { readEntry, writeEntry } from '../shared/storage/storage-entry.ts';
import { STORAGE } from '../shared/storage/storage-keys.ts';

/** Never rejects: when session storage fails it answers 0 (no report counts as left over), and backoff rules. */
export async function browserSessionStart(session: StorageArea, now: () => number): Promise<number> {
  try {
    const stored = await readEntry(session, STORAGE.browserSessionStart);
    if (stored !== undefined) return stored;
    const start = now();
    await writeEntry(session, STORAGE.browserSessionStart, start);
    return start;
  } catch {
    return 0;
  }
}
