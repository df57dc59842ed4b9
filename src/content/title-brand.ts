/**
 * Whether a page's title names a brand of the lexicon (core/brands/brand-lexicon.ts) on a site that is not
 * the brand's own: part of the gate (gate.ts). A scam page that shows its number only as a picture still
 * names the brand it poses as in its title, and the lexicon is the one list of those brands, so a brand
 * added there opens the gate too. The brand's own sites (every Amazon product, every Google search) do not
 * pay for it.
 *
 * The brands come as a string the build wrote from the lexicon (title-brand-table.ts), not as the lexicon's
 * code, which every frame would parse. Plain substring searches over the aliases as they are: this runs once
 * in nearly every short page without a number. One pattern of all the aliases cost more than a millisecond
 * to compile on first use (Node), and so did building a table of every spelling first (0.7–1.1 ms on first
 * use in Chromium, against 0.023 ms for a search once built); searching the aliases directly builds nothing
 * for the titles that name no brand.
 */
import { isOfficialHost } from '../core/brands/official-host.ts';
import { readTitleBrandTable, type TitleBrand } from '../core/brands/title-brand-table.ts';
import { MAX_SAMPLE_TITLE } from '../core/verdict/page-sample.ts';
import { hostOf } from '../core/web/host-of.ts';

/** The lexicon's brands as the build wrote them (core/brands/title-brand-table.ts; vite.config.ts). */
declare const __HG_TITLE_BRANDS__: string;

let brands: readonly TitleBrand[] | undefined;

const isWordCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** `word` in `text` as a word of its own (as find-brands.ts matches it: no letter or digit either side). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** An alias with optional spaces ("windows ?defender"), written with or without each of them. */
function hasAlias(lower: string, alias: string): boolean {
  const gap = alias.indexOf(' ?');
  if (gap === -1) return hasWord(lower, alias);
  const head = alias.slice(0, gap);
  // Only a title that has the first part can have the alias: nearly every title stops here.
  if (!lower.includes(head)) return false;
  const tail = alias.slice(gap + 2);
  return hasAlias(lower, `${head} ${tail}`) || hasAlias(lower, `${head}${tail}`);
}

/**
 * Aliases in any case (the lexicon writes them in lower case, for folded text); exact-case words ("ING",
 * "Windows") only with their capitals as written, or in all capitals, so "ing" at the end of a word is no bank.
 */
function brandIn(brand: TitleBrand, title: string, lower: string): boolean {
  for (const alias of brand.aliases) if (hasAlias(lower, alias)) return true;
  for (const word of brand.exactCase ?? []) if (hasWord(title, word) || hasWord(title, word.toUpperCase())) return true;
  return false;
}

export function titleNamesBrand(title: string, url: string): boolean {
  // Most frames (ads, widgets) have no title at all.
  if (!title) return false;
  // Only what the background would see of the title: a page cannot make the gate search a megabyte of it.
  const seen = title.length > MAX_SAMPLE_TITLE ? title.slice(0, MAX_SAMPLE_TITLE) : title;
  const lower = seen.toLowerCase();
  let host: string | undefined;
  // Every brand named counts: a title can name one on its own site and pose as another.
  brands ??= readTitleBrandTable(__HG_TITLE_BRANDS__);
  for (const brand of brands) {
    if (!brandIn(brand, seen, lower)) continue;
    host ??= hostOf(url) ?? '';
    if (!isOfficialHost(brand, host)) return true;
  }
  return false;
}
