// Publishing faults on the running service (the same parts `npm run server` starts, on its embedded database):
// a full disk, a read-only list folder, a missing or unreadable key, and a crash between writing the list and
// its signature. In each case the list and signature in force stay served, and stay in the folder, as a
// matching pair that the extension's verifier accepts; the failure is on the moderation page's publish
// section; intake goes on; and once the fault is gone the next publish (or the next tick) puts it right.
import { webcrypto } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { parseSignature, verifyListSignature, type SubtleVerifier, type TrustedKey } from '../../../src/core/blocklist/verify-signature.ts';
import { readConfig } from '../../../server/config.ts';
import { readListPair } from '../../../server/publish/list-folder.ts';
import { startService, type Service } from '../../../server/service.ts';
import { generateKeyPair } from '../../../tools/list/keys.ts';
import { addAccount, loggedIn, type TestApp } from '../moderation/support/test-app.ts';
import { openListDisk, type ListDisk } from '../support/list-disk.ts';
import { reportBody } from '../../../harness/reports.ts';

interface Pair {
  readonly list: string;
  readonly signature: string;
}

let disk: ListDisk;
let dataDir: string;
let keyPath: string;
let trusted: TrustedKey;
let service: Service;
let cookie: string;
let numbersAdded = 0;

/** The real service; it publishes at start, and after that only when a test asks (no decision timer). */
async function start(): Promise<void> {
  const config = readConfig({
    HG_DATA_DIR: dataDir, HG_PORT: '0', HG_LIST_DIR: disk.dir, HG_SIGNING_KEY: keyPath,
    HG_PUBLISH_DELAY_S: '86400', HG_PUBLISH_EVERY_H: '168', HG_REPORTS_PER_HOUR: '100000', HG_REPORT_BURST: '100000',
  });
  service = await startService(config, undefined, false, { listFolderFs: disk.fs });
  // The moderation helpers need only the app, the database, a clock and randomness.
  const t = { app: service.app, db: service.db, clock: { now: () => new Date() }, randomBytes: (n: number) => new Uint8Array(webcrypto.getRandomValues(new Uint8Array(n))) } as unknown as TestApp;
  const [existing] = await service.db.query('SELECT 1 FROM users WHERE name = $1', ['reviewer']);
  if (!existing) await addAccount(t, 'reviewer', 'moderator');
  cookie = (await loggedIn(t, 'reviewer')).cookie;
}

beforeAll(async () => {
  disk = openListDisk();
  console.info(`publish faults: the list folder's disk is ${disk.mechanism === 'tmpfs' ? 'a real 1 MB tmpfs' : 'node:fs with injected ENOSPC and EROFS (mount is not permitted here)'}`);
  dataDir = mkdtempSync(join(tmpdir(), 'hg-publish-faults-'));
  const pair = await generateKeyPair('fault-key');
  trusted = pair.trusted;
  keyPath = join(dataDir, 'fault-key.private.jwk');
  writeFileSync(keyPath, JSON.stringify(pair.privateJwk), { mode: 0o600 });
  await start();
});

afterAll(async () => {
  await service?.close();
  disk?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function served(): Promise<Pair> {
  const list = await service.app.inject({ method: 'GET', url: '/v1/list.json' });
  const signature = await service.app.inject({ method: 'GET', url: '/v1/list.json.sig' });
  expect(list.statusCode).toBe(200);
  return { list: list.body, signature: signature.body };
}

async function verifies(pair: Pair): Promise<void> {
  await verifyListSignature(new TextEncoder().encode(pair.list), parseSignature(pair.signature), [trusted], webcrypto.subtle as unknown as SubtleVerifier);
}

/** The pair served and the pair in the folder are both `pair`, it verifies, and no temporary is left. */
async function expectInForce(pair: Pair): Promise<void> {
  expect(await served()).toEqual(pair);
  expect(readListPair(disk.dir)).toEqual(pair);
  await verifies(pair);
  expect(readdirSync(disk.dir).sort()).toEqual(['list.json', 'list.json.sig']);
}

/** A decision's effect, straight in the database: one more listed number. */
async function addListedNumber(): Promise<void> {
  const number = `+1844556${String(numbersAdded++).padStart(4, '0')}`;
  await service.db.query(
    `INSERT INTO numbers (number, state, brands, source, last_reported_at, decided_at, decided_by) VALUES ($1, 'listed', '["microsoft"]', 'test', now(), now(), 'm')`,
    [number],
  );
}

/** What a reviewer sees in the publish section of the moderation page. */
async function publishPage(): Promise<string> {
  const page = await service.app.inject({ method: 'GET', url: '/moderate/publish', headers: { cookie } });
  expect(page.statusCode).toBe(200);
  return page.body;
}

async function expectIntakeGoesOn(): Promise<void> {
  const id = globalThis.crypto.randomUUID();
  const answer = await service.app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'application/json' }, payload: reportBody({ id }) });
  expect(answer.statusCode).toBe(202);
}

/** One fault: the publish fails with `error`, everything else holds, and removing the fault publishes. */
async function expectFaultHandled(cause: () => void, error: RegExp, shown: RegExp, remove: () => void): Promise<void> {
  const before = await served();
  await expectInForce(before);
  await addListedNumber();
  cause();
  try {
    await expect(service.publisher.publish()).rejects.toThrow(error);
    await expectInForce(before);
    expect((await service.publisher.status()).lastError?.message).toMatch(error);
    expect(await publishPage()).toMatch(shown);
    await expectIntakeGoesOn();
  } finally {
    remove();
  }
  expect(await service.publisher.publish()).toBe('published');
  const after = await served();
  expect(parseList(after.list).version).toBeGreaterThan(parseList(before.list).version);
  await expectInForce(after);
  expect((await service.publisher.status()).lastError).toBeUndefined();
}

const asRoot = process.getuid?.() === 0;

describe('publishing faults (the list folder on a tiny tmpfs where mount is permitted, else with injected faults)', () => {
  it('a full disk: the pair in force stays, whole and matching, and the error is on the publish page', async () => {
    await expectFaultHandled(() => disk.fill(), /ENOSPC/, /could not be written: ENOSPC: no space left on device/, () => disk.unfill());
  });

  it('a read-only list folder: the same', async () => {
    await expectFaultHandled(() => disk.readOnly(), /EROFS/, /could not be written: EROFS: read-only file system/, () => disk.writable());
  });

  it('a missing signing key: the same', async () => {
    await expectFaultHandled(() => renameSync(keyPath, `${keyPath}.away`), /cannot be read: ENOENT/, /signing key .* cannot be read: ENOENT/, () => renameSync(`${keyPath}.away`, keyPath));
  });

  it('an unreadable signing key, and one that is not a key: the same', async () => {
    // Root reads any file whatever its mode, so for root the key's path is a folder, which no one can read as a file.
    const unreadable = asRoot
      ? () => {
        renameSync(keyPath, `${keyPath}.away`);
        mkdirSync(keyPath);
      }
      : () => chmodSync(keyPath, 0o000);
    const readable = asRoot
      ? () => {
        rmSync(keyPath, { recursive: true });
        renameSync(`${keyPath}.away`, keyPath);
      }
      : () => chmodSync(keyPath, 0o600);
    await expectFaultHandled(unreadable, asRoot ? /cannot be read: EISDIR/ : /cannot be read: EACCES/, /signing key .* cannot be read/, readable);
    await expectFaultHandled(
      () => {
        renameSync(keyPath, `${keyPath}.away`);
        writeFileSync(keyPath, '{"kty":"oct","k":"AAAA"}');
      },
      /not a P-256 private key/,
      /not a P-256 private key/,
      () => renameSync(`${keyPath}.away`, keyPath),
    );
  });

  it('a crash between the list and its signature: the new list is never served, and a restart writes the pair again from the database', async () => {
    const inForce = await served();
    await expectInForce(inForce);
    // What a crash between the two renames leaves: a newer list beside the old signature.
    const newer = JSON.stringify({ ...JSON.parse(inForce.list), version: parseList(inForce.list).version + 1 });
    writeFileSync(join(disk.dir, 'list.json'), newer);
    expect(await served()).toEqual(inForce);
    await service.close();
    await start();
    await expectInForce(inForce);
  });

  it('a folder that cannot be written at start: shown on the publish page, and repaired by the service itself once it can', async () => {
    const inForce = await served();
    writeFileSync(join(disk.dir, 'list.json.sig'), '{"mismatched": true}');
    await service.close();
    disk.readOnly();
    try {
      await start();
      expect(await served()).toEqual(inForce);
      expect(await publishPage()).toMatch(/rewriting the list in force failed: the list folder .* could not be written: EROFS/);
      await expectIntakeGoesOn();
    } finally {
      disk.writable();
    }
    // The service's own tick (every 5 seconds) tries again; bounded wait, no timing asserted.
    for (let i = 0; i < 100 && readListPair(disk.dir)?.signature !== inForce.signature; i++) await new Promise((done) => setTimeout(done, 200));
    await expectInForce(inForce);
    expect((await service.publisher.status()).lastError).toBeUndefined();
  });
});

describe('a publish whose commit fails after the pair was written', () => {
  it('keeps serving the pair in force and puts it back in the folder', async () => {
    const { openTestDb } = await import('../support/test-databases.ts');
    const { Publisher } = await import('../../../server/publish/publisher.ts');
    const { DatabaseUnavailable } = await import('../../../server/store/db.ts');
    const real = await openTestDb('pglite');
    const listDir = mkdtempSync(join(tmpdir(), 'hg-commit-lost-'));
    const key = await generateKeyPair('commit-lost');
    let commitFails = false;
    // The work runs, then the commit is lost (rolled back), as when the database goes away at COMMIT.
    const db = {
      ...real,
      transaction: <T>(work: Parameters<typeof real.transaction<T>>[0]) => real.transaction(async (tx) => {
        const result = await work(tx);
        if (commitFails) throw new DatabaseUnavailable(new Error('connection lost at COMMIT'));
        return result;
      }),
    };
    const publisher = new Publisher({ db, now: () => new Date(), listDir, signingKey: () => ({ keyId: 'commit-lost', jwk: key.privateJwk as never }), expiryDays: 180, holdRemovalShare: 1 });
    try {
      const add = (n: string): Promise<unknown> => real.query(`INSERT INTO numbers (number, state, brands, source, last_reported_at, decided_at, decided_by) VALUES ($1, 'listed', '["microsoft"]', 'test', now(), now(), 'm')`, [n]);
      await add('+18445557001');
      expect(await publisher.publish()).toBe('published');
      const inForce = { list: publisher.served()?.list, signature: publisher.served()?.signature };
      await add('+18445557002');
      commitFails = true;
      await expect(publisher.publish()).rejects.toThrow(/COMMIT/);
      expect({ list: publisher.served()?.list, signature: publisher.served()?.signature }).toEqual(inForce);
      expect(readListPair(listDir)).toEqual(inForce);
      commitFails = false;
      expect(await publisher.publish()).toBe('published');
      expect(parseList(publisher.served()?.list ?? '').entries.map((e) => e.number)).toContain('+18445557002');
    } finally {
      await real.close();
      rmSync(listDir, { recursive: true, force: true });
    }
  });
});
