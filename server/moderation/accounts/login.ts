/**
 * One login attempt: throttle check, password, TOTP for admins, then a new session. Every failure gives the
 * same answer (`invalid`), whether the name is unknown, the account disabled, the password wrong or the code
 * wrong or replayed, so the page never tells an attacker which names exist or which accounts are admins.
 */
import type { Db } from '../../store/db.ts';
import { DECOY_HASH, verifyPassword } from './password.ts';
import { createSession, type NewSession } from './sessions.ts';
import { accountKey, beginAttempt, clearAccountFailures, type ThrottleLimits } from './login-throttle.ts';
import type { SecretBox } from './secret-box.ts';
import { matchTotp } from './totp.ts';
import { claimTotpStep, findUser, isAccountName, type User } from './users.ts';

export interface LoginDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Uint8Array;
  readonly pseudonymise: (clientAddress: string) => Promise<string>;
  readonly sessionLifetimeMs: number;
  readonly throttle: ThrottleLimits;
  /** Opens admins' sealed TOTP secrets (secret-box.ts). */
  readonly secrets: SecretBox;
}

export interface LoginAttempt {
  readonly name: string;
  readonly password: string;
  readonly code: string;
  readonly clientAddress: string;
}

export type LoginResult =
  | { readonly outcome: 'ok'; readonly session: NewSession; readonly user: User }
  | { readonly outcome: 'invalid' }
  | { readonly outcome: 'throttled' };

async function checkSecondFactor(deps: LoginDeps, user: User, code: string, at: Date): Promise<boolean> {
  if (user.role !== 'admin') return true;
  // An admin without a secret cannot log in: `user totp <name>` makes one.
  // A secret that does not open (another key, another account's row) fails like a wrong code.
  const secret = user.sealedTotpSecret === null ? undefined : deps.secrets.open(user.sealedTotpSecret, user.name);
  if (!secret) return false;
  const step = matchTotp(secret, code.replace(/\s/g, ''), at, user.totpLastStep);
  return step !== undefined && (await claimTotpStep(deps.db, user.id, step));
}

export async function attemptLogin(deps: LoginDeps, attempt: LoginAttempt): Promise<LoginResult> {
  const at = deps.now();
  const account = accountKey(attempt.name);
  const client = await deps.pseudonymise(attempt.clientAddress);
  if (!(await beginAttempt(deps.db, account, client, at, deps.throttle))) return { outcome: 'throttled' };
  const user = isAccountName(account) ? await findUser(deps.db, account) : undefined;
  const passwordOk = await verifyPassword(attempt.password, user?.passwordHash ?? DECOY_HASH);
  const ok = user !== undefined && user.disabledAt === null && passwordOk && (await checkSecondFactor(deps, user, attempt.code, at));
  // A failure needs no more writing: beginAttempt recorded it already.
  if (!ok || !user) return { outcome: 'invalid' };
  await clearAccountFailures(deps.db, account);
  const session = await createSession(deps.db, user.id, at, deps.sessionLifetimeMs, deps.randomBytes);
  return { outcome: 'ok', session, user };
}
