import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandOfBlocked, compileList, isAllowedNumber, isBlocked, isCompiledList } from '../../../src/core/blocklist/compiled-list.ts';
import { ListError } from '../../../src/core/blocklist/list-errors.ts';
import { canonicalListJson, type BlockList } from '../../../src/core/blocklist/list-format.ts';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { acceptList } from '../../../src/core/blocklist/accept-list.ts';
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

// A hostile network or list server controls every byte of both files. Whatever it sends, the answer is the
// new list only when a trusted key signed exactly these bytes; anything else is a ListError (never another
// kind of throw, which the sync code would not expect), and the list in force stays.
describe('verification properties', () => {
  const signedBy = async (key: { privateJwk: JsonWebKey }, data: Uint8Array<ArrayBuffer>, keyId: string): Promise<string> =>
    JSON.stringify({ keyId, algorithm: 'ECDSA-P256-SHA256', signature: await signBytes(data, key.privateJwk) });
  const outcome = async (promise: Promise<unknown>): Promise<string> => {
    try {
      await promise;
      return 'accepted';
    } catch (error) {
      return error instanceof ListError ? error.code : `not a ListError: ${String(error)}`;
    }
  };

  it('any change to a signed list, however small, is refused as a bad signature', async () => {
    const key = await generateKeyPair('k1');
    const data = bytes(canonicalListJson(list(7)));
    const signature = await signedBy(key, data, 'k1');
    expect(await outcome(acceptList({ bytes: data, signature, keys: [key.trusted], currentVersion: 6 }, subtle))).toBe('accepted');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(data.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }), async (flips) => {
        const tampered = data.slice();
        for (const [at, mask] of flips) tampered[at] = tampered[at]! ^ mask;
        // Two flips of the same byte may cancel out; only a real change must be refused.
        const changed = tampered.some((b, i) => b !== data[i]);
        expect(await outcome(acceptList({ bytes: tampered, signature, keys: [key.trusted], currentVersion: 6 }, subtle))).toBe(changed ? 'bad-signature' : 'accepted');
      }),
      { numRuns: 150 },
    );
  });

  it('any signature file either verifies or is a ListError', async () => {
    const key = await generateKeyPair('k1');
    const data = bytes(canonicalListJson(list(7)));
    const signatureFile = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ keyId: fc.oneof(fc.constant('k1'), fc.string()), algorithm: fc.oneof(fc.constant('ECDSA-P256-SHA256'), fc.string()), signature: fc.oneof(fc.base64String(), fc.string()) }).map((doc) => JSON.stringify(doc)),
    );
    await fc.assert(
      fc.asyncProperty(signatureFile, async (signature) => {
        expect(await outcome(acceptList({ bytes: data, signature, keys: [key.trusted], currentVersion: 6 }, subtle))).not.toMatch(/^(accepted|not a ListError)/);
      }),
      { numRuns: 300 },
    );
  });

  it('even correctly signed bytes are refused unless they are a valid, newer list', async () => {
    const key = await generateKeyPair('k1');
    const payload = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.json().map((text) => new TextEncoder().encode(text)), fc.constant(bytes(canonicalListJson(list(3)))));
    await fc.assert(
      fc.asyncProperty(payload, async (raw) => {
        const data = raw.slice() as Uint8Array<ArrayBuffer>;
        const result = await outcome(acceptList({ bytes: data, signature: await signedBy(key, data, 'k1'), keys: [key.trusted], currentVersion: 6 }, subtle));
        expect(result).not.toMatch(/^(accepted|not a ListError)/);
      }),
      { numRuns: 150 },
    );
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
