// Publishing: the next list is built from decisions, signed so that the extension's own verifier accepts it,
// written as a matching pair, served with validators, held for an admin when it would remove too much, and
// never lost to a missing key or an unwritable folder.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { parseSignature, verifyListSignature, type SubtleVerifier } from '../../../src/core/blocklist/verify-signature.ts';
import { KeyError } from '../../../server/publish/signing-key.ts';
import { isPublishDue, scheduleInput } from '../../../server/publish/publish-schedule.ts';
import { reportStatus } from '../../../server/intake/report-status.ts';
import { reportBody } from '../../../harness/reports.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function listNumbers(app: TestApp, numbers: string[]): Promise<void> {
  for (const number of numbers) {
    await app.db.query(
      `INSERT INTO numbers (number, state, brands, source, last_reported_at, decided_at, decided_by) VALUES ($1, 'listed', '["microsoft"]', 'test', $2, $2, 'm')
       ON CONFLICT (number) DO UPDATE SET state = 'listed'`,
      [number, app.time],
    );
  }
}

async function verified(app: TestApp, list: string, signature: string): Promise<void> {
  await verifyListSignature(new TextEncoder().encode(list), parseSignature(signature), [app.trusted], webcrypto.subtle as unknown as SubtleVerifier);
}

const numbers = (count: number, from = 0): string[] => Array.from({ length: count }, (_, i) => `+1844555${String(from + i).padStart(4, '0')}`);

describe('publisher', () => {
  it('publishes a signed list the extension verifies, writes the pair, and serves it with ETag and 304', async () => {
    t = await startTestApp();
    await listNumbers(t, numbers(3));
    expect(await t.publisher.publish()).toBe('published');
    const list = readFileSync(join(t.listDir, 'list.json'), 'utf8');
    const signature = readFileSync(join(t.listDir, 'list.json.sig'), 'utf8');
    await verified(t, list, signature);
    expect(parseList(list).entries).toHaveLength(3);
    const served = await t.app.inject({ method: 'GET', url: '/v1/list.json' });
    expect(served.statusCode).toBe(200);
    expect(served.body).toBe(list);
    const etag = served.headers['etag'] as string;
    expect((await t.app.inject({ method: 'GET', url: '/v1/list.json', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const since = served.headers['last-modified'] as string;
    expect((await t.app.inject({ method: 'GET', url: '/v1/list.json', headers: { 'if-modified-since': since } })).statusCode).toBe(304);
    expect((await t.app.inject({ method: 'GET', url: '/v1/list.json.sig' })).body).toBe(signature);
    const compressed = await t.app.inject({ method: 'GET', url: '/v1/list.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(compressed.rawPayload).toString('utf8')).toBe(list);
    expect(compressed.headers['etag']).not.toBe(etag);
    const gzipTag = compressed.headers['etag'] as string;
    expect((await t.app.inject({ method: 'GET', url: '/v1/list.json', headers: { 'if-none-match': gzipTag, 'accept-encoding': 'gzip' } })).statusCode).toBe(304);
  });

  it('only ever raises the version, even twice in one minute', async () => {
    t = await startTestApp();
    await listNumbers(t, numbers(10));
    await t.publisher.publish();
    const first = parseList(readFileSync(join(t.listDir, 'list.json'), 'utf8')).version;
    await listNumbers(t, numbers(1, 100));
    await t.publisher.publish();
    const second = parseList(readFileSync(join(t.listDir, 'list.json'), 'utf8')).version;
    expect(second).toBeGreaterThan(first);
    expect(await t.publisher.publish()).toBe('unchanged');
  });

  it('holds a publish that would remove more than the share, until an admin confirms it', async () => {
    t = await startTestApp();
    await listNumbers(t, numbers(20));
    await t.publisher.publish();
    const before = readFileSync(join(t.listDir, 'list.json'), 'utf8');
    await t.db.query(`UPDATE numbers SET state = 'removed' WHERE number = ANY($1::text[])`, [numbers(5)]);
    expect(await t.publisher.publish()).toBe('held');
    expect(readFileSync(join(t.listDir, 'list.json'), 'utf8')).toBe(before);
    const status = await t.publisher.status();
    expect(status.held).toMatchObject({ removed: 5, entries: 15 });
    await t.publisher.confirmHeld(status.held?.version ?? 0, 'admin', 'bulk removal checked');
    expect(parseList(readFileSync(join(t.listDir, 'list.json'), 'utf8')).entries).toHaveLength(15);
    expect((await t.publisher.status()).held).toBeUndefined();
    const audit = await t.db.query<{ action: string; actor: string }>('SELECT action, actor FROM audit_log ORDER BY id');
    expect(audit.map((a) => a.action)).toEqual(['hold-publish', 'confirm-publish']);
  });

  it('keeps the previous pair served and records the failure when the key is missing or the folder unwritable', async () => {
    t = await startTestApp();
    await listNumbers(t, numbers(3));
    await t.publisher.publish();
    const pair = [readFileSync(join(t.listDir, 'list.json'), 'utf8'), readFileSync(join(t.listDir, 'list.json.sig'), 'utf8')];
    await listNumbers(t, numbers(1, 50));
    const app = t;
    const original = app.signingKey;
    app.signingKey = () => {
      throw new KeyError('no signing key is configured (HG_SIGNING_KEY)');
    };
    await expect(app.publisher.publish()).rejects.toThrow(/no signing key/);
    expect((await app.publisher.status()).lastError?.message).toMatch(/no signing key/);
    expect((await app.app.inject({ method: 'GET', url: '/v1/list.json' })).body).toBe(pair[0]);
    // An unwritable folder, even for root: a plain file where the folder should be.
    app.signingKey = original;
    renameSync(app.listDir, `${app.listDir}.moved`);
    writeFileSync(app.listDir, 'not a folder');
    await expect(app.publisher.publish()).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect((await app.publisher.status()).lastError?.message).toMatch(/EEXIST|ENOTDIR/);
    expect((await app.app.inject({ method: 'GET', url: '/v1/list.json' })).body).toBe(pair[0]);
    rmSync(app.listDir);
    renameSync(`${app.listDir}.moved`, app.listDir);
    expect([readFileSync(join(app.listDir, 'list.json'), 'utf8'), readFileSync(join(app.listDir, 'list.json.sig'), 'utf8')]).toEqual(pair);
    const ok = await app.app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(ok.statusCode).toBe(400);
  });

  it('lets a number leave the list when it has not been reported within the expiry, and logs it', async () => {
    t = await startTestApp();
    await listNumbers(t, numbers(30));
    await t.publisher.publish();
    t.time = new Date(t.time.getTime() + 181 * 86_400_000);
    await listNumbers(t, []);
    await t.db.query(`UPDATE numbers SET last_reported_at = $1 WHERE number <> $2`, [t.time, numbers(1)[0]]);
    expect(await t.publisher.publish()).toBe('published');
    expect(parseList(readFileSync(join(t.listDir, 'list.json'), 'utf8')).entries).toHaveLength(29);
    expect(await t.db.query(`SELECT subject FROM audit_log WHERE action = 'expire'`)).toEqual([{ subject: numbers(1)[0] }]);
  });
});

describe('publisher and reports', () => {
  it('tells a reporter the number left the list when it expires, and counts an unchanged build for the schedule', async () => {
    t = await startTestApp();
    await listNumbers(t, ['+18445550147', ...numbers(20, 200)]);
    await t.app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'application/json' }, payload: reportBody({ id: 'eeeeeeee-0000-4000-8000-000000000005' }) });
    expect((await t.publisher.publish())).toBe('published');
    expect(await reportStatus(t.db, 'eeeeeeee-0000-4000-8000-000000000005')).toMatchObject({ status: 'listed' });
    t.time = new Date(t.time.getTime() + 2 * 3_600_000);
    expect(await t.publisher.publish()).toBe('unchanged');
    expect(isPublishDue(await scheduleInput(t.db, t.time.getTime() + 60_000, 60_000, 3_600_000))).toBe(false);
    t.time = new Date(t.time.getTime() + 181 * 86_400_000);
    await t.db.query(`UPDATE numbers SET last_reported_at = $1 WHERE number <> '+18445550147'`, [t.time]);
    expect(await t.publisher.publish()).toBe('published');
    expect(await reportStatus(t.db, 'eeeeeeee-0000-4000-8000-000000000005')).toMatchObject({ status: 'not-listed', reason: 'removed' });
  });
});

describe('publish schedule', () => {
  const base = { now: 1_000_000, delayMs: 60_000, everyMs: 3_600_000 };
  it('batches decisions for the delay and rebuilds on the schedule', () => {
    expect(isPublishDue({ ...base, dirtySince: undefined, lastPublishAt: undefined })).toBe(true);
    expect(isPublishDue({ ...base, dirtySince: base.now - 30_000, lastPublishAt: base.now - 100_000 })).toBe(false);
    expect(isPublishDue({ ...base, dirtySince: base.now - 60_000, lastPublishAt: base.now - 100_000 })).toBe(true);
    expect(isPublishDue({ ...base, dirtySince: undefined, lastPublishAt: base.now - 3_600_000 })).toBe(true);
  });
});
