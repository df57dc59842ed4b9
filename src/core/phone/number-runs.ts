/**
 * The cheap first pass over page text: find phone-shaped runs of digits and separators without any
 * phone-number library. It runs in the content script on every page that has digits, so it must stay linear
 * and allocation-light: a regex jumps to the next digit, a hand-written loop walks the run, and obvious
 * non-numbers (amounts, identifiers, IBAN tails, dates) are dropped here so they never cost a message or a
 * parse. Anything that survives is only a candidate; libphonenumber-js decides (`parse-phone.ts`).
 */
import { lookalikeDigitValue, mathDigitValue } from '../text/fold-digits.ts';
import { lazyPattern } from '../text/lazy-pattern.ts';

export interface NumberRun {
  /** Offset of the first character (a leading `+` or `(` included) in the scanned text. */
  readonly start: number;
  /** Offset just past the last digit. */
  readonly end: number;
  /** The run with look-alike digits folded and O/I/l read as digits; separators kept. */
  readonly folded: string;
  /** How many digits the run holds. */
  readonly digitCount: number;
  /** True when letters stood in for digits (`1-8OO-555-O142`): a disguise, and a signal. */
  readonly hasLetterDigits: boolean;
}

export const MIN_PHONE_DIGITS = 7;
/** International prefix (up to 4 digits, as in Japan's 010) plus 15 E.164 digits, with a little slack. */
export const MAX_PHONE_DIGITS = 20;
const MAX_SEPARATOR_RUN = 3;
/** At most this many letters standing in for a number's first digits ("OO800…"). */
const MAX_LEADING_LETTERS = 3;

// Every character that can start a digit, including the high surrogate of mathematical digits.
const DIGIT_START =
  /[0-9\uFF10-\uFF19\u2460-\u2468\u24EA\u2474-\u247C\u2488-\u2490\u24F5-\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uD835]/g;

const SEPARATORS = new Set(
  ' .-/()_*\u00A0\u2002\u2003\u2007\u2009\u200A\u202F\u3000\u2010\u2011\u2012\u2013\u2014\u2015\u2212' +
    '\uFF0D\uFF0E\uFF08\uFF09\uFF0F\u200B\u200C\u200D\u2060\uFEFF\u00AD',
);
const RAW_SEPARATORS = new Set('\n\t\r\f');
const LETTER_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1' };
const FOLD_SEPARATOR: Readonly<Record<string, string>> = {
  '\uFF08': '(', '\uFF09': ')', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '', '\u00AD': '',
};
const CURRENCY = /[€$£¥₹₽¢]|\b(?:EUR|USD|GBP|CHF|JPY|kr|Fr)\b/;
const IBAN_HEAD = /[A-Z]{2}\d{2} ?[A-Z]{4} ?(?:\d{4} ?)*$/;
// Dates (15-01-2025, 2025/01/15, 1.4.2025), amounts with thousands separators (12.345.678, 1 234 567; an
// amount never starts with 0, a French "0 805 805 817" does) and opening hours (9.00–17.00).
const DATE_OR_AMOUNT =
  /^(?:\d{1,2}([-./])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}([-./])\d{1,2}\2\d{1,2}|[1-9]\d{0,2}(?:([., ])\d{3})(?:\3\d{3})*|\d{1,2}[.:]\d{2} ?[-–—] ?\d{1,2}[.:]\d{2})$/;

/**
 * Spanish, Italian and Portuguese numbers are written in three groups of three ("900 555 017", "612 345 678"),
 * which the amount rule above takes for 900,555,017. Such a number starts with 3, 6, 7, 8 or 9; an amount of
 * hundreds of millions written with spaces is rarer on a page than a phone number.
 */
const SOUTHERN_GROUPS = /^[36789]\d{2} \d{3} \d{3}$/;

/**
 * A letter of a script that separates words with spaces. A digit run glued to one is part of a word or an
 * identifier ("ORD12345678"); Japanese and Chinese write numbers straight after kana and kanji, so those
 * scripts do not count.
 */
const LETTER = lazyPattern(String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]`, 'u');

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER().test(char);
}

/**
 * The digit at `i` as `value + 10 * (width - 1)` (width 2 for a surrogate pair), or -1. A number rather than
 * an object: the walker asks this for every digit of every run on a page of tables, and an allocation per
 * digit was the largest part of what such a page cost.
 */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const value = lookalikeDigitValue(code);
  if (value >= 0) return value;
  const math = mathDigitValue(code, text.charCodeAt(i + 1));
  return math >= 0 ? math + 10 : -1;
}

/** A letter reads as a digit only between digits and separators, never inside a word (`Oslo`, `Illinois`). */
function isLetterDigit(text: string, i: number, previousWasDigit: boolean): boolean {
  const char = text[i] ?? '';
  if (!(char in LETTER_DIGITS)) return false;
  const next = text[i + 1];
  if (isLetter(next) && !(next !== undefined && next in LETTER_DIGITS)) return false;
  return previousWasDigit || (next !== undefined && digitAt(text, i + 1) >= 0);
}

/** Includes a `+` (optionally followed by one space) or an opening parenthesis right before the digits. */
function extendBackwards(text: string, start: number): number {
  let s = start;
  if (text[s - 1] === '(' || text[s - 1] === '\uFF08') s--;
  if (text[s - 1] === '+' || text[s - 1] === '\uFF0B') return s - 1;
  if (text[s - 1] === ' ' && (text[s - 2] === '+' || text[s - 2] === '\uFF0B')) return s - 2;
  return s;
}

function groupCount(run: string): number {
  return run.split(/[^0-9\uFF10-\uFF19]+/).filter(Boolean).length;
}

const LETTER_OR_DIGIT = lazyPattern(String.raw`[\p{L}\p{N}]`, 'u');

/** Identifiers, amounts and IBAN tails, judged from the characters around the run. */
function isObviouslyNotPhone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (isLetter(before) || before === '#' || before === '_' || before === '№' || before === '@') return true;
  if ((before === '-' || before === '/' || before === '.') && LETTER_OR_DIGIT().test(text[start - 2] ?? '')) {
    return true;
  }
  const after = text.slice(end, end + 4);
  // A number glued to the next word ("0916microsoft", as SEO spam writes) is still a number when it is
  // written in groups; an unbroken or once-broken run glued to letters is an identifier.
  if (isLetter(after[0]) && groupCount(text.slice(start, end)) < 3) return true;
  if (/^[,.]\d/.test(after) || /^:\d/.test(after) || after[0] === '%') return true;
  const lead = text.slice(Math.max(0, start - 3), start);
  if (CURRENCY.test(lead) || /^\s?(?:[€$£¥]|EUR|USD|GBP|CHF)/.test(text.slice(end, end + 5))) return true;
  return IBAN_HEAD.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Finds every phone-shaped run in `text`. Linear in the length of the text whatever it holds: a run of a
 * million digits is walked once and dropped. Stops after `limit` runs, which bounds what one scan can send.
 */
export function findNumberRuns(text: string, limit = 400, rawText = false): NumberRun[] {
  const runs: NumberRun[] = [];
  DIGIT_START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (runs.length < limit && (match = DIGIT_START.exec(text)) !== null) {
    const run = walkRun(text, match.index, rawText);
    DIGIT_START.lastIndex = Math.max(run.next, match.index + 1);
    if (run.accepted) runs.push(run.accepted);
  }
  return runs;
}

interface Walk {
  readonly next: number;
  readonly accepted: NumberRun | undefined;
}

/**
 * `rawText`: the text is a document's raw textContent (the content script's gate), where line breaks and
 * tabs from the HTML source sit inside numbers the page renders on one line; they count as separators.
 */
function walkRun(text: string, digitStart: number, rawText = false): Walk {
  // Letters standing in for the first digits ("O800 555 0199"): the walk starts at a real digit, so they are
  // taken here, when they begin a word; "Bol5551234567" stays an identifier.
  let lead = digitStart;
  while (lead > 0 && digitStart - lead < MAX_LEADING_LETTERS && (text[lead - 1] ?? '') in LETTER_DIGITS) lead--;
  if (lead < digitStart && isLetter(text[lead - 1])) lead = digitStart;
  // First pass: only the extent of the run and its digit count. Most runs on a page are too short or too
  // long to be a phone number, and they are dropped here without building any string.
  let digits = digitStart - lead;
  let separators = 0;
  let lastDigitEnd = lead < digitStart ? digitStart : -1;
  let letterDigits = lead < digitStart;
  let i = digitStart;
  while (i < text.length) {
    const digit = digitAt(text, i);
    if (digit >= 0 || isLetterDigit(text, i, separators === 0 && lastDigitEnd === i)) {
      letterDigits ||= digit < 0;
      i += digit >= 10 ? 2 : 1;
      digits++;
      separators = 0;
      lastDigitEnd = i;
      continue;
    }
    const char = text[i] ?? '';
    const raw = rawText && (RAW_SEPARATORS.has(char) || char === ' ');
    if (!(SEPARATORS.has(char) || raw)) break;
    // In raw text a stretch of source white space (a line break and its indentation) is one separator.
    const sameStretch = raw && i > 0 && (RAW_SEPARATORS.has(text[i - 1] ?? '') || text[i - 1] === ' ');
    if (!sameStretch && ++separators > MAX_SEPARATOR_RUN) break;
    i++;
  }
  // A digit-start char that is not a digit (a lone surrogate) walks nothing.
  if (lastDigitEnd < 0) return { next: i + 1, accepted: undefined };
  const next = lastDigitEnd;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) return { next, accepted: undefined };
  const folded = foldRun(text, lead, lastDigitEnd);
  const start = extendBackwards(text, lead);
  // "+34 900 555 020" is no amount: a leading + makes it international whatever its grouping.
  if (DATE_OR_AMOUNT.test(folded) && !SOUTHERN_GROUPS.test(folded) && text[start] !== '+' && text[start] !== '\uFF0B') return { next, accepted: undefined };
  if (isObviouslyNotPhone(text, start, lastDigitEnd)) return { next, accepted: undefined };
  const prefix = text.slice(start, lead).replace(/[\uFF0B]/g, '+').replace(/\uFF08/g, '(');
  return {
    next,
    accepted: { start, end: lastDigitEnd, folded: prefix + folded, digitCount: digits, hasLetterDigits: letterDigits },
  };
}

/** Second pass over a run the first pass measured: digits to ASCII, letters to the digits they stand for. */
function foldRun(text: string, from: number, to: number): string {
  let folded = '';
  for (let i = from; i < to; ) {
    const digit = digitAt(text, i);
    const char = text[i] ?? '';
    if (digit >= 0) folded += String(digit % 10);
    else folded += LETTER_DIGITS[char] ?? FOLD_SEPARATOR[char] ?? char;
    i += digit >= 10 ? 2 : 1;
  }
  return folded;
}

const DIGIT = '0-9\\uFF10-\\uFF19\\u2460-\\u2468\\u24EA\\u2474-\\u247C\\u2488-\\u2490\\u24F5-\\u24FF\\u2776-\\u277E\\u2780-\\u2788\\u278A-\\u2792\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\uD835\\uDFCE-\\uDFFF';
const GAP = ' .\\-/()_*\\u00A0\\u2002\\u2003\\u2007\\u2009\\u200A\\u202F\\u3000\\u2010-\\u2015\\u2212\\uFF0D\\uFF0E\\uFF08\\uFF09\\uFF0F\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\n\\t\\r\\f';
/**
 * A digit, then six or more digits (or O, o, I, l standing in for them) with separators between; or, right
 * after one to three such letters (which may stand for a number's first digits, "O800 555 0199"), a digit
 * and correspondingly fewer. A run always starts at a real digit or at such letters (walkRun), so this is a
 * superset of every run walkRun can accept, found by the regex engine alone. Starting with a real digit
 * matters for speed: if `o` and `l` could start a match, every one of them in a page of prose would be a
 * place to try (2.3 ms against 0.9 ms for 1 MB of English in Node). The gaps are unbounded because in raw
 * text a line break and its indentation count as one separator; digits and gaps are disjoint classes, so
 * the regex stays linear.
 */
const UNIT = `[${GAP}]*[${DIGIT}OoIl]`;
// After the first digit: enough further units on their own, or fewer after k leading letters (k ≤ MAX). The
// letter cases sit behind one look-behind for a single letter, so that after an ordinary digit (not preceded
// by O, o, I or l) one check rules them all out instead of one per k: 20 % less time on digit-dense text
// in both V8 and SpiderMonkey. Every alternative takes units greedily, so which one succeeds does not change
// where a match ends.
const LETTER_CASES = Array.from({ length: MAX_LEADING_LETTERS }, (_, i) => MAX_LEADING_LETTERS - i).map((k) =>
  k === 1 ? `(?:${UNIT}){${MIN_PHONE_DIGITS - 2},}` : `(?<=[OoIl]{${k}}[^])(?:${UNIT}){${MIN_PHONE_DIGITS - 1 - k},}`,
);
const REST = [`(?:${UNIT}){${MIN_PHONE_DIGITS - 1},}`, `(?<=[OoIl][^])(?:${LETTER_CASES.join('|')})`].join('|');
// The class holds UTF-16 units on purpose (no `u` flag): the high surrogate of a mathematical digit and its
// low half each count as a digit unit, as in DIGIT_START. The look-behinds of the letter cases come after the
// first digit; `[^]` is that digit.
// A match never starts right after another digit unit: the attempt from that earlier digit took in every unit
// this one would, plus one, and no letter case can apply after a digit, so if that attempt failed this one
// fails too (and if it succeeded, the match already covers this digit). Without the guard every digit of a
// short run ("ORD-100123", "12:30") was a fresh attempt that walked the rest of the run: the guard halves the
// pattern's time on feed-like text in V8 and SpiderMonkey and finds the same spans (test/unit/core).
const PHONE_SHAPED = new RegExp(`(?<![${DIGIT}])[${DIGIT}](?:${REST})`, 'g');

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Where phone-shaped runs may be, from the gate's pattern alone: a superset of findNumberRuns' runs (dates,
 * amounts and identifiers included) in one native pass, with no per-run work. For choosing which text to
 * send, never for reading numbers.
 */
export function phoneShapedSpans(text: string, limit: number): Span[] {
  const spans: Span[] = [];
  PHONE_SHAPED.lastIndex = 0;
  for (let match = PHONE_SHAPED.exec(text); match && spans.length < limit; match = PHONE_SHAPED.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** True when raw page text holds at least one phone-shaped run: the gate before any phone-library work. */
export function hasNumberRun(text: string, rawText = false): boolean {
  PHONE_SHAPED.lastIndex = 0;
  // The match spans the whole run (the regex is greedy), so the walker sees each run once, with a little
  // context before it for the identifier, currency and IBAN checks.
  for (let match = PHONE_SHAPED.exec(text); match; match = PHONE_SHAPED.exec(text)) {
    const end = match.index + match[0].length;
    if (findNumberRuns(text.slice(Math.max(0, match.index - 40), end + 4), 400, rawText).length > 0) return true;
  }
  return false;
}
