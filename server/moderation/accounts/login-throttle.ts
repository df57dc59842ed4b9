/**
 * Login throttling, per account name and per client. A client is the keyed hash `pseudonymise` makes of
 * its address (no raw IP is stored). Failures are counted in a sliding window; while either count is at
 * its limit, logins for that account or from that client are refused without checking the password.
 *
 * Each attempt is recorded before its password is checked (beginAttempt), so parallel guesses cannot all slip
 * under the limit. Refused attempts are not kept as failures, so a lock lifts when the window passes even under a
 * steady stream of guesses. The cost: someone who keeps guessing from many addresses can keep one account
 * locked out (a few guesses every window); from one address the per-client limit stops them first.
 */
import type { Queryable } from '../../store/db.ts';

export interface ThrottleLimits {
  readonly windowMinutes: number;
  readonly perAccount: number;
  readonly perClient: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { windowMinutes: 15, perAccount: 5, perClient: 20 };

/** Failure rows are kept one day (the schema's promise); older ones are dropped as new ones come in. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** The account key: case-folded and capped, since any text may be typed into the name field. */
export function accountKey(name: string): string {
  return name.trim().toLowerCase().slice(0, 64);
}

/**
 * Starts one attempt: records it as a failure first, then counts, so guesses sent at the same moment see each
 * other's rows and at most the limit of them reach the password check. (Counting first and recording after
 * the slow password hash let forty parallel guesses all pass a limit of three.) Returns false, with the row
 * removed again, when the account or the client is over its limit; otherwise the row stays as this attempt's
 * failure unless the login succeeds (`clearAccountFailures`).
 */
export async function beginAttempt(db: Queryable, account: string, client: string, at: Date, limits: ThrottleLimits): Promise<boolean> {
  await db.query('DELETE FROM login_failures WHERE at < $1', [new Date(at.getTime() - KEEP_MS)]);
  const [mine] = await db.query<{ id: number | string }>('INSERT INTO login_failures (at, account, client) VALUES ($1, $2, $3) RETURNING id', [at, account, client]);
  const since = new Date(at.getTime() - limits.windowMinutes * 60_000);
  const [row] = await db.query<{ by_account: number | string; by_client: number | string }>(
    `SELECT (SELECT count(*) FROM login_failures WHERE account = $1 AND at > $3) AS by_account,
            (SELECT count(*) FROM login_failures WHERE client = $2 AND at > $3) AS by_client`,
    [account, client, since],
  );
  // Counts include this attempt's own row: over the limit means the limit was reached before it.
  if (Number(row?.by_account ?? 0) <= limits.perAccount && Number(row?.by_client ?? 0) <= limits.perClient) return true;
  await db.query('DELETE FROM login_failures WHERE id = $1', [mine?.id]);
  return false;
}

/** A successful login clears the account's count (not the client's: one right password proves little about the rest). */
export async function clearAccountFailures(db: Queryable, account: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE account = $1', [account]);
}
