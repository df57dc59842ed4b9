/**
 * Reviewers' accounts in the `users` table. Accounts are only made from the command line (cli.ts); the web
 * pages can change nothing here except the language and, through login, the last TOTP step used.
 */
import type { Queryable } from '../../store/db.ts';

export type Role = 'moderator' | 'admin';
export type { Language } from '../messages.ts';
import type { Language } from '../messages.ts';

export interface User {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
  /** The TOTP secret sealed for this account (secret-box.ts), or null: never the secret itself. */
  readonly sealedTotpSecret: string | null;
  readonly totpLastStep: number | null;
  readonly language: Language;
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

/** Names are plain identifiers: they appear in the audit log and on pages, and are never attacker text. */
export function isAccountName(name: string): boolean {
  return /^[a-z0-9][a-z0-9._-]{1,31}$/.test(name);
}

export function isRole(value: unknown): value is Role {
  return value === 'moderator' || value === 'admin';
}

interface UserRow {
  id: number; name: string; role: Role; password_hash: string; totp_secret: string | null; totp_last_step: number | string | null;
  language: string; created_at: Date | string; disabled_at: Date | string | null;
}

function toUser(row: UserRow): User {
  return {
    id: Number(row.id), name: row.name, role: row.role, passwordHash: row.password_hash, sealedTotpSecret: row.totp_secret,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    language: row.language === 'nl' ? 'nl' : 'en',
    createdAt: new Date(row.created_at), disabledAt: row.disabled_at === null ? null : new Date(row.disabled_at),
  };
}

export async function findUser(db: Queryable, name: string): Promise<User | undefined> {
  const [row] = await db.query<UserRow>('SELECT id, name, role, password_hash, totp_secret, totp_last_step, language, created_at, disabled_at FROM users WHERE name = $1', [name]);
  return row ? toUser(row) : undefined;
}

export async function listUsers(db: Queryable): Promise<User[]> {
  return (await db.query<UserRow>('SELECT id, name, role, password_hash, totp_secret, totp_last_step, language, created_at, disabled_at FROM users ORDER BY name')).map(toUser);
}

export async function insertUser(db: Queryable, user: { name: string; role: Role; passwordHash: string; sealedTotpSecret: string | null; at: Date }): Promise<boolean> {
  const rows = await db.query(
    'INSERT INTO users (name, role, password_hash, totp_secret, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING RETURNING id',
    [user.name, user.role, user.passwordHash, user.sealedTotpSecret, user.at],
  );
  return rows.length === 1;
}

export async function disableUser(db: Queryable, name: string, at: Date): Promise<boolean> {
  const rows = await db.query<{ id: number }>('UPDATE users SET disabled_at = $2 WHERE name = $1 AND disabled_at IS NULL RETURNING id', [name, at]);
  if (rows[0]) await db.query('DELETE FROM sessions WHERE user_id = $1', [rows[0].id]);
  return rows.length === 1;
}

/** A new password ends every session of the account: whoever knew the old one is logged out. */
export async function setPasswordHash(db: Queryable, name: string, passwordHash: string): Promise<boolean> {
  const rows = await db.query<{ id: number }>('UPDATE users SET password_hash = $2 WHERE name = $1 RETURNING id', [name, passwordHash]);
  if (rows[0]) await db.query('DELETE FROM sessions WHERE user_id = $1', [rows[0].id]);
  return rows.length === 1;
}

export async function setTotpSecret(db: Queryable, name: string, sealedSecret: string): Promise<boolean> {
  const rows = await db.query<{ id: number }>('UPDATE users SET totp_secret = $2, totp_last_step = NULL WHERE name = $1 RETURNING id', [name, sealedSecret]);
  if (rows[0]) await db.query('DELETE FROM sessions WHERE user_id = $1', [rows[0].id]);
  return rows.length === 1;
}

/**
 * Records that a TOTP step was used, only if it is later than the last one. The condition in the UPDATE
 * makes this atomic: two logins racing with the same code cannot both succeed.
 */
export async function claimTotpStep(db: Queryable, userId: number, step: number): Promise<boolean> {
  const rows = await db.query(
    'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id',
    [userId, step],
  );
  return rows.length === 1;
}

export async function setLanguage(db: Queryable, userId: number, language: Language): Promise<void> {
  await db.query('UPDATE users SET language = $2 WHERE id = $1', [userId, language]);
}
