/**
 * A rough guess at the page's language from its text. Scam kits often keep the template's `lang="en"` while
 * the text is German or Japanese, and the language decides which countries' numbering plans to try first.
 * Counting a handful of very common words is enough to tell the five languages apart on a few hundred words.
 */
import { lazyPattern } from '../text/lazy-pattern.ts';

export type LanguageGuess = 'en' | 'nl' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'ja' | 'unknown';
type Latin = Exclude<LanguageGuess, 'ja' | 'unknown'>;

const STOPWORDS: Readonly<Record<Latin, readonly string[]>> = {
  en: ['the', 'and', 'your', 'you', 'is', 'to', 'of', 'this', 'with', 'for', 'are', 'not', 'please', 'call', 'has', 'been', 'do', 'close'],
  nl: ['de', 'het', 'een', 'uw', 'je', 'en', 'van', 'niet', 'is', 'met', 'voor', 'op', 'dit', 'bel', 'wordt', 'deze', 'wilt', 'sluiten'],
  de: ['der', 'die', 'das', 'und', 'ihr', 'ihre', 'sie', 'nicht', 'ist', 'mit', 'für', 'wurde', 'auf', 'bitte', 'diese', 'wollen', 'rufen', 'an', 'seite'],
  fr: ['le', 'la', 'les', 'et', 'votre', 'vous', 'est', 'pas', 'de', 'des', 'pour', 'avec', 'une', 'été', 'ce', 'cette', 'appelez'],
  // Spanish, Italian and Portuguese share many short words; these lists keep mostly the ones they do not.
  es: ['el', 'los', 'las', 'su', 'usted', 'que', 'es', 'por', 'para', 'con', 'no', 'una', 'ha', 'sido', 'llame', 'equipo', 'este', 'esta', 'del', 'y'],
  it: ['il', 'gli', 'di', 'che', 'è', 'per', 'con', 'non', 'una', 'tuo', 'suo', 'stato', 'questo', 'questa', 'chiama', 'della', 'del', 'ed', 'sono', 'al'],
  pt: ['o', 'os', 'seu', 'sua', 'você', 'que', 'é', 'para', 'com', 'não', 'uma', 'foi', 'este', 'esta', 'do', 'da', 'ligue', 'ao', 'em', 'computador'],
};

/** Letters that only some of the languages use: a page of twenty words still gives itself away. */
const TELLTALE: readonly [RegExp, Latin][] = [
  [/[ßäöü]/g, 'de'],
  [/[çéèêàù]/g, 'fr'],
  [/\bij|ij\b/g, 'nl'],
  [/[ñ¿¡]/g, 'es'],
  [/[ãõ]|ção\b/g, 'pt'],
  [/\b(?:gli|della|perché|più)\b/g, 'it'],
];

const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/g;
/** Kana and kanji beyond a few quoted product names: the page is written in Japanese. */
const JAPANESE_CHARACTERS = 20;
/** The start of a page says its language; reading more only costs time on long pages. */
const SAMPLE_LENGTH = 20_000;
const WORD = lazyPattern(String.raw`\p{L}+`, 'gu');

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const japanese = sample.match(JAPANESE)?.length ?? 0;
  if (japanese > JAPANESE_CHARACTERS) return 'ja';
  const counts: Record<Latin, number> = { en: 0, nl: 0, de: 0, fr: 0, es: 0, it: 0, pt: 0 };
  const lookup = new Map<string, (keyof typeof counts)[]>();
  for (const [language, words] of Object.entries(STOPWORDS) as [keyof typeof counts, readonly string[]][]) {
    for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), language]);
  }
  const lower = sample.toLowerCase();
  const words = lower.match(WORD()) ?? [];
  for (const word of words) {
    for (const language of lookup.get(word) ?? []) counts[language]++;
  }
  for (const [pattern, language] of TELLTALE) counts[language] += Math.min(3, lower.match(pattern)?.length ?? 0);
  const ranked = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Short pages (a kit's fake dialog is twenty words) need less evidence, but still a clear lead.
  const needed = words.length < 60 ? 2 : 3;
  if (!best || best[1] < needed || (second && best[1] < second[1] * 1.3)) return 'unknown';
  return best[0];
}
