import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { brandOfBlocked, compileList, isAllowedNumber, isBlocked, isCompiledList } from '../../../src/core/blocklist/compiled-list.ts';
import { ListError } from '../../../src/core/blocklist/list-errors.ts';
import { canonicalListJson, type BlockList } from '../../../src/core/blocklist/list-format.ts';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { parseSignature, verifyListSignature, type SubtleVerifier } from '../../../src/core/blocklist/verify-signature.ts';
import type { E164 } from '../../../src/core/phone/e164.ts';
import { generateKeyPair, signBytes } from '../../../tools/list/keys.ts';

const subtle = webcrypto.subtle as unknown as SubtleVerifier;
const list = (version = 5, entries: string[] = ['+18445550147', '+31205550118']): BlockList => ({
  format: 'helpdesk-guard-blocklist',
  formatVersion: 1,
  version,
  generated: '2026-11-28T12:00:00Z',
  entries: entries.map((number) => ({ number: number as E164, brands: ['microsoft'], source: 'https://example.test/report/1' })),
  allow: [{ number: '+31887867372' as E164, organisation: 'Fraudehelpdesk', source: 'https://example.test/fhd' }],
  domains: [{ host: 'scam.example', source: 'https://example.test/d' }],
});
const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const errorCode = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return error instanceof ListError ? error.code : `not a ListError: ${String(error)}`;
  }
  return 'no error';
};
const asyncErrorCode = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(() => 'no error', (error: unknown) => (error instanceof ListError ? error.code : `not a ListError: ${String(error)}`));

describe('list format', () => {
  it('round-trips through canonical JSON, byte-identical every time', () => {
    const json = canonicalListJson(list());
    expect(canonicalListJson(parseList(json))).toBe(json);
    expect(json.split('\n').filter((l) => l.includes('"number"'))).toHaveLength(3);
  });

  it.each([
    ['malformed', '{"format": "helpdesk-guard-blocklist",'.slice(0, 10) + ' nope'],
    ['truncated', canonicalListJson(list()).slice(0, 120)],
    ['malformed', JSON.stringify({ ...list(), format: 'other' })],
    ['malformed', JSON.stringify({ ...list(), version: -1 })],
    ['malformed', JSON.stringify({ ...list(), version: 1.5 })],
    ['malformed', JSON.stringify({ ...list(), generated: 'yesterday' })],
    ['invalid-entry', JSON.stringify({ ...list(), entries: [{ number: '0800-123', brands: [], source: 'x' }] })],
    ['invalid-entry', JSON.stringify({ ...list(), entries: [{ number: '+18445550147', brands: [], source: '' }] })],
    ['invalid-entry', JSON.stringify({ ...list(), domains: [{ host: 'not a host', source: 'x' }] })],
  ])('rejects a %s list', (code, text) => {
    expect(errorCode(() => parseList(text))).toBe(code);
  });

  it('rejects an oversized list before parsing it', () => {
    expect(errorCode(() => parseList(canonicalListJson(list()), 100))).toBe('oversized');
  });

  it('drops brands it does not know yet instead of rejecting a newer list', () => {
    const doc = JSON.parse(canonicalListJson(list())) as { entries: { brands: string[] }[] };
    doc.entries[0]!.brands = ['microsoft', 'brand-from-the-future'];
    expect(parseList(JSON.stringify(doc)).entries[0]?.brands).toEqual(['microsoft']);
  });
});

describe('signatures', () => {
  it('accepts a list signed by a trusted key, and with either of two keys (rotation)', async () => {
    const [oldKey, newKey] = await Promise.all([generateKeyPair('2026-a'), generateKeyPair('2026-b')]);
    const data = bytes(canonicalListJson(list()));
    for (const key of [oldKey, newKey]) {
      const signature = { keyId: key.trusted.id, algorithm: 'ECDSA-P256-SHA256' as const, signature: await signBytes(data, key.privateJwk) };
      await expect(verifyListSignature(data, signature, [oldKey.trusted, newKey.trusted], subtle)).resolves.toBeUndefined();
    }
  });

  it('rejects a tampered byte, a wrong key and an unknown key id', async () => {
    const [key, other] = await Promise.all([generateKeyPair('k1'), generateKeyPair('k2')]);
    const data = bytes(canonicalListJson(list()));
    const signature = { keyId: 'k1', algorithm: 'ECDSA-P256-SHA256' as const, signature: await signBytes(data, key.privateJwk) };
    const tampered = data.slice();
    tampered[100] = tampered[100]! ^ 1;
    expect(await asyncErrorCode(verifyListSignature(tampered, signature, [key.trusted], subtle))).toBe('bad-signature');
    expect(await asyncErrorCode(verifyListSignature(data, signature, [{ ...other.trusted, id: 'k1' }], subtle))).toBe('bad-signature');
    expect(await asyncErrorCode(verifyListSignature(data, signature, [other.trusted], subtle))).toBe('unknown-key');
  });

  it('rejects signature files that are not signatures', () => {
    expect(errorCode(() => parseSignature('garbage'))).toBe('unsigned');
    expect(errorCode(() => parseSignature('{"keyId":"k","signature":"AA=="}'))).toBe('unsigned');
  });
});

describe('compiled list', () => {
  it('looks numbers up in a sorted typed array, without duplicates', () => {
    const compiled = compileList(list(5, ['+31205550118', '+18445550147', '+18445550147']));
    expect([...compiled.blocked]).toEqual([18445550147, 31205550118]);
    expect(isBlocked(compiled, '+18445550147' as E164)).toBe(true);
    expect(isBlocked(compiled, '+18445550148' as E164)).toBe(false);
    expect(isAllowedNumber(compiled, '+31887867372' as E164)).toBe(true);
    expect(brandOfBlocked(compiled, '+18445550147' as E164)).toBe('microsoft');
  });

  it('recognises its own shape after a trip through storage, and nothing else', () => {
    const compiled = compileList(list());
    expect(isCompiledList(structuredClone(compiled))).toBe(true);
    expect(isCompiledList({ ...compiled, blocked: [1, 2] })).toBe(false);
    expect(isCompiledList(null)).toBe(false);
  });
});
