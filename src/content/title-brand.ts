/**
 * Whether a page's title names a brand of the lexicon (core/brands/brand-lexicon.ts) on a site that is not
 * the brand's own: part of the gate (gate.ts). A scam page that shows its number only as a picture still
 * names the brand it poses as in its title, and the lexicon is the one list of those brands, so a brand
 * added there opens the gate too. The brand's own sites (every Amazon product, every Google search) do not
 * pay for it.
 *
 * Plain substring searches, not the lexicon's regular expressions: this runs in every frame of every page,
 * and compiling one pattern of all the aliases cost more than a millisecond on its first use (Node), while
 * the two hundred short searches of the title below cost about two microseconds.
 */
import { BRANDS, type Brand } from '../core/brands/brand-lexicon.ts';
import { isOfficialHost } from '../core/brands/find-brands.ts';
import { MAX_SAMPLE_TITLE } from '../core/verdict/page-sample.ts';
import { hostOf } from '../core/web/host-of.ts';

/** One way a title can write a brand: `inLowerCase` forms are searched in the lower-cased title. */
interface WrittenForm {
  readonly brand: Brand;
  readonly text: string;
  readonly inLowerCase: boolean;
}

/** An alias with optional spaces ("windows ?defender") as each string it stands for. */
function spellings(alias: string): string[] {
  const [first = '', ...rest] = alias.split(' ?');
  return rest.reduce((out, part) => out.flatMap((head) => [`${head} ${part}`, `${head}${part}`]), [first]);
}

/**
 * Aliases in any case (the lexicon writes them in lower case, for folded text); exact-case words ("ING",
 * "Windows") only with their capitals as written, or in all capitals, so "ing" at the end of a word is no bank.
 */
function writtenForms(): WrittenForm[] {
  return BRANDS.flatMap((brand) => [
    ...brand.aliases.flatMap(spellings).map((text) => ({ brand, text, inLowerCase: true })),
    ...(brand.exactCase ?? []).flatMap((word) => [...new Set([word, word.toUpperCase()])].map((text) => ({ brand, text, inLowerCase: false }))),
  ]);
}

const isWordCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** `word` in `text` as a word of its own (as find-brands.ts matches it: no letter or digit either side). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

let forms: readonly WrittenForm[] | undefined;

export function titleNamesBrand(title: string, url: string): boolean {
  // Only what the background would see of the title: a page cannot make the gate search a megabyte of it.
  const seen = title.length > MAX_SAMPLE_TITLE ? title.slice(0, MAX_SAMPLE_TITLE) : title;
  const lower = seen.toLowerCase();
  forms ??= writtenForms();
  let host: string | undefined;
  for (const { brand, text, inLowerCase } of forms) {
    if (!hasWord(inLowerCase ? lower : seen, text)) continue;
    host ??= hostOf(url) ?? '';
    if (!isOfficialHost(brand, host)) return true;
  }
  return false;
}
