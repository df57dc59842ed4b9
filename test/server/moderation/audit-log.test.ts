/** The audit log is append-only: no server code path updates or deletes it, and the database refuses both. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/store/db.ts';
import { appendAudit, readAudit } from '../../../server/moderation/audit.ts';
import { openTestDb } from './support/test-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('audit log', () => {
  it('has no UPDATE, DELETE or TRUNCATE of audit_log anywhere in the server sources', () => {
    const root = join(import.meta.dirname, '../../../server');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|sql)$/.test(f) && !f.includes('migrations'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8').replace(/\s+/g, ' ');
      expect(source, file).not.toMatch(/UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log|TRUNCATE\s+(TABLE\s+)?audit_log/i);
    }
  });

  it('is refused an UPDATE, a DELETE and a TRUNCATE by the database', async () => {
    await appendAudit(db, { at: new Date('2026-11-30T12:00:00Z'), actor: 'user:mia', action: 'list', subject: '+18445550147', reason: 'scam' });
    await expect(db.query("UPDATE audit_log SET reason = 'nothing happened'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(db.exec('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const rows = await readAudit(db, 10);
    expect(rows).toMatchObject([{ actor: 'user:mia', action: 'list', subject: '+18445550147', reason: 'scam' }]);
  });
});
