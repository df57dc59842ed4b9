import { describe, expect, it } from 'vitest';
import { fromBase32, toBase32 } from '../../../server/moderation/accounts/base32.ts';
import { DECOY_HASH, hashPassword, verifyPassword } from '../../../server/moderation/accounts/password.ts';
import { matchTotp, otpauthUri, totpCode } from '../../../server/moderation/accounts/totp.ts';
import { testRandom } from './support/test-db.ts';

// RFC 6238 appendix B, SHA-1 key "12345678901234567890", last six of the eight digits.
const RFC_SECRET = toBase32(new TextEncoder().encode('12345678901234567890'));

describe('TOTP', () => {
  it.each([
    [59, '287082'], [1111111109, '081804'], [1111111111, '050471'], [1234567890, '005924'], [2000000000, '279037'], [20000000000, '353130'],
  ])('matches RFC 6238 at %i s', (seconds, code) => {
    expect(totpCode(RFC_SECRET, Math.floor(seconds / 30))).toBe(code);
  });

  it('accepts one step either side, only later than the last used step', () => {
    const now = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), now, null)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 2), now, null)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), now, step)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), now, step - 1)).toBe(step);
    expect(matchTotp(RFC_SECRET, '12345', now, null)).toBeUndefined();
  });

  it('base32 round-trips and the otpauth URI carries the parameters apps need', () => {
    const bytes = testRandom(3)(20);
    expect(fromBase32(toBase32(bytes))).toEqual(bytes);
    expect(toBase32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
    expect(otpauthUri('ada', 'ABC')).toBe('otpauth://totp/Helpdesk%20Guard%3Aada?secret=ABC&issuer=Helpdesk%20Guard&algorithm=SHA1&digits=6&period=30');
  });
});

describe('passwords', () => {
  it('hash with scrypt, a salt per hash and the parameters in the string', async () => {
    const random = testRandom(4);
    const cost = { log2N: 10, r: 8, p: 1 };
    const one = await hashPassword('correct horse battery staple', random, cost);
    const two = await hashPassword('correct horse battery staple', random, cost);
    expect(one).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(one).not.toBe(two);
    expect(await verifyPassword('correct horse battery staple', one)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', one)).toBe(false);
    expect(await verifyPassword('x', 'plaintext')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$30$8$1$AA==$AA==')).toBe(false);
  });

  it('has a well-formed decoy that matches nothing', async () => {
    expect(await verifyPassword('', DECOY_HASH)).toBe(false);
  });
});
