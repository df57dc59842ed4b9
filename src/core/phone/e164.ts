/**
 * E.164 phone numbers as a brand type. Only `asE164` produces one, so a raw string scraped from a page can
 * never reach a block-list lookup without being normalised first.
 */
export type E164 = string & { readonly __brand: 'E164' };

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

export function asE164(value: string): E164 | undefined {
  return E164_SHAPE.test(value) ? (value as E164) : undefined;
}

export function isE164(value: unknown): value is E164 {
  return typeof value === 'string' && E164_SHAPE.test(value);
}

/**
 * E.164 has at most 15 digits and no leading zero, so every number is an integer below 2^53 and fits
 * exactly in a double. That lets the block list live in a Float64Array instead of a Set of strings.
 */
export function e164ToKey(number: E164): number {
  return Number(number.slice(1));
}
