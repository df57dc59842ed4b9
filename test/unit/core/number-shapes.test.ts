/**
 * Numbers written so that a digit search misses them or misreads them (issue 16): keypad letters, words,
 * messenger links, right-to-left overrides, and the 3-3-3 grouping of Spanish, Italian and Portuguese numbers.
 */
import { describe, expect, it } from 'vitest';
import { messengerContact } from '../../../src/core/phone/messenger-links.ts';
import { findNumberRuns } from '../../../src/core/phone/number-runs.ts';
import { findSpelledNumbers } from '../../../src/core/phone/spelled-numbers.ts';
import { findVanityNumbers } from '../../../src/core/phone/vanity-numbers.ts';
import { toVisualOrder } from '../../../src/core/text/bidi-visual.ts';

describe('vanity numbers', () => {
  it('reads keypad letters whole', () => {
    expect(findVanityNumbers('Call 1-844-FIX-MYPC now').map((n) => n.digits)).toEqual(['+18443496972']);
    expect(findVanityNumbers('Call 1-855-555-HELP').map((n) => n.digits)).toEqual(['+18555554357']);
    expect(findVanityNumbers('(1-800-MY-APPLE)').map((n) => n.digits)).toEqual(['+18006927753']);
  });

  it('leaves digits-only numbers, look-alike letters and foreign numbers to the run finder', () => {
    expect(findVanityNumbers('1-800-555-0199')).toEqual([]);
    expect(findVanityNumbers('1-8OO-555-O142')).toEqual([]);
    expect(findVanityNumbers('+43(0)-800-555-018 oder 0043 800 555019')).toEqual([]);
    expect(findVanityNumbers('we have 800 employees in Ohio')).toEqual([]);
  });
});

describe('numbers in words', () => {
  it('reads English and Dutch digit words, tens and hundreds', () => {
    expect(findSpelledNumbers('call one eight four four, five five five, zero one two three.').map((n) => n.digits)).toEqual(['18445550123']);
    expect(findSpelledNumbers('one eight hundred, five five five, zero one two three').map((n) => n.digits)).toEqual(['18005550123']);
    expect(findSpelledNumbers('bel nul twintig, vijf vijf vijf, nul een twee vier').map((n) => n.digits)).toEqual(['0205550124']);
    expect(findSpelledNumbers('double five').length).toBe(0);
  });

  it('ignores ordinary prose with a few number words', () => {
    expect(findSpelledNumbers('One of the two cats ate three of the four fish, and one more.')).toEqual([]);
    expect(findSpelledNumbers('Een van de twee katten at drie vissen.')).toEqual([]);
  });
});

describe('messenger links', () => {
  it('takes the number from WhatsApp, Viber and Skype links', () => {
    expect(messengerContact('https://wa.me/18445550125')).toEqual({ number: '+18445550125' });
    expect(messengerContact('https://api.whatsapp.com/send?phone=31205550199&text=hi')).toEqual({ number: '+31205550199' });
    expect(messengerContact('viber://chat?number=%2B18445550125')).toEqual({ number: '+18445550125' });
  });

  it('knows Messenger and Telegram as channels without a number, and other links as none', () => {
    expect(messengerContact('https://m.me/windows.support')).toEqual({ number: undefined });
    expect(messengerContact('https://t.me/helpdesk')).toEqual({ number: undefined });
    expect(messengerContact('https://example.com/wa.me/1')).toBeUndefined();
    expect(messengerContact('tel:+18445550125')).toBeUndefined();
  });
});

describe('right-to-left overrides', () => {
  it('puts an overridden stretch in the order it is drawn, keeping its length', () => {
    const text = 'Call \u202E6910-555-778-1\u202C now';
    const visual = toVisualOrder(text);
    expect(visual).toContain('1-877-555-0196');
    expect(visual.length).toBe(text.length);
    expect(toVisualOrder('no override here')).toBe('no override here');
  });
});

describe('numbers in three groups of three', () => {
  it('reads Spanish, Italian and Portuguese numbers that look like amounts', () => {
    expect(findNumberRuns('Llame al 900 555 017.').map((r) => r.folded)).toEqual(['900 555 017']);
    expect(findNumberRuns('Chiama il +39 800 555 023').map((r) => r.folded)).toEqual(['+39 800 555 023']);
  });

  it('still drops amounts with thousands separators', () => {
    expect(findNumberRuns('Total: 1 234 567 and 12.345.678')).toEqual([]);
  });
});
