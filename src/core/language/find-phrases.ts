/**
 * Matches the phrase table on folded text. One compiled alternation per category keeps this to eleven regex
 * passes over at most the sampled text, whatever the number of phrases.
 */
import type { FoldedText } from '../text/fold-lookalikes.ts';
import { SCAM_PHRASES, type PhraseCategory } from './scam-phrases.ts';

export interface PhraseHit {
  readonly category: PhraseCategory;
  /** Offset in the original text. */
  readonly start: number;
  readonly text: string;
}

const MAX_HITS_PER_CATEGORY = 50;

let compiled: readonly (readonly [PhraseCategory, RegExp])[] | undefined;

// Phrases start at a word boundary ("bel " must not match inside "label "). Only Latin letters count as word
// characters here: Japanese has no spaces, so a kana or kanji before a phrase is no boundary problem.
const WORD_START = '(?<![a-z0-9\\u00e0-\\u024f])';

function compileAll(): readonly (readonly [PhraseCategory, RegExp])[] {
  return (Object.keys(SCAM_PHRASES) as PhraseCategory[]).map(
    (category) => [category, new RegExp(`${WORD_START}(?:${SCAM_PHRASES[category].map((p) => `(?:${p})`).join('|')})`, 'gu')] as const,
  );
}

export function findPhrases(folded: FoldedText): PhraseHit[] {
  compiled ??= compileAll();
  const hits: PhraseHit[] = [];
  for (const [category, pattern] of compiled) {
    pattern.lastIndex = 0;
    let count = 0;
    for (let m = pattern.exec(folded.text); m && count < MAX_HITS_PER_CATEGORY; m = pattern.exec(folded.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      hits.push({ category, start: folded.origin[m.index] ?? 0, text: m[0] });
      count++;
    }
  }
  return hits;
}
