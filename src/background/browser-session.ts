/**
 * When the current browser session began. storage.session is emptied when the browser closes but survives
 * the service worker being stopped and woken, so the first wake-up after a start writes the time and every
 * later one reads it back. The report queue uses it to tell a report that was waiting from before the
 * browser closed (send it now) from one backing off in this session (let it wait).
 */
import type { StorageArea } from '../shared/storage/storage-area.ts';

const SESSION_START_KEY = 'browserSessionStart';

/** Never rejects: when session storage fails it answers 0 (no report counts as left over), and backoff rules. */
export async function browserSessionStart(session: StorageArea, now: () => number): Promise<number> {
  try {
    const stored = (await session.get(SESSION_START_KEY))[SESSION_START_KEY];
    if (typeof stored === 'number' && Number.isFinite(stored)) return stored;
    const start = now();
    await session.set({ [SESSION_START_KEY]: start });
    return start;
  } catch {
    return 0;
  }
}
