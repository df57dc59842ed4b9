/**
 * Which countries to read a national-format number in. A page's language and host say where its readers
 * are; the number's own shape says more (ten digits without a leading 0 is North American). Fallbacks cover
 * the countries this product serves first, so a Dutch number on an English page is still found.
 */
import type { CountryCode } from 'libphonenumber-js/max';

export const FALLBACK_REGIONS: readonly CountryCode[] = ['NL', 'BE', 'DE', 'FR', 'GB', 'US', 'JP', 'AT', 'CH', 'CA', 'AU', 'IE'];

const LANGUAGE_REGIONS: Readonly<Record<string, readonly CountryCode[]>> = {
  nl: ['NL', 'BE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CH', 'CA'],
  // Canada and Australia come after the fallbacks: their plans accept many European national numbers.
  en: ['US', 'GB', 'IE'],
  ja: ['JP'],
  es: ['ES', 'MX'],
  it: ['IT', 'CH'],
  pt: ['PT', 'BR'],
  pl: ['PL'],
};

const TLD_REGIONS: Readonly<Record<string, CountryCode>> = {
  nl: 'NL', be: 'BE', de: 'DE', at: 'AT', ch: 'CH', fr: 'FR', uk: 'GB', ie: 'IE', jp: 'JP', ca: 'CA',
  au: 'AU', us: 'US', es: 'ES', it: 'IT', pt: 'PT', pl: 'PL', lu: 'LU', nz: 'NZ', br: 'BR', mx: 'MX',
};

function regionOfLanguageTag(tag: string): CountryCode | undefined {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(tag)?.[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined;
}

/** Regions to try, most likely first, without duplicates. */
export function regionsForPage(languageTag: string, host: string): CountryCode[] {
  const ordered: CountryCode[] = [];
  const add = (region: CountryCode | undefined): void => {
    if (region && !ordered.includes(region)) ordered.push(region);
  };
  add(regionOfLanguageTag(languageTag));
  add(TLD_REGIONS[host.split('.').pop()?.toLowerCase() ?? '']);
  for (const region of LANGUAGE_REGIONS[languageTag.slice(0, 2).toLowerCase()] ?? []) add(region);
  for (const region of FALLBACK_REGIONS) add(region);
  return ordered;
}

/**
 * Ten digits without a trunk 0 (or eleven with a leading 1) grouped 3-3-4 is the North American shape; no
 * European or Japanese national number looks like that, so NANP goes first for it.
 */
export function looksNorthAmerican(digits: string): boolean {
  return (digits.length === 10 && /^[2-9]/.test(digits)) || (digits.length === 11 && /^1[2-9]/.test(digits));
}
