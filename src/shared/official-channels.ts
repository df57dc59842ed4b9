/**
 * Who helps and where to report a fake helpdesk, by country: one list, so the leave page ("who can help")
 * and the popup after a report ("report it officially") always name the same organisations with the same
 * numbers. Each entry is a public service's address or number with its source; the name is shown as written
 * by the service itself, so it needs no translation. The server reads the phone numbers here too, to warn a
 * reviewer before an official number is listed.
 *
 * The country comes from the language the extension speaks and the reader's region (locale-tag.ts gives
 * "fr-BE" for a French speaker in Belgium), not from the browser's language alone: a French speaker in France
 * gets France's services, one in Belgium Belgium's.
 */
import type { BrandId } from '../core/brands/brand-lexicon.ts';

export interface Channel {
  readonly name: string;
  readonly url?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** The leave page's words for an organisation: what it does for someone who already called. */
export type HelpKey =
  | 'helpFraudehelpdesk' | 'helpPolitieNl' | 'helpSafeonweb' | 'helpCardStop' | 'helpActionFraud' | 'helpFtc' | 'helpPolizeiDe'
  | 'helpInfoEscroqueries' | 'helpPharos';

export interface Organisation extends Channel {
  /** Set when the leave page lists it among those who can help, with these words. */
  readonly helpKey?: HelpKey;
  /** Whether the popup names it, after a report, as the place to report officially. */
  readonly takesReports: boolean;
  readonly source: string;
}

export type Country = 'NL' | 'BE' | 'DE' | 'FR' | 'GB' | 'US';

export const COUNTRY_CHANNELS: Readonly<Record<Country, readonly Organisation[]>> = {
  NL: [
    { name: 'Fraudehelpdesk', url: 'https://www.fraudehelpdesk.nl', phone: '088 786 73 72', helpKey: 'helpFraudehelpdesk', takesReports: true, source: 'https://www.seniorweb.nl/tip/microsoft-belt-nooit' },
    { name: 'Politie – aangifte of melding doen', url: 'https://www.politie.nl/aangifte-of-melding-doen', phone: '0900 8844', helpKey: 'helpPolitieNl', takesReports: true, source: 'https://www.seniorweb.nl/tip/microsoft-belt-nooit' },
  ],
  BE: [
    { name: 'Card Stop', url: 'https://www.cardstop.be', phone: '078 170 170', helpKey: 'helpCardStop', takesReports: false, source: 'https://www.cardstop.be' },
    { name: 'Safeonweb', url: 'https://safeonweb.be', email: 'suspicious@safeonweb.be', helpKey: 'helpSafeonweb', takesReports: true, source: 'https://safeonweb.be' },
  ],
  DE: [
    { name: 'Polizeiliche Kriminalprävention', url: 'https://www.polizei-beratung.de', helpKey: 'helpPolizeiDe', takesReports: false, source: 'https://www.polizei-beratung.de' },
    { name: 'Verbraucherzentrale', url: 'https://www.verbraucherzentrale.de', takesReports: true, source: 'https://www.verbraucherzentrale.de' },
    { name: 'Polizei – Onlinewache', url: 'https://www.onlinewache.polizei.de', takesReports: true, source: 'https://www.onlinewache.polizei.de' },
  ],
  FR: [
    { name: 'Info Escroqueries', phone: '0 805 805 817', helpKey: 'helpInfoEscroqueries', takesReports: true, source: 'https://www.interieur.gouv.fr' },
    { name: 'PHAROS', url: 'https://www.internet-signalement.gouv.fr', helpKey: 'helpPharos', takesReports: true, source: 'https://www.internet-signalement.gouv.fr' },
  ],
  GB: [
    { name: 'Action Fraud', url: 'https://www.actionfraud.police.uk', phone: '0300 123 2040', helpKey: 'helpActionFraud', takesReports: true, source: 'https://www.actionfraud.police.uk' },
  ],
  US: [
    { name: 'Federal Trade Commission', url: 'https://reportfraud.ftc.gov', helpKey: 'helpFtc', takesReports: true, source: 'https://reportfraud.ftc.gov' },
  ],
};

export const BRAND_CHANNELS: Partial<Readonly<Record<BrandId, Channel>>> = {
  microsoft: { name: 'Microsoft – report a tech support scam', url: 'https://www.microsoft.com/reportascam' },
  apple: { name: 'Apple', email: 'reportphishing@apple.com' },
  paypal: { name: 'PayPal', email: 'phishing@paypal.com' },
};

/** Where each language is mostly spoken, for a reader whose region has no list (or who gave none). */
const LANGUAGE_COUNTRY: Readonly<Record<string, Country>> = { nl: 'NL', de: 'DE', fr: 'FR', en: 'GB' };

const isCountry = (code: string): code is Country => Object.hasOwn(COUNTRY_CHANNELS, code);

/**
 * The reader's country from the page's locale tag (extension-page-i18n's `lang`: the language setting with the
 * reader's region, "fr-BE"); a region without a list falls back to the language's main country.
 */
export function countryOf(lang: string): Country {
  const [language = '', region = ''] = lang.split(/[-_]/);
  const upper = region.toUpperCase();
  if (isCountry(upper)) return upper;
  return LANGUAGE_COUNTRY[language.toLowerCase()] ?? 'US';
}

/** The organisations the leave page lists for this reader, in order. */
export function helpOrganisations(lang: string): (Organisation & { readonly helpKey: HelpKey })[] {
  return COUNTRY_CHANNELS[countryOf(lang)].filter((o): o is Organisation & { helpKey: HelpKey } => o.helpKey !== undefined);
}

/** Where to report officially in the reader's country, then to the impersonated brand. */
export function reportChannels(lang: string, brand: BrandId | undefined): { country: Channel[]; brand: Channel | undefined } {
  return { country: COUNTRY_CHANNELS[countryOf(lang)].filter((o) => o.takesReports), brand: brand ? BRAND_CHANNELS[brand] : undefined };
}
