/**
 * No raw IP address is stored. What rate limiting, login throttling and the count of distinct reporters need
 * is only "is this the same sender as before", so the address is replaced by an HMAC with a random key of the
 * day. The key lives in the database (so several instances agree) and is deleted two days later
 * (retention.ts); from then on a stored pseudonym cannot be linked to any address, not even by us. The cost:
 * one sender reporting on two different days counts as two reporters.
 */
import { createHmac } from 'node:crypto';
import type { Queryable } from '../store/db.ts';

export interface PseudonymDeps {
  readonly db: Queryable;
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Uint8Array;
}

export type Pseudonymise = (address: string) => Promise<string>;

/**
 * The part of an address that stands for one sender. One IPv6 customer usually holds a whole /64 and can use
 * any address in it, so an IPv6 address counts by its first 64 bits; an IPv4 address (also written as
 * ::ffff:a.b.c.d) counts whole.
 */
export function senderOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}

export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

export function pseudonymiser(deps: PseudonymDeps): Pseudonymise {
  const cache = new Map<string, Buffer>();
  const keyFor = async (day: string): Promise<Buffer> => {
    const cached = cache.get(day);
    if (cached) return cached;
    await deps.db.query('INSERT INTO reporter_keys (day, key) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [day, Buffer.from(deps.randomBytes(32))]);
    const [row] = await deps.db.query<{ key: Uint8Array }>('SELECT key FROM reporter_keys WHERE day = $1', [day]);
    if (!row) throw new Error('no reporter key for today');
    const key = Buffer.from(row.key);
    cache.clear();
    cache.set(day, key);
    return key;
  };
  return async (address) => {
    const key = await keyFor(utcDay(deps.now()));
    return createHmac('sha256', key).update(senderOf(address)).digest('base64url').slice(0, 22);
  };
}
