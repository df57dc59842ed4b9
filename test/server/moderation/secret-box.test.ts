import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecretKey, openSecretBox, secretBox, SecretKeyError } from '../../../server/moderation/accounts/secret-box.ts';
import { totpCode, totpStep } from '../../../server/moderation/accounts/totp.ts';
import { findUser } from '../../../server/moderation/accounts/users.ts';
import { addAccount, login, startTestApp, type TestApp } from './support/test-app.ts';
import { testRandom } from './support/test-db.ts';

const key = (fill: number): Uint8Array => new Uint8Array(32).fill(fill);

describe('sealed TOTP secrets', () => {
  const box = secretBox(key(1), testRandom(3));

  it('open for the account they were sealed for, and for nothing else', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'ada');
    expect(sealed).toMatch(/^hg1:[\w-]{16}:[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'ada')).toBe('JBSWY3DPEHPK3PXP');
    // Another row, another key, a flipped bit, a cut value, a value stored in the clear: none open.
    expect(box.open(sealed, 'eve')).toBeUndefined();
    expect(secretBox(key(2), testRandom(3)).open(sealed, 'ada')).toBeUndefined();
    const body = sealed.split(':')[2] ?? '';
    const flipped = `${sealed.slice(0, sealed.length - body.length)}${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    expect(box.open(flipped, 'ada')).toBeUndefined();
    expect(box.open(sealed.slice(0, -4), 'ada')).toBeUndefined();
    expect(box.open(`${sealed}:x`, 'ada')).toBeUndefined();
    expect(box.open('JBSWY3DPEHPK3PXP', 'ada')).toBeUndefined();
    // A fresh nonce each time: the same secret sealed twice gives two values.
    expect(box.seal('JBSWY3DPEHPK3PXP', 'ada')).not.toBe(sealed);
  });

  it('use a key file made on first use (0600), the same key after, and refuse a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hg-totp-key-'));
    const path = join(dir, 'keys', 'totp.key');
    const first = loadOrCreateSecretKey(path, testRandom(5));
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    expect(loadOrCreateSecretKey(path, testRandom(6))).toEqual(first);
    expect(readFileSync(path, 'utf8').trim()).toBe(Buffer.from(first).toString('base64'));
    writeFileSync(path, 'too short\n');
    expect(() => loadOrCreateSecretKey(path, testRandom(7))).toThrow(SecretKeyError);
    expect(() => secretBox(new Uint8Array(16), testRandom(1))).toThrow(SecretKeyError);
  });
});

describe('a database from before sealing', () => {
  let t: TestApp;
  let secret = '';
  beforeAll(async () => {
    t = await startTestApp();
    secret = (await addAccount(t, 'ada', 'admin')) ?? '';
    // As an older service stored it: the secret itself in the row.
    await t.db.query('UPDATE users SET totp_secret = $1 WHERE name = $2', [secret, 'ada']);
  });
  afterAll(() => t.db.close());

  it('has its secrets sealed at start, and the admin still logs in with the same authenticator', async () => {
    const keyPath = join(mkdtempSync(join(tmpdir(), 'hg-totp-')), 'totp.key');
    const warnings: string[] = [];
    // The test app's own box stands in for the service's: seal with it, as openSecretBox does with the file's key.
    const fromFile = await openSecretBox(t.db, keyPath, testRandom(8), (line) => warnings.push(line));
    expect(warnings).toEqual([`sealed 1 TOTP secret(s) that were stored in the clear, with the key ${keyPath}`]);
    const stored = (await findUser(t.db, 'ada'))?.sealedTotpSecret ?? '';
    expect(stored).toMatch(/^hg1:/);
    expect(fromFile.open(stored, 'ada')).toBe(secret);
    // The app was built with another key, so its login cannot open this secret: a wrong key fails closed.
    const code = totpCode(secret, totpStep(t.clock.now()));
    expect((await login(t, 'ada', code)).statusCode).toBe(401);
    // Sealed again with the app's key, the same code from the same authenticator logs in.
    await t.db.query('UPDATE users SET totp_secret = $1 WHERE name = $2', [t.secrets.seal(secret, 'ada'), 'ada']);
    expect((await login(t, 'ada', totpCode(secret, totpStep(t.clock.now()) + 1))).statusCode).toBe(303);
  });

  it('names the admins whose secret does not open with the key at start', async () => {
    const keyPath = join(mkdtempSync(join(tmpdir(), 'hg-totp-')), 'totp.key');
    const warnings: string[] = [];
    await openSecretBox(t.db, keyPath, testRandom(9), (line) => warnings.push(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the TOTP secrets of ada do not open with the key');
    expect(warnings[0]).toContain('user totp <name>');
  });
});
