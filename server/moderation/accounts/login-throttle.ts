/**
 * Login throttling, per account name and per client. A client is the keyed hash `pseudonymise` makes of
 * its address (no raw IP is stored). Failures are counted in a sliding window; while either count is at
 * its limit, logins for that account or from that client are refused without checking the password.
 *
 * Refused attempts are not recorded as new failures, so a lock lifts when the window passes even under a
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

export async function isThrottled(db: Queryable, account: string, client: string, at: Date, limits: ThrottleLimits): Promise<boolean> {
  const since = new Date(at.getTime() - limits.windowMinutes * 60_000);
  const [row] = await db.query<{ by_account: number | string; by_client: number | string }>(
    `SELECT (SELECT count(*) FROM login_failures WHERE account = $1 AND at > $3) AS by_account,
            (SELECT count(*) FROM login_failures WHERE client = $2 AND at > $3) AS by_client`,
    [account, client, since],
  );
  return Number(row?.by_account ?? 0) >= limits.perAccount || Number(row?.by_client ?? 0) >= limits.perClient;
}

export async function recordFailure(db: Queryable, account: string, client: string, at: Date): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE at < $1', [new Date(at.getTime() - KEEP_MS)]);
  await db.query('INSERT INTO login_failures (at, account, client) VALUES ($1, $2, $3)', [at, account, client]);
}

/** A successful login clears the account's count (not the client's: one right password proves little about the rest). */
export async function clearAccountFailures(db: Queryable, account: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE account = $1', [account]);
}
