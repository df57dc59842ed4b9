/**
 * TOTP (RFC 6238 over RFC 4226): HMAC-SHA-1, 30-second steps, 6 digits, the defaults every authenticator app
 * uses. A code is accepted one step either side of now (clock drift), and only for a step later than the last
 * one accepted for that account, so a code seen over a shoulder or in a log cannot be used again.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fromBase32, toBase32 } from './base32.ts';

const STEP_SECONDS = 30;
const DIGITS = 6;
const SECRET_BYTES = 20;

export function newTotpSecret(randomBytes: (n: number) => Uint8Array): string {
  return toBase32(randomBytes(SECRET_BYTES));
}

export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / STEP_SECONDS);
}

export function totpCode(secretBase32: string, step: number): string {
  const key = fromBase32(secretBase32);
  if (!key || key.length === 0) throw new Error('TOTP secret is not base32');
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}

/**
 * The step the code matches (now − 1, now, now + 1), if it is later than `lastStep`; otherwise undefined.
 * The caller stores the returned step atomically, which is what refuses a replay.
 */
export function matchTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const current = totpStep(now);
  let matched: number | undefined;
  // Every candidate is compared, so timing does not say which step matched.
  for (const step of [current - 1, current, current + 1]) {
    const same = timingSafeEqual(Buffer.from(totpCode(secretBase32, step)), Buffer.from(code));
    if (same && (lastStep === null || step > lastStep) && matched === undefined) matched = step;
  }
  return matched;
}

export function otpauthUri(account: string, secretBase32: string): string {
  const issuer = 'Helpdesk Guard';
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}
