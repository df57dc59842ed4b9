import { describe, expect, it } from 'vitest';
import { brandById } from '../../../src/core/brands/brand-lexicon.ts';
import { findBrands } from '../../../src/core/brands/find-brands.ts';
import { isOfficialHost } from '../../../src/core/brands/official-host.ts';
import { foldLookalikes } from '../../../src/core/text/fold-lookalikes.ts';

const brands = (text: string): string[] => findBrands(text, foldLookalikes(text)).map((m) => `${m.brand}${m.disguised ? '*' : ''}`);

describe('findBrands', () => {
  it('finds brands by name and product, and marks disguised ones', () => {
    expect(brands('Windows Defender and iCloud')).toEqual(['microsoft', 'apple']);
    expect(brands('Місrоsоft Supp0rt')).toEqual(['microsoft*']);
    expect(brands('Micr0soft')).toEqual(['microsoft*']);
  });

  it('respects capitals where a lower-case word is ordinary', () => {
    expect(brands('ING bank')).toEqual(['ing']);
    expect(brands('testing banking')).toEqual([]);
    expect(brands('the avg score of windows and doors')).toEqual([]);
    expect(brands('an apple a day')).toEqual([]);
  });

  it('finds Japanese spellings', () => {
    expect(brands('マイクロソフト サポート')).toEqual(['microsoft']);
  });
});

describe('isOfficialHost', () => {
  it('accepts the brand domain and its subdomains only', () => {
    const microsoft = brandById('microsoft');
    expect(isOfficialHost(microsoft, 'support.microsoft.com')).toBe(true);
    expect(isOfficialHost(microsoft, 'microsoft.com')).toBe(true);
    expect(isOfficialHost(microsoft, 'microsoft.com.support-desk.example')).toBe(false);
    expect(isOfficialHost(microsoft, 'notmicrosoft.com')).toBe(false);
  });

  it('accepts country sites for brands that run them', () => {
    expect(isOfficialHost(brandById('amazon'), 'www.amazon.co.jp')).toBe(true);
    expect(isOfficialHost(brandById('amazon'), 'amazon.nl')).toBe(true);
    expect(isOfficialHost(brandById('amazon'), 'amazon-refund.nl')).toBe(false);
  });
});
