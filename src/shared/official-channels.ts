/**
 * Where to report a fake helpdesk officially, by country, and the impersonated brand's own channel. Each
 * entry is a public service's address or number with its source; the name is shown as written by the
 * service itself, so it needs no translation.
 */
import type { BrandId } from '../core/brands/brand-lexicon.ts';

export interface Channel {
  readonly name: string;
  readonly url?: string;
  readonly email?: string;
  readonly phone?: string;
}

export const COUNTRY_CHANNELS: Readonly<Record<string, readonly Channel[]>> = {
  NL: [
    { name: 'Fraudehelpdesk', url: 'https://www.fraudehelpdesk.nl', phone: '088 786 73 72' },
    { name: 'Politie – aangifte of melding doen', url: 'https://www.politie.nl/aangifte-of-melding-doen' },
  ],
  BE: [{ name: 'Safeonweb', url: 'https://safeonweb.be', email: 'suspicious@safeonweb.be' }],
  DE: [
    { name: 'Verbraucherzentrale', url: 'https://www.verbraucherzentrale.de' },
    { name: 'Polizei – Onlinewache', url: 'https://www.onlinewache.polizei.de' },
  ],
  FR: [
    { name: 'Info Escroqueries', phone: '0 805 805 817' },
    { name: 'PHAROS', url: 'https://www.internet-signalement.gouv.fr' },
  ],
  GB: [{ name: 'Action Fraud', url: 'https://www.actionfraud.police.uk', phone: '0300 123 2040' }],
  US: [{ name: 'Federal Trade Commission', url: 'https://reportfraud.ftc.gov' }],
};

export const BRAND_CHANNELS: Partial<Readonly<Record<BrandId, Channel>>> = {
  microsoft: { name: 'Microsoft – report a tech support scam', url: 'https://www.microsoft.com/reportascam' },
  apple: { name: 'Apple', email: 'reportphishing@apple.com' },
  paypal: { name: 'PayPal', email: 'phishing@paypal.com' },
};

const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = { nl: 'NL', de: 'DE', fr: 'FR', en: 'GB' };

/** The user's country from the browser language ("nl-BE" → BE), else the language's main country. */
export function countryOfLanguage(uiLanguage: string): string {
  const [language = '', region = ''] = uiLanguage.split(/[-_]/);
  if (region.toUpperCase() in COUNTRY_CHANNELS) return region.toUpperCase();
  return LANGUAGE_COUNTRY[language.toLowerCase()] ?? 'US';
}

export function channelsFor(uiLanguage: string, brand: BrandId | undefined): Channel[] {
  const country = COUNTRY_CHANNELS[countryOfLanguage(uiLanguage)] ?? [];
  const brandChannel = brand ? BRAND_CHANNELS[brand] : undefined;
  return brandChannel ? [...country, brandChannel] : [...country];
}
