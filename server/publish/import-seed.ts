/**
 * A new service starts from the list the extension ships with: otherwise its first published list (which
 * replaces the bundled one in every install) would drop every known number. Runs once, into an empty numbers
 * table; each imported number counts as reported at import, so the seed ages out like any other entry unless
 * it is reported again.
 */
import { readFileSync } from 'node:fs';
import { parseList } from '../../src/core/blocklist/parse-list.ts';
import type { Db } from '../store/db.ts';

/**
 * Any constant: instances starting together on one empty PostgreSQL database would otherwise both find it
 * empty and both import, and the second would stop at the first duplicate number.
 */
const SEED_LOCK = 7_146_530_103;

export async function importSeedIfEmpty(db: Db, seedPath: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    if (db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [{ count } = { count: 0 }] = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM numbers');
    const [{ published } = { published: 0 }] = await tx.query<{ published: number }>('SELECT count(*)::int AS published FROM publishes');
    if (count > 0 || published > 0) return 0;
    const seed = parseList(readFileSync(seedPath, 'utf8'));
    for (const e of seed.entries) {
      await tx.query(
        `INSERT INTO numbers (number, state, brands, source, first_seen, last_seen, last_reported_at, decided_at, decided_by)
         VALUES ($1, 'listed', $2, $3, $4, $5, $6, $6, 'seed')`,
        [e.number, JSON.stringify(e.brands), e.source, e.firstSeen ?? null, e.lastSeen ?? null, now],
      );
    }
    for (const a of seed.allow) {
      await tx.query(
        `INSERT INTO numbers (number, state, organisation, source, last_reported_at, decided_at, decided_by)
         VALUES ($1, 'official', $2, $3, $4, $4, 'seed') ON CONFLICT (number) DO NOTHING`,
        [a.number, a.organisation, a.source, now],
      );
    }
    await tx.query(
      `INSERT INTO audit_log (at, actor, action, subject, reason, detail) VALUES ($1, 'system', 'import-seed', $2, 'first start', $3)`,
      [now, `version ${seed.version}`, JSON.stringify({ entries: seed.entries.length, allow: seed.allow.length })],
    );
    await tx.query('UPDATE publish_state SET dirty_since = $1 WHERE id = 1', [now]);
    return seed.entries.length + seed.allow.length;
  });
}
