/**
 * One list of official organisations by country, chosen from the language setting and the reader's region
 * (the page's locale tag). The leave page used to keep its own list and sent French readers in France to
 * Belgium's Card Stop.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CHANNELS, countryOf, helpOrganisations, reportChannels } from '../../../src/shared/official-channels.ts';
import { localeTag } from '../../../src/shared/locale-tag.ts';

const names = (list: readonly { name: string }[]): string[] => list.map((o) => o.name);

describe('official channels', () => {
  it('a French reader in France gets France\'s services on the leave page, not Belgium\'s', () => {
    const lang = localeTag('fr', ['fr-FR', 'fr']);
    expect(countryOf(lang)).toBe('FR');
    expect(names(helpOrganisations(lang))).toContain('Info Escroqueries');
    expect(names(helpOrganisations(lang))).not.toContain('Card Stop');
  });

  it('a French-speaking reader in Belgium gets Belgium\'s services', () => {
    const lang = localeTag('fr', ['en-US', 'fr-BE']);
    expect(countryOf(lang)).toBe('BE');
    expect(names(helpOrganisations(lang))).toEqual(['Card Stop', 'Safeonweb']);
    expect(names(reportChannels(lang, undefined).country)).toEqual(['Safeonweb']);
  });

  it('follows the language setting, not the browser language alone', () => {
    // Browser in English (United States), extension set to Dutch, no Dutch region given: the Netherlands.
    expect(countryOf(localeTag('nl', ['en-US']))).toBe('NL');
    expect(countryOf(localeTag('en', ['en-US']))).toBe('US');
    expect(countryOf(localeTag('en', ['en']))).toBe('GB');
  });

  it('a region without a list falls back to the language\'s main country', () => {
    expect(countryOf('fr-CH')).toBe('FR');
    expect(countryOf('de-AT')).toBe('DE');
    expect(countryOf('es-ES')).toBe('US');
  });

  it('the leave page and the report view name the same organisations with the same numbers', () => {
    for (const lang of ['nl-NL', 'fr-BE', 'de-DE', 'fr-FR', 'en-GB', 'en-US']) {
      const reported = reportChannels(lang, undefined).country;
      for (const help of helpOrganisations(lang)) {
        const same = reported.find((r) => r.name === help.name);
        if (same) expect(same).toBe(help);
      }
    }
  });

  it('every country has someone who helps and somewhere to report, each with a source', () => {
    for (const [country, list] of Object.entries(COUNTRY_CHANNELS)) {
      expect(list.some((o) => o.helpKey), country).toBe(true);
      expect(list.some((o) => o.takesReports), country).toBe(true);
      for (const o of list) expect(o.source, `${country}/${o.name}`).toMatch(/^https:\/\//);
    }
  });

  it('adds the impersonated brand\'s own channel', () => {
    expect(reportChannels('en-GB', 'microsoft').brand?.url).toBe('https://www.microsoft.com/reportascam');
    expect(reportChannels('en-GB', undefined).brand).toBeUndefined();
  });
});
