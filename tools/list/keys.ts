/**
 * Key handling for list maintainers. A signing key is an ECDSA P-256 key pair made with WebCrypto (Node's
 * `crypto.subtle`, the same implementation family the extension verifies with). The private key is a JWK file
 * that must live outside the repository; `keygen` refuses to write it inside a git work tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { signatureDocument, signListBytes, type PrivateJwk, type SubtleSigner } from '../../src/core/blocklist/sign-list.ts';
import { SIGNATURE_ALGORITHM, bytesToBase64, type TrustedKey } from '../../src/core/blocklist/verify-signature.ts';

const { subtle } = globalThis.crypto;

function insideGitWorkTree(path: string): boolean {
  try {
    execFileSync('git', ['-C', dirname(path), 'rev-parse', '--is-inside-work-tree'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

export interface KeyPair {
  readonly trusted: TrustedKey;
  readonly privateJwk: JsonWebKey;
}

export async function generateKeyPair(id: string): Promise<KeyPair> {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = new Uint8Array(await subtle.exportKey('spki', pair.publicKey));
  const privateJwk = { ...(await subtle.exportKey('jwk', pair.privateKey)), kid: id };
  return { trusted: { id, algorithm: SIGNATURE_ALGORITHM, spki: bytesToBase64(spki) }, privateJwk };
}

/** Writes the private key (mode 600) and returns the public entry for keys/trusted-keys.json. */
export async function keygen(id: string, outDir: string, allowInsideRepo = false): Promise<{ privatePath: string; trusted: TrustedKey }> {
  const privatePath = resolve(outDir, `${id}.private.jwk`);
  mkdirSync(dirname(privatePath), { recursive: true });
  if (!allowInsideRepo && insideGitWorkTree(privatePath)) {
    throw new Error(`refusing to write a private key inside a git work tree (${privatePath}); choose a folder outside the repository`);
  }
  const pair = await generateKeyPair(id);
  writeFileSync(privatePath, `${JSON.stringify(pair.privateJwk, null, 2)}\n`, { mode: 0o600 });
  return { privatePath, trusted: pair.trusted };
}

export function signBytes(bytes: Uint8Array<ArrayBuffer>, privateJwk: JsonWebKey): Promise<string> {
  return signListBytes(bytes, privateJwk as PrivateJwk, subtle as unknown as SubtleSigner);
}

export { signatureDocument };

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, text);
}
