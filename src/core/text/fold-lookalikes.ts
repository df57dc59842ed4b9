/**
 * Brand names and scare phrases are matched on a folded copy of the text: lower case, Cyrillic and Greek
 * look-alike letters mapped to Latin (`Місrоsоft`), digits and symbols that stand in for letters inside a
 * word read as letters (`Micr0soft`, `Supp0rt`), invisible characters dropped and letter-spaced words
 * (`M i c r o s o f t`) closed up. An honest page never needs any of these tricks, so the fold also reports
 * where it changed a letter: that is evidence of disguise.
 *
 * Offsets matter (a number near a brand name weighs more), so the folded text carries a map back to the
 * original offsets.
 */

const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ь: 'b',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ς: 's', μ: 'u',
  // Latin look-alikes outside ASCII
  ı: 'i', ł: 'l', ø: 'o', ß: 'ss', ſ: 's', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʀ: 'r', ᴄ: 'c', ᴏ: 'o', ꞵ: 'b',
};

/** Digits and symbols read as letters, but only between letters: `micr0soft`, never `covid19`. */
const LETTER_STANDINS: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l',
};

// The class lists invisible code points one by one; some are combining marks, which is the point here.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

export interface FoldedText {
  /** Lower-cased, look-alikes mapped to Latin, invisible characters and letter-spacing removed. */
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly origin: Uint32Array;
  /** For each character of `text`, 1 where it was a look-alike, a stand-in or letter-spaced: disguise. */
  readonly disguised: Uint8Array;
}

const isLatinLetter = (char: string | undefined): boolean => char !== undefined && char >= 'a' && char <= 'z';
const isGap = (char: string | undefined): boolean => char === ' ' || char === '.' || char === '-' || char === '_';

interface Folding {
  chars: string[];
  origin: number[];
  disguised: number[];
}

export function foldLookalikes(raw: string): FoldedText {
  const folding: Folding = { chars: [], origin: [], disguised: [] };
  const lowered = raw.toLowerCase();
  for (let i = 0; i < lowered.length; i++) {
    const char = lowered[i] ?? '';
    if (INVISIBLE.test(char)) continue;
    const mapped = HOMOGLYPHS[char] ?? char;
    for (const part of mapped) {
      folding.chars.push(part);
      folding.origin.push(i);
      folding.disguised.push(mapped === char ? 0 : 1);
    }
  }
  readStandIns(folding);
  const closed = closeLetterSpacing(folding);
  return {
    text: closed.chars.join(''),
    origin: Uint32Array.from(closed.origin),
    disguised: Uint8Array.from(closed.disguised),
  };
}

/** `micr0s0ft` → `microsoft`: one or two stand-ins with Latin letters on both sides. */
function readStandIns({ chars, disguised }: Folding): void {
  for (let i = 1; i < chars.length - 1; i++) {
    if (LETTER_STANDINS[chars[i] ?? ''] === undefined || !isLatinLetter(chars[i - 1])) continue;
    let j = i;
    while (j < chars.length && j - i <= 2 && LETTER_STANDINS[chars[j] ?? ''] !== undefined) j++;
    if (j - i > 2 || !isLatinLetter(chars[j])) continue;
    for (let k = i; k < j; k++) {
      chars[k] = LETTER_STANDINS[chars[k] ?? ''] ?? '';
      disguised[k] = 1;
    }
    i = j;
  }
}

/** Length of the letter-spaced sequence starting at `i` (`m i c r o`), counted in letters. */
function spacedLetters(chars: readonly string[], i: number): number {
  let letters = 0;
  let j = i;
  while (isLatinLetter(chars[j]) && !isLatinLetter(chars[j + 1])) {
    letters++;
    if (!isGap(chars[j + 1]) || !isLatinLetter(chars[j + 2])) break;
    j += 2;
  }
  return letters;
}

/** `m i c r o s o f t` → `microsoft`: five or more single letters, one gap between each. One linear pass. */
function closeLetterSpacing(input: Folding): Folding {
  const out: Folding = { chars: [], origin: [], disguised: [] };
  const push = (k: number, disguised: number): void => {
    out.chars.push(input.chars[k] ?? '');
    out.origin.push(input.origin[k] ?? 0);
    out.disguised.push(disguised);
  };
  for (let i = 0; i < input.chars.length; i++) {
    const letters = isLatinLetter(input.chars[i - 1]) ? 0 : spacedLetters(input.chars, i);
    if (letters < 5) {
      push(i, input.disguised[i] ?? 0);
      continue;
    }
    for (let n = 0; n < letters; n++) push(i + 2 * n, 1);
    i += 2 * (letters - 1);
  }
  return out;
}
