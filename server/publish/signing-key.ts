/**
 * The list-signing key is a file outside the database (a copy of the database must not be able to sign), made
 * with `npm run list -- keygen`. In development, when none is configured, the service makes one in its data
 * folder and writes the matching public key to <data>/trusted-keys.json, which a development build of the
 * extension picks up (tools/build/build-settings.ts), so the whole loop works on one machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrivateJwk } from '../../src/core/blocklist/sign-list.ts';
import type { TrustedKey } from '../../src/core/blocklist/verify-signature.ts';
import { generateKeyPair } from '../../tools/list/keys.ts';

export interface SigningKey {
  readonly keyId: string;
  readonly jwk: PrivateJwk;
}

export class KeyError extends Error {}

export function loadSigningKey(path: string): SigningKey {
  let jwk: PrivateJwk;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8')) as PrivateJwk;
  } catch (error) {
    throw new KeyError(`the signing key ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof jwk.kid !== 'string' || !jwk.kid || typeof jwk.d !== 'string' || jwk['crv'] !== 'P-256') {
    throw new KeyError(`the signing key ${path} is not a P-256 private key with a "kid" (make one with npm run list -- keygen)`);
  }
  return { keyId: jwk.kid, jwk };
}

/** The development key in <data>/keys, made on first use; returns its path. */
export async function ensureDevelopmentKey(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'keys');
  const path = join(dir, 'development.private.jwk');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pair = await generateKeyPair(`dev-${new Date().toISOString().slice(0, 10)}`);
  writeFileSync(path, `${JSON.stringify(pair.privateJwk, null, 2)}\n`, { mode: 0o600 });
  writeTrustedKeys(dataDir, [pair.trusted]);
  return path;
}

export function writeTrustedKeys(dataDir: string, keys: readonly TrustedKey[]): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'trusted-keys.json'), `${JSON.stringify({ keys }, null, 2)}\n`);
}
