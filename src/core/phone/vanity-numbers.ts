/**
 * Vanity numbers: North American toll-free numbers written with the letters of the phone keypad
 * (`1-800-FIX-MYPC`, `1-844-555-HELP`). The run finder reads digits and only O, o, I, l as look-alikes, so
 * such a number was cut at its first letter and the digits before it read as another country's number.
 * Here the whole number is read, letters turned into the keypad's digits, and the run finder's partial runs
 * inside it are dropped by the caller.
 */
import { lazyPattern } from '../text/lazy-pattern.ts';

export interface VanityNumber {
  readonly start: number;
  readonly end: number;
  /** `+1` and ten digits. */
  readonly digits: string;
}

const KEYPAD: Readonly<Record<string, string>> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5', M: '6', N: '6', O: '6',
  P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

// A toll-free area code, then seven to eleven keypad characters (capitals, as vanity numbers are written) with
// single separators between them. Not after a dash, bracket or digit: "+43(0)-800-555-018 oder" is Austrian.
const VANITY = lazyPattern(String.raw`(?<![\p{L}\p{N}+\-)./])(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?(?:[A-Z0-9][-. ]?){6,10}[A-Z0-9](?![\p{L}\p{N}])`, 'gu');

/** Cheap test for the gate: a toll-free area code followed by keypad letters. */
export const VANITY_HINT = /8(?:00|33|44|55|66|77|88)\)?[-. ]?[0-9]{0,3}[-. ]?[A-Z]{2}/;

function toDigits(written: string): string | undefined {
  const body = written.replace(/^\+?1[-. ]?/, '').replace(/[-. ()]/g, '');
  const area = body.slice(0, 3);
  const rest = body.slice(3);
  // A keypad word, not a run of digits with an O or l among them (that is the look-alike disguise).
  if (!/[A-HJ-NP-Za-km-np-z]/.test(rest) || rest.length < 7) return undefined;
  let subscriber = '';
  for (const char of rest.slice(0, 7)) subscriber += /\d/.test(char) ? char : (KEYPAD[char.toUpperCase()] ?? '');
  return subscriber.length === 7 ? `+1${area}${subscriber}` : undefined;
}

export function findVanityNumbers(text: string, limit = 20): VanityNumber[] {
  const found: VanityNumber[] = [];
  const vanity = VANITY();
  vanity.lastIndex = 0;
  for (let m = vanity.exec(text); m && found.length < limit; m = vanity.exec(text)) {
    const digits = toDigits(m[0]);
    if (digits) found.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return found;
}
