/**
 * Detached signatures for downloaded lists, verified with WebCrypto (ECDSA P-256 over SHA-256, the signature
 * as raw r‖s, which is what WebCrypto produces and expects). No crypto library ships with the extension.
 * The extension trusts a set of public keys (keys/trusted-keys.json, replaceable at build time); listing
 * more than one lets the list service rotate keys without an extension update in between.
 */
import { ListError } from './list-errors.ts';

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

export interface TrustedKey {
  readonly id: string;
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  /** SubjectPublicKeyInfo, base64. */
  readonly spki: string;
}

export interface ListSignature {
  readonly keyId: string;
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  /** Raw r‖s (64 bytes), base64. */
  readonly signature: string;
}

/** The part of WebCrypto's SubtleCrypto that verification needs: passed in, so core stays platform-free. */
export interface SubtleVerifier {
  importKey(
    format: 'spki',
    keyData: Uint8Array,
    algorithm: { name: 'ECDSA'; namedCurve: 'P-256' },
    extractable: false,
    usages: ['verify'],
  ): Promise<unknown>;
  verify(algorithm: { name: 'ECDSA'; hash: 'SHA-256' }, key: unknown, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export function base64ToBytes(base64: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new ListError('bad-signature', 'the signature is not valid base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function parseSignature(json: string): ListSignature {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new ListError('unsigned', 'the signature file is not JSON');
  }
  if (typeof doc !== 'object' || doc === null) throw new ListError('unsigned', 'the signature file is not an object');
  const { keyId, algorithm, signature } = doc as Record<string, unknown>;
  if (typeof keyId !== 'string' || typeof signature !== 'string' || algorithm !== SIGNATURE_ALGORITHM) {
    throw new ListError('unsigned', `the signature file needs keyId, signature and algorithm "${SIGNATURE_ALGORITHM}"`);
  }
  return { keyId, algorithm, signature };
}

/** Resolves when `bytes` carry a valid signature by one of `keys`; otherwise throws a ListError. */
export async function verifyListSignature(
  bytes: Uint8Array,
  signature: ListSignature,
  keys: readonly TrustedKey[],
  subtle: SubtleVerifier,
): Promise<void> {
  const key = keys.find((k) => k.id === signature.keyId);
  if (!key) throw new ListError('unknown-key', `the list is signed with key "${signature.keyId}", which this extension does not trust`);
  const signatureBytes = base64ToBytes(signature.signature);
  let valid = false;
  try {
    const publicKey = await subtle.importKey('spki', base64ToBytes(key.spki), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    valid = await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signatureBytes, bytes);
  } catch (error) {
    throw new ListError('bad-signature', `the signature could not be checked: ${String(error)}`);
  }
  if (!valid) throw new ListError('bad-signature', 'the signature does not match the list');
}
