import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/store/db.ts';
import { verifyPassword } from '../../../server/moderation/accounts/password.ts';
import { secretBox } from '../../../server/moderation/accounts/secret-box.ts';
import { findUser } from '../../../server/moderation/accounts/users.ts';
import { runAccountCommand } from '../../../server/moderation/cli.ts';
import { openTestDb, testClock, testRandom } from './support/test-db.ts';

let db: Db;
const clock = testClock();
let out: string[] = [];
let err: string[] = [];
let secrets: string[] = [];
const io = {
  out: (line: string) => void out.push(line),
  err: (line: string) => void err.push(line),
  readSecret: async () => secrets.shift() ?? '',
  now: clock.now,
  randomBytes: testRandom(9),
  secrets: secretBox(new Uint8Array(32).fill(7), testRandom(11)),
};
const run = (...argv: string[]) => runAccountCommand(db, argv, io);

beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());
afterEach(() => {
  out = [];
  err = [];
  secrets = [];
  delete process.env.HG_NEW_PASSWORD;
});

describe('user commands', () => {
  it('add a moderator with a password read twice from the terminal', async () => {
    secrets = ['a long enough secret', 'a long enough secret'];
    expect(await run('user', 'add', 'mia', '--role', 'moderator')).toBe(0);
    expect(out).toEqual(['added moderator mia']);
    const user = await findUser(db, 'mia');
    expect(user?.role).toBe('moderator');
    expect(user?.sealedTotpSecret).toBeNull();
    expect(await verifyPassword('a long enough secret', user?.passwordHash ?? '')).toBe(true);
  });

  it('add an admin with a TOTP secret shown once, as base32 and as an otpauth URI', async () => {
    process.env.HG_NEW_PASSWORD = 'another long secret';
    expect(await run('user', 'add', 'ada', '--role', 'admin')).toBe(0);
    const user = await findUser(db, 'ada');
    // Shown once in the clear, stored only sealed for this account.
    expect(user?.sealedTotpSecret).toMatch(/^hg1:/);
    expect(user?.sealedTotpSecret).not.toContain(out[2]?.trim());
    expect(io.secrets.open(user?.sealedTotpSecret ?? '', 'ada')).toBe(out[2]?.trim());
    expect(out[2]?.trim()).toMatch(/^[A-Z2-7]{32}$/);
    expect(out[3]?.trim()).toMatch(/^otpauth:\/\/totp\/Helpdesk%20Guard%3Aada\?secret=[A-Z2-7]{32}&issuer=Helpdesk%20Guard&algorithm=SHA1&digits=6&period=30$/);
  });

  it('read the password from a file for scripts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hg-cli-')), 'pw');
    writeFileSync(file, 'password from a file\n');
    expect(await run('user', 'add', 'bob', '--role', 'moderator', '--password-file', file)).toBe(0);
    expect(await verifyPassword('password from a file', (await findUser(db, 'bob'))?.passwordHash ?? '')).toBe(true);
  });

  it('refuse a bad name, a bad role, a short password, two different passwords and a duplicate', async () => {
    process.env.HG_NEW_PASSWORD = 'long enough password';
    expect(await run('user', 'add', 'Bad Name', '--role', 'moderator')).toBe(1);
    expect(await run('user', 'add', 'carl', '--role', 'root')).toBe(1);
    expect(await run('user', 'add', 'mia', '--role', 'moderator')).toBe(1);
    expect(err.join('\n')).toContain('exists already');
    process.env.HG_NEW_PASSWORD = 'short';
    expect(await run('user', 'add', 'carl', '--role', 'moderator')).toBe(1);
    delete process.env.HG_NEW_PASSWORD;
    secrets = ['first long password', 'second long password'];
    expect(await run('user', 'add', 'carl', '--role', 'moderator')).toBe(1);
    expect(err.join('\n')).toContain('the two passwords differ');
    expect(await findUser(db, 'carl')).toBeUndefined();
    expect(await run('user', 'frobnicate')).toBe(1);
    expect(await run('user', 'add', 'x1', '--no-such-flag')).toBe(1);
  });

  it('list, change password, new TOTP secret and disable, each in the audit log', async () => {
    expect(await run('user', 'list')).toBe(0);
    expect(out).toEqual(['ada\tadmin\tactive\ttotp', 'bob\tmoderator\tactive\tno-totp', 'mia\tmoderator\tactive\tno-totp']);
    process.env.HG_NEW_PASSWORD = 'a brand new password';
    expect(await run('user', 'password', 'mia', '--reason', 'forgotten')).toBe(0);
    expect(await verifyPassword('a brand new password', (await findUser(db, 'mia'))?.passwordHash ?? '')).toBe(true);
    const before = io.secrets.open((await findUser(db, 'ada'))?.sealedTotpSecret ?? '', 'ada');
    expect(await run('user', 'totp', 'ada')).toBe(0);
    const after = io.secrets.open((await findUser(db, 'ada'))?.sealedTotpSecret ?? '', 'ada');
    expect(after).toMatch(/^[A-Z2-7]{32}$/);
    expect(after).not.toBe(before);
    expect(await run('user', 'disable', 'bob')).toBe(0);
    expect((await findUser(db, 'bob'))?.disabledAt).not.toBeNull();
    expect(await run('user', 'disable', 'bob')).toBe(1);
    const audit = await db.query<{ actor: string; action: string; subject: string; reason: string }>("SELECT actor, action, subject, reason FROM audit_log WHERE action LIKE 'user-%' ORDER BY id");
    expect(audit.map((a) => `${a.actor} ${a.action} ${a.subject} ${a.reason}`)).toEqual([
      'cli user-add mia command line', 'cli user-add ada command line', 'cli user-add bob command line',
      'cli user-password mia forgotten', 'cli user-totp ada command line', 'cli user-disable bob command line',
    ]);
  });
});

describe('partner commands', () => {
  it('add (token shown once), list, trust, untrust and revoke', async () => {
    expect(await run('partner', 'add', 'fraud-desk')).toBe(0);
    expect(out[1]?.trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await run('partner', 'add', 'fraud-desk')).toBe(1);
    expect(await run('partner', 'trust', 'fraud-desk')).toBe(0);
    out = [];
    expect(await run('partner', 'list')).toBe(0);
    expect(out).toEqual(['fraud-desk\ttrusted\tactive']);
    expect(await run('partner', 'untrust', 'fraud-desk')).toBe(0);
    expect(await run('partner', 'revoke', 'fraud-desk')).toBe(0);
    expect(await run('partner', 'revoke', 'fraud-desk')).toBe(1);
    expect(await run('partner', 'trust', 'nobody')).toBe(1);
    const audit = await db.query<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'partner-%' ORDER BY id");
    expect(audit.map((a) => a.action)).toEqual(['partner-add', 'partner-trust', 'partner-untrust', 'partner-revoke']);
  });

  it('refuses an unknown group with the usage', async () => {
    expect(await run('group')).toBe(1);
    expect(err.join('\n')).toContain('usage:');
  });
});
