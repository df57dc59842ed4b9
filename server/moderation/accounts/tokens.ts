/**
 * Random bearer secrets (session cookies, CSRF tokens, partner tokens) and the hash under which the database
 * keeps them. Only the SHA-256 is stored, so a copy of the database opens no session and impersonates no
 * partner; SHA-256 without a salt is enough because the tokens are 256 random bits, not guessable passwords.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;

export function newToken(randomBytes: (n: number) => Uint8Array): string {
  return Buffer.from(randomBytes(TOKEN_BYTES)).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 bytes in base64url: anything else is refused before touching the database. */
export function isTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(tokenHash(a), 'hex');
  const right = Buffer.from(tokenHash(b), 'hex');
  // Comparing hashes keeps the comparison constant-time even when the lengths differ.
  return timingSafeEqual(left, right) && a.length === b.length;
}
