/**
 * Partners: anti-fraud desks whose own tools use the JSON API. Each holds one bearer token; the database
 * keeps only its SHA-256. A revoked partner's token is refused from the next request on. `trusted` is what
 * lets a partner's decisions change the list without a reviewer (set by an admin from the command line).
 */
import type { Queryable } from '../../store/db.ts';
import { isTokenShape, newToken, tokenHash } from './tokens.ts';

export interface Partner {
  readonly id: number;
  readonly name: string;
  readonly trusted: boolean;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

interface PartnerRow {
  id: number; name: string; trusted: boolean; created_at: Date | string; revoked_at: Date | string | null;
}

function toPartner(row: PartnerRow): Partner {
  return {
    id: Number(row.id), name: row.name, trusted: row.trusted, createdAt: new Date(row.created_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  };
}

/** Returns the token, to be shown once; undefined when the name is taken. */
export async function addPartner(db: Queryable, name: string, trusted: boolean, at: Date, randomBytes: (n: number) => Uint8Array): Promise<string | undefined> {
  const token = newToken(randomBytes);
  const rows = await db.query(
    'INSERT INTO partners (name, token_hash, trusted, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING RETURNING id',
    [name, tokenHash(token), trusted, at],
  );
  return rows.length === 1 ? token : undefined;
}

export async function listPartners(db: Queryable): Promise<Partner[]> {
  return (await db.query<PartnerRow>('SELECT id, name, trusted, created_at, revoked_at FROM partners ORDER BY name')).map(toPartner);
}

export async function revokePartner(db: Queryable, name: string, at: Date): Promise<boolean> {
  return (await db.query('UPDATE partners SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING id', [name, at])).length === 1;
}

export async function setPartnerTrust(db: Queryable, name: string, trusted: boolean): Promise<boolean> {
  return (await db.query('UPDATE partners SET trusted = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING id', [name, trusted])).length === 1;
}

/** The partner a bearer token belongs to, unless revoked. */
export async function partnerForToken(db: Queryable, token: string): Promise<Partner | undefined> {
  if (!isTokenShape(token)) return undefined;
  const [row] = await db.query<PartnerRow>(
    'SELECT id, name, trusted, created_at, revoked_at FROM partners WHERE token_hash = $1 AND revoked_at IS NULL',
    [tokenHash(token)],
  );
  return row ? toPartner(row) : undefined;
}
