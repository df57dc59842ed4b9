/**
 * Numbers shown to users are in international format with spaces ("+1 844 555 0147"), which reads the same
 * in every language and is what a bank's fraud desk will ask for.
 */
import parsePhoneNumber from 'libphonenumber-js/max';
import type { E164 } from '../core/phone/e164.ts';

export function formatNumber(number: E164): string {
  return parsePhoneNumber(number)?.formatInternational() ?? number;
}
