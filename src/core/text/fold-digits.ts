/**
 * Scam pages write numbers with look-alike digits (full-width ０８００, circled ⑧, "digit full stop" ⒈, bold
 * mathematical 𝟖) so that naive scanners miss them. Folding is length-preserving, one UTF-16 unit for one,
 * so offsets found in the folded text still point into the page's own text: the second half of a surrogate
 * pair becomes a zero-width space, which the number scanner treats as a separator.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/** First code point of each run of ten (or nine, starting at 1) look-alike digits. */
const DIGIT_BLOCKS: readonly (readonly [start: number, firstValue: number, length: number])[] = [
  [0xff10, 0, 10], // full-width ０-９
  [0x2460, 1, 9], // circled ①-⑨
  [0x24ea, 0, 1], // circled ⓪
  [0x2474, 1, 9], // parenthesised ⑴-⑼
  [0x2488, 1, 9], // digit full stop ⒈-⒐
  [0x24f5, 1, 9], // double circled ⓵-⓽
  [0x24ff, 0, 1], // negative circled ⓿
  [0x2776, 1, 9], // dingbat negative circled ❶-❾
  [0x2780, 1, 9], // dingbat circled sans-serif ➀-➈
  [0x278a, 1, 9], // dingbat negative circled sans-serif ➊-➒
  [0x0660, 0, 10], // Arabic-Indic
  [0x06f0, 0, 10], // extended Arabic-Indic
  [0x0966, 0, 10], // Devanagari
];

/** Returns the ASCII digit a UTF-16 unit stands for, or -1. Surrogate pairs are handled by the caller. */
export function lookalikeDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  // Everything below Arabic-Indic (Latin text, punctuation, spaces) in one comparison: the common case.
  if (code < 0x0660) return -1;
  for (const [start, firstValue, length] of DIGIT_BLOCKS) {
    if (code >= start && code < start + length) return firstValue + code - start;
  }
  return -1;
}

/** Mathematical alphanumeric digits U+1D7CE..U+1D7FF: five styles of 0-9 behind the surrogate D835. */
export function mathDigitValue(high: number, low: number): number {
  if (high !== 0xd835 || low < 0xdfce || low > 0xdfff) return -1;
  return (low - 0xdfce) % 10;
}

/** Dashes, minus signs and full-width punctuation that scammers use between digit groups. */
const SEPARATOR_FOLDS: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\uFF0D': '-', '\uFF0E': '.', '\uFF08': '(', '\uFF09': ')', '\uFF0B': '+', '\uFF0F': '/', '\u3000': ' ',
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
};

/** Folds look-alike digits and separators to ASCII, keeping the length of the string. */
export function foldDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      continue;
    }
    const math = i + 1 < text.length ? mathDigitValue(code, text.charCodeAt(i + 1)) : -1;
    if (math >= 0) {
      out += String(math) + ZERO_WIDTH_SPACE;
      i++;
      continue;
    }
    const value = lookalikeDigitValue(code);
    const char = text[i] ?? '';
    out += value >= 0 ? String(value) : (SEPARATOR_FOLDS[char] ?? char);
  }
  return out;
}
