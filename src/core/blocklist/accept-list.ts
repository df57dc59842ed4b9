/**
 * The decision on a downloaded list, as one pure step: its signature must verify against a trusted key, it
 * must parse and validate, and its version must be newer than the list in force. Any failure is a ListError
 * and the caller keeps what it had. (The bundled seed list is trusted as part of the extension package and
 * does not come through here.)
 */
import { ListError } from './list-errors.ts';
import type { BlockList } from './list-format.ts';
import { MAX_LIST_BYTES, parseList } from './parse-list.ts';
import { parseSignature, verifyListSignature, type SubtleVerifier, type TrustedKey } from './verify-signature.ts';

export interface AcceptInput {
  readonly bytes: Uint8Array;
  readonly signature: string;
  readonly keys: readonly TrustedKey[];
  readonly currentVersion: number;
  readonly maxBytes?: number;
}

export async function acceptList(input: AcceptInput, subtle: SubtleVerifier): Promise<BlockList> {
  const maxBytes = input.maxBytes ?? MAX_LIST_BYTES;
  if (input.bytes.length > maxBytes) throw new ListError('oversized', `the list is larger than ${maxBytes} bytes`);
  if (input.keys.length === 0) throw new ListError('unknown-key', 'this build trusts no signing keys');
  // Verify the bytes before parsing them: an unsigned document is never handed to the JSON parser.
  await verifyListSignature(input.bytes, parseSignature(input.signature), input.keys, subtle);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    throw new ListError('malformed', 'the list is not UTF-8');
  }
  const list = parseList(text, maxBytes);
  if (list.version === input.currentVersion) throw new ListError('same-version', `version ${list.version} is already in force`);
  if (list.version < input.currentVersion) {
    throw new ListError('older-version', `version ${list.version} is older than the list in force (${input.currentVersion})`);
  }
  return list;
}
