/**
 * Signing a list: the other half of verify-signature.ts, used by the maintainer's command line and by the
 * report service, so both make exactly the signature the extension checks (ECDSA P-256 over SHA-256 of the
 * exact bytes, raw r‖s in base64, in a small JSON document beside the list). WebCrypto is passed in.
 */
import { SIGNATURE_ALGORITHM, bytesToBase64 } from './verify-signature.ts';

/** A private key as a JSON Web Key; `kid` names it in the signature document. */
export type PrivateJwk = Readonly<Record<string, unknown>> & { readonly kid?: string; readonly d?: string };

/** The part of WebCrypto's SubtleCrypto that signing needs. */
export interface SubtleSigner {
  importKey(format: 'jwk', keyData: PrivateJwk, algorithm: { name: 'ECDSA'; namedCurve: 'P-256' }, extractable: false, usages: ['sign']): Promise<unknown>;
  sign(algorithm: { name: 'ECDSA'; hash: 'SHA-256' }, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

export async function signListBytes(bytes: Uint8Array, privateJwk: PrivateJwk, subtle: SubtleSigner): Promise<string> {
  const key = await subtle.importKey('jwk', privateJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return bytesToBase64(new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes)));
}

/** The `.sig` file served next to a list. */
export function signatureDocument(keyId: string, signature: string): string {
  return `${JSON.stringify({ keyId, algorithm: SIGNATURE_ALGORITHM, signature }, null, 2)}\n`;
}
