/**
 * The part of the brand lexicon the content script's title gate needs (how a title writes each brand, and
 * the brand's own sites), as one string written at build time (vite.config.ts) and read back only when a
 * title is searched. The content script is parsed in every frame of every page, and the lexicon as code (a
 * literal of arrays and objects, evaluated on load) cost that parse a fifth of a millisecond; a string costs
 * the parser next to nothing and is split on first use, which only short pages without a number reach.
 *
 * One line per brand; four tab-separated fields (aliases, exact-case words, domains, country sites), each
 * a `|`-separated list.
 */
import type { Brand } from './brand-lexicon.ts';

export type TitleBrand = Pick<Brand, 'aliases' | 'exactCase' | 'domains' | 'countrySites'>;

const BRAND_SEPARATOR = '\n';
const FIELD_SEPARATOR = '\t';
const ITEM_SEPARATOR = '|';

function writeList(items: readonly string[] | undefined): string {
  for (const item of items ?? []) {
    // A separator inside an item would silently split it into two brands, fields or words: refuse the build.
    if (/[\n\t|]/.test(item) || item === '') throw new Error(`title brand table: cannot hold the lexicon entry ${JSON.stringify(item)}`);
  }
  return (items ?? []).join(ITEM_SEPARATOR);
}

export function writeTitleBrandTable(brands: readonly TitleBrand[]): string {
  return brands
    .map((brand) => [brand.aliases, brand.exactCase, brand.domains, brand.countrySites].map(writeList).join(FIELD_SEPARATOR))
    .join(BRAND_SEPARATOR);
}

const readList = (field: string | undefined): string[] => (field ? field.split(ITEM_SEPARATOR) : []);

export function readTitleBrandTable(table: string): TitleBrand[] {
  if (table === '') return [];
  return table.split(BRAND_SEPARATOR).map((line) => {
    const [aliases, exactCase, domains, countrySites] = line.split(FIELD_SEPARATOR);
    return { aliases: readList(aliases), exactCase: readList(exactCase), domains: readList(domains), countrySites: readList(countrySites) };
  });
}
