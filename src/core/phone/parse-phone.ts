/**
 * Turns a candidate run into E.164 numbers with libphonenumber-js and its **max** metadata. The min metadata
 * only checks lengths, so it accepts IBAN tails and dates as numbers; max checks every national numbering
 * plan, which is what makes "zero numbers on a page of financial tables" possible. This module is imported
 * only where the library may be loaded (service worker, Node tools), never by the content script.
 */
import parsePhoneNumber, { findPhoneNumbersInText, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { asE164, type E164 } from './e164.ts';
import { looksNorthAmerican } from './regions.ts';

export type NumberKind =
  | 'toll-free' | 'premium-rate' | 'shared-cost' | 'voip' | 'personal' | 'uan' | 'mobile' | 'fixed' | 'other';

export interface ParsedPhone {
  readonly e164: E164;
  readonly country: string | undefined;
  readonly kind: NumberKind;
  /** Written with an international prefix (+, 00, 010 …) rather than in national form. */
  readonly international: boolean;
}

const KINDS: Readonly<Record<string, NumberKind>> = {
  TOLL_FREE: 'toll-free',
  PREMIUM_RATE: 'premium-rate',
  SHARED_COST: 'shared-cost',
  VOIP: 'voip',
  PERSONAL_NUMBER: 'personal',
  UAN: 'uan',
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed',
  FIXED_LINE_OR_MOBILE: 'fixed',
};

function toParsed(number: PhoneNumber | undefined, international: boolean): ParsedPhone | undefined {
  if (!number?.isValid()) return undefined;
  const e164 = asE164(number.number);
  if (!e164) return undefined;
  const kind = KINDS[number.getType() ?? ''] ?? 'other';
  return { e164, country: number.country, kind, international };
}

/** French numbers are written as five pairs ("09.70.73.21.58"); no other plan in the fallbacks groups so. */
const FRENCH_PAIRS = /^0[1-9](?:[ .]\d{2}){4}$/;

/** Regions to read national digits in, put in the order the number's own shape suggests. */
function orderRegions(written: string, digits: string, regions: readonly CountryCode[]): readonly CountryCode[] {
  const first: CountryCode[] = looksNorthAmerican(digits) ? ['US', 'CA'] : FRENCH_PAIRS.test(written) ? ['FR'] : [];
  return first.length === 0 ? regions : [...first, ...regions.filter((r) => !first.includes(r))];
}

function parseWhole(text: string, regions: readonly CountryCode[]): ParsedPhone | undefined {
  const trimmed = text.trim();
  // "+31 (0)20 …" and "+43(0)-800 …": the (0) is the national trunk prefix, not part of the number.
  const cleaned = /^\+/.test(trimmed) || /^00/.test(trimmed) ? trimmed.replace(/\(\s*0\s*\)/g, '') : trimmed;
  const digits = cleaned.replace(/\D/g, '');
  if (cleaned.startsWith('+')) return toParsed(parsePhoneNumber(`+${digits}`), true);
  for (const region of orderRegions(cleaned, digits, regions)) {
    const number = parsePhoneNumber(digits, region);
    // A number parsed in one region's dialling rules can land in another country (00…, 010…): international.
    const parsed = toParsed(number, number !== undefined && number.country !== region && !looksNorthAmerican(digits));
    if (parsed) return parsed;
  }
  return undefined;
}

/**
 * Every valid number in a candidate run. Usually the run is one number; when it is not ("020 262 0118 /
 * 06 12345678") the library's own text search takes over, in the page's most likely regions.
 */
export function parsePhones(run: string, regions: readonly CountryCode[]): ParsedPhone[] {
  const whole = parseWhole(run, regions);
  if (whole) return [whole];
  const found = new Map<string, ParsedPhone>();
  for (const region of regions.slice(0, 3)) {
    for (const match of findPhoneNumbersInText(run, { defaultCountry: region })) {
      const parsed = toParsed(match.number, /^\s*(?:\+|00)/.test(run.slice(match.startsAt, match.endsAt)));
      if (parsed && !found.has(parsed.e164)) found.set(parsed.e164, parsed);
    }
    if (found.size > 0) break;
  }
  return [...found.values()];
}
