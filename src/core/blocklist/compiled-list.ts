/**
 * The lookup form of a block list. A million numbers as a Set of strings costs well over 60 MB in V8 and
 * takes seconds to rebuild on every service-worker wake-up; as a sorted Float64Array (every E.164 number is
 * an integer below 2^53) it is 8 MB, is stored and loaded as one typed array by structured clone, and a
 * binary search answers in about twenty comparisons. A parallel Uint8Array holds each entry's main brand.
 */
import { BRANDS, type BrandId } from '../brands/brand-lexicon.ts';
import { e164ToKey, type E164 } from '../phone/e164.ts';
import type { BlockList } from './list-format.ts';

export interface CompiledList {
  readonly version: number;
  readonly generated: string;
  /** Sorted, unique numeric E.164 keys of scam numbers. */
  readonly blocked: Float64Array;
  /** Index into BRANDS + 1 of each blocked number's first brand, 0 when none is known. */
  readonly blockedBrand: Uint8Array;
  /** Sorted, unique numeric keys of official and anti-fraud numbers. */
  readonly allowed: Float64Array;
  readonly domains: readonly string[];
}

export function indexOfKey(sorted: Float64Array, key: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = sorted[mid] ?? 0;
    if (value < key) low = mid + 1;
    else if (value > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

function uniqueSorted(keys: Float64Array): Float64Array {
  keys.sort();
  let write = 0;
  for (let read = 0; read < keys.length; read++) {
    if (read === 0 || keys[read] !== keys[read - 1]) keys[write++] = keys[read] ?? 0;
  }
  return keys.slice(0, write);
}

export function compileList(list: BlockList): CompiledList {
  const brandOf = new Map<number, number>();
  const blockedKeys = new Float64Array(list.entries.length);
  list.entries.forEach((entry, i) => {
    const key = e164ToKey(entry.number);
    blockedKeys[i] = key;
    const brand = entry.brands[0];
    if (brand && !brandOf.has(key)) brandOf.set(key, BRANDS.findIndex((b) => b.id === brand) + 1);
  });
  const blocked = uniqueSorted(blockedKeys);
  const blockedBrand = new Uint8Array(blocked.length);
  blocked.forEach((key, i) => {
    blockedBrand[i] = brandOf.get(key) ?? 0;
  });
  return {
    version: list.version,
    generated: list.generated,
    blocked,
    blockedBrand,
    allowed: uniqueSorted(Float64Array.from(list.allow, (a) => e164ToKey(a.number))),
    domains: list.domains.map((d) => d.host),
  };
}

export function isBlocked(list: CompiledList, number: E164): boolean {
  return indexOfKey(list.blocked, e164ToKey(number)) >= 0;
}

export function isAllowedNumber(list: CompiledList, number: E164): boolean {
  return indexOfKey(list.allowed, e164ToKey(number)) >= 0;
}

export function brandOfBlocked(list: CompiledList, number: E164): BrandId | undefined {
  const index = indexOfKey(list.blocked, e164ToKey(number));
  const brand = index >= 0 ? (list.blockedBrand[index] ?? 0) : 0;
  return brand > 0 ? BRANDS[brand - 1]?.id : undefined;
}

/** True for a stored object that has the shape of a CompiledList (storage can hold anything). */
export function isCompiledList(value: unknown): value is CompiledList {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['version'] === 'number' && typeof v['generated'] === 'string' && v['blocked'] instanceof Float64Array &&
    v['blockedBrand'] instanceof Uint8Array && v['allowed'] instanceof Float64Array && Array.isArray(v['domains']) &&
    v['blocked'].length === v['blockedBrand'].length
  );
}
