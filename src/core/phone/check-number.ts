/**
 * "Is this a known scam number?" for text a user pasted or selected, in any format: every number found is
 * returned with what the lists say about it. The user's own language decides how national numbers are read.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { numberStatus, type NumberLists } from '../verdict/number-lists.ts';
import type { NumberStatus } from '../verdict/verdict.ts';
import type { E164 } from './e164.ts';
import { findNumberRuns } from './number-runs.ts';
import { parsePhones, type NumberKind } from './parse-phone.ts';

export interface CheckedNumber {
  readonly e164: E164;
  readonly status: NumberStatus;
  readonly kind: NumberKind;
  readonly country: string | undefined;
}

const MAX_INPUT = 2000;

export function checkNumbers(text: string, regions: readonly CountryCode[], lists: NumberLists): CheckedNumber[] {
  const input = text.slice(0, MAX_INPUT);
  const runs = findNumberRuns(input, 20).map((run) => run.folded);
  const candidates = runs.length > 0 ? runs : [input];
  const seen = new Map<E164, CheckedNumber>();
  for (const candidate of candidates) {
    for (const parsed of parsePhones(candidate, regions)) {
      if (seen.has(parsed.e164)) continue;
      seen.set(parsed.e164, { e164: parsed.e164, status: numberStatus(parsed.e164, lists), kind: parsed.kind, country: parsed.country });
    }
  }
  return [...seen.values()];
}
