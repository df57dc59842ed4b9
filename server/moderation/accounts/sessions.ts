/**
 * Login sessions. The browser holds a random token in the `__Host-hg-session` cookie; the database holds its
 * SHA-256, the user, a per-session CSRF token and an absolute expiry (no sliding renewal: a stolen cookie
 * dies at the latest when the session would). Logout deletes the row.
 */
import type { Queryable } from '../../store/db.ts';
import { newToken, tokenHash } from './tokens.ts';
import type { Language, Role } from './users.ts';

export interface Session {
  readonly userId: number;
  readonly name: string;
  readonly role: Role;
  readonly language: Language;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export interface NewSession {
  readonly token: string;
  readonly expiresAt: Date;
}

export async function createSession(
  db: Queryable, userId: number, at: Date, lifetimeMs: number, randomBytes: (n: number) => Uint8Array,
): Promise<NewSession> {
  const token = newToken(randomBytes);
  const expiresAt = new Date(at.getTime() + lifetimeMs);
  // Expired rows of anyone are cleared here, so the table never grows with abandoned sessions.
  await db.query('DELETE FROM sessions WHERE expires_at <= $1', [at]);
  await db.query(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [tokenHash(token), userId, newToken(randomBytes), at, expiresAt],
  );
  return { token, expiresAt };
}

interface SessionRow {
  user_id: number; name: string; role: Role; language: string; csrf_token: string; expires_at: Date | string;
}

/** The live session for a cookie token: unexpired, and its account not disabled. */
export async function findSession(db: Queryable, token: string, at: Date): Promise<Session | undefined> {
  const [row] = await db.query<SessionRow>(
    `SELECT s.user_id, u.name, u.role, u.language, s.csrf_token, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [tokenHash(token), at],
  );
  if (!row) return undefined;
  return {
    userId: Number(row.user_id), name: row.name, role: row.role, language: row.language === 'nl' ? 'nl' : 'en',
    csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at),
  };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}
