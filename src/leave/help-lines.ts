/**
 * Where to get help after a fake-helpdesk call, by country. Numbers are facts with a source; a country
 * without a verified number gets the official website only. The country is taken from the browser's
 * language region (nl-NL, nl-BE, de-DE, en-GB …), falling back to the language's main country.
 */

export interface HelpLine {
  /** Message key of the organisation's description. */
  readonly key: 'helpFraudehelpdesk' | 'helpPolitieNl' | 'helpSafeonweb' | 'helpCardStop' | 'helpActionFraud' | 'helpFtc' | 'helpPolizeiDe' | 'helpYourBank';
  readonly phone?: string;
  readonly url?: string;
  readonly source: string;
}

export const HELP_LINES: Readonly<Record<string, readonly HelpLine[]>> = {
  NL: [
    { key: 'helpYourBank', source: 'advice of Dutch banks: call the number on the back of your bank card' },
    { key: 'helpFraudehelpdesk', phone: '088 786 73 72', url: 'https://www.fraudehelpdesk.nl', source: 'https://www.seniorweb.nl/tip/microsoft-belt-nooit' },
    { key: 'helpPolitieNl', phone: '0900 8844', url: 'https://www.politie.nl', source: 'https://www.seniorweb.nl/tip/microsoft-belt-nooit' },
  ],
  BE: [
    { key: 'helpYourBank', source: 'advice of Belgian banks: call the number on the back of your bank card' },
    { key: 'helpCardStop', phone: '078 170 170', url: 'https://www.cardstop.be', source: 'https://www.cardstop.be' },
    { key: 'helpSafeonweb', url: 'https://safeonweb.be', source: 'https://safeonweb.be' },
  ],
  DE: [
    { key: 'helpYourBank', source: 'call the number on the back of your bank card' },
    { key: 'helpPolizeiDe', url: 'https://www.polizei-beratung.de', source: 'https://www.polizei-beratung.de' },
  ],
  GB: [
    { key: 'helpYourBank', source: 'call the number on the back of your bank card' },
    { key: 'helpActionFraud', phone: '0300 123 2040', url: 'https://www.actionfraud.police.uk', source: 'https://www.actionfraud.police.uk' },
  ],
  US: [
    { key: 'helpYourBank', source: 'call the number on the back of your bank card' },
    { key: 'helpFtc', url: 'https://reportfraud.ftc.gov', source: 'https://reportfraud.ftc.gov' },
  ],
};

const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = { nl: 'NL', de: 'DE', fr: 'BE', en: 'GB' };

export function countryOf(uiLanguage: string): string {
  const [language = '', region = ''] = uiLanguage.split(/[-_]/);
  const upper = region.toUpperCase();
  if (upper in HELP_LINES) return upper;
  return LANGUAGE_COUNTRY[language.toLowerCase()] ?? 'US';
}
