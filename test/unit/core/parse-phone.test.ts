import { describe, expect, it } from 'vitest';
import { parsePhones } from '../../../src/core/phone/parse-phone.ts';
import { regionsForPage } from '../../../src/core/phone/regions.ts';

const parse = (text: string, lang = 'en', host = 'example.test'): string[] => parsePhones(text, regionsForPage(lang, host)).map((p) => p.e164);

describe('parsePhones (libphonenumber-js, max metadata)', () => {
  it.each([
    ['020 - 262 0118', 'nl', '+31202620118'],
    ['+31 (0)20 808 3312', 'nl', '+31208083312'],
    ['0031 20 808 3313', 'nl', '+31208083313'],
    ['1 (888) 555-0193', 'en', '+18885550193'],
    ['+1-844-555-0147', 'de', '+18445550147'],
    ['0043 800 555019', 'de', '+43800555019'],
    ['+43(0)-800-555-018', 'de', '+43800555018'],
    ['09.70.73.21.58', 'en', '+33970732158'],
    ['0101-844-591-1841', 'ja', '+18445911841'],
    ['001.855.703.0225', 'fr', '+18557030225'],
    ['050-5555-0123', 'ja', '+815055550123'],
  ])('%s on a %s page is %s', (text, lang, expected) => {
    expect(parse(text, lang)).toEqual([expected]);
  });

  it('puts the North American plan first for its shape, even on a Dutch page', () => {
    expect(parse('(844) 555-0147', 'nl')).toEqual(['+18445550147']);
  });

  it('uses the host country when the language is ambiguous', () => {
    expect(parse('02 555 01 23', 'fr', 'boutique.be')).toEqual(['+3225550123']);
  });

  it('finds two numbers in one run', () => {
    expect(parse('020 262 0118 / 06 12345678', 'nl').sort()).toEqual(['+31202620118', '+31612345678']);
  });

  it('rejects what only looks like a number under min metadata (IBAN tails, dates)', () => {
    expect(parsePhones('0417 1643 00', ['NL'])).toEqual([]);
    expect(parsePhones('20240115', ['NL'])).toEqual([]);
  });

  it('tells the kind of number', () => {
    const [toll] = parsePhones('+1 844 555 0147', ['US']);
    const [premium] = parsePhones('0900 8844', ['NL']);
    expect([toll?.kind, premium?.kind]).toEqual(['toll-free', 'premium-rate']);
  });
});
