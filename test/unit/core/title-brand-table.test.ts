import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../../src/core/brands/brand-lexicon.ts';
import { readTitleBrandTable, writeTitleBrandTable } from '../../../src/core/brands/title-brand-table.ts';

describe('the title gate’s brand table', () => {
  it('reads back every brand of the lexicon with its aliases, exact-case words and sites, in order', () => {
    const read = readTitleBrandTable(writeTitleBrandTable(BRANDS));
    expect(read).toHaveLength(BRANDS.length);
    read.forEach((brand, i) => {
      const source = BRANDS[i]!;
      expect(brand.aliases).toEqual(source.aliases);
      expect(brand.exactCase).toEqual(source.exactCase ?? []);
      expect(brand.domains).toEqual(source.domains);
      expect(brand.countrySites).toEqual(source.countrySites ?? []);
    });
  });

  it('refuses a lexicon entry that holds one of its separators, rather than splitting it', () => {
    const brand = { aliases: ['micro|soft'], domains: ['example.com'] };
    expect(() => writeTitleBrandTable([brand])).toThrow(/micro\|soft/);
    expect(() => writeTitleBrandTable([{ aliases: ['ok'], domains: ['a.example\tb.example'] }])).toThrow(/cannot hold/);
    expect(() => writeTitleBrandTable([{ aliases: [''], domains: [] }])).toThrow(/cannot hold/);
  });

  it('reads an empty table as no brands', () => {
    expect(readTitleBrandTable('')).toEqual([]);
  });
});
