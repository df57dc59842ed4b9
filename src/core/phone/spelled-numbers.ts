/**
 * Phone numbers written in words ("one eight hundred five five five …", "nul twintig vijf vijf vijf …"), in
 * English and Dutch: a page that spells its number has no digits for a text search to find, and no honest
 * page writes a phone number that way. Number words are read in a row; a run of nine to fifteen digits is a
 * candidate for the phone parser, like a run of digits.
 */
import { lazyPattern } from '../text/lazy-pattern.ts';

export interface SpelledNumber {
  readonly start: number;
  readonly end: number;
  /** The digits, with a leading `+` when the words began with "plus". */
  readonly digits: string;
}

const UNITS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  nul: '0', een: '1', één: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9',
};
const TENS: Readonly<Record<string, string>> = {
  ten: '10', eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  tien: '10', elf: '11', twaalf: '12', twintig: '20', dertig: '30', veertig: '40', vijftig: '50', zestig: '60', zeventig: '70', tachtig: '80', negentig: '90',
};
const REPEAT: Readonly<Record<string, number>> = { double: 2, triple: 3, dubbel: 2, dubbele: 2, driedubbel: 3 };

const WORD = lazyPattern(String.raw`\p{L}+`, 'gu');
const GAP = /^[\s,.\-–/]*$/;

/** The digits one word stands for, or undefined when it is no number word. */
function digitsOf(word: string, previous: string): string | undefined {
  const unit = UNITS[word];
  if (unit !== undefined) return unit;
  const tens = TENS[word];
  if (tens !== undefined) return tens;
  if ((word === 'hundred' || word === 'honderd') && previous !== '') return '00';
  // Dutch writes units before tens in one word: "vijfentwintig" is 25.
  const compound = /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)ën?(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(word);
  if (compound) return `${(TENS[compound[2] ?? ''] ?? '0')[0]}${UNITS[compound[1] ?? ''] ?? ''}`;
  const hundreds = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen|one|two|three|four|five|six|seven|eight|nine)-?(honderd|hundred)$/.exec(word);
  if (hundreds) return `${UNITS[hundreds[1] ?? ''] ?? ''}00`;
  return undefined;
}

/** A spelled-out phone number has as many digits as a written one: at least a national number, at most E.164's 15. */
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

export function findSpelledNumbers(text: string, limit = 20): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  const lower = text.toLowerCase();
  let digits = '';
  let start = -1;
  let end = -1;
  let repeat = 1;
  let plus = false;
  const close = (): void => {
    if (digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS) found.push({ start, end, digits: plus ? `+${digits}` : digits });
    digits = '';
    start = -1;
    repeat = 1;
    plus = false;
  };
  const word = WORD();
  word.lastIndex = 0;
  for (let m = word.exec(lower); m && found.length < limit; m = word.exec(lower)) {
    const word = m[0];
    if (start >= 0 && !GAP.test(lower.slice(end, m.index))) close();
    if (word === 'plus' && start < 0) {
      plus = true;
      start = m.index;
      end = m.index + word.length;
      continue;
    }
    const times = REPEAT[word];
    if (times !== undefined) {
      repeat = times;
      if (start < 0) start = m.index;
      end = m.index + word.length;
      continue;
    }
    const value = digitsOf(word, digits);
    if (value === undefined) {
      if (start >= 0) close();
      plus = false;
      continue;
    }
    if (start < 0) start = m.index;
    digits += value.repeat(repeat);
    repeat = 1;
    end = m.index + word.length;
  }
  if (start >= 0) close();
  return found;
}
