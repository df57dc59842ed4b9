import { describe, expect, it } from 'vitest';
import { findNumberRuns, hasNumberRun } from '../../../src/core/phone/number-runs.ts';

const folded = (text: string): string[] => findNumberRuns(text).map((r) => r.folded);

describe('findNumberRuns: numbers as scammers write them', () => {
  it.each([
    ['Call 020 - 262 0118 now', '020 - 262 0118'],
    ['Bel +31 (0)20 808 3312.', '+31 (0)20 808 3312'],
    ['Bel 0031 20 808 3313', '0031 20 808 3313'],
    ['gratis 0800-0225 7788', '0800-0225 7788'],
    ['Call 1 (888) 555-0193', '1 (888) 555-0193'],
    ['Toll free +1-844-555-0147.', '+1-844-555-0147'],
    ['Anrufen: 0043 800 555019', '0043 800 555019'],
    ['Appelez le 09.70.73.21.58 maintenant', '09.70.73.21.58'],
    ['電話：0101-844-591-1841', '0101-844-591-1841'],
    ['(0101) 206 745 0878', '(0101) 206 745 0878'],
    ['Call +1/844/555/0101', '+1/844/555/0101'],
  ])('finds %j', (text, expected) => {
    expect(folded(text)).toEqual([expected]);
  });

  it('reads full-width, circled and "digit full stop" digits as digits, keeping offsets', () => {
    const text = 'Tel ０１０１－８４４－５５５－０１３７ or ⒈⒏⒏⒏⒌⒌⒌⓪⒈⒏⒉';
    const runs = findNumberRuns(text);
    expect(runs.map((r) => r.folded.replace(/\D/g, ''))).toEqual(['01018445550137', '18885550182']);
    expect(text.slice(runs[0]?.start, runs[0]?.end)).toBe('０１０１－８４４－５５５－０１３７');
  });

  it('reads bold mathematical digits (surrogate pairs)', () => {
    const runs = findNumberRuns('Call 𝟏-𝟖𝟒𝟒-𝟓𝟓𝟓-𝟎𝟏𝟐𝟑');
    expect(runs.map((r) => r.folded.replace(/\D/g, ''))).toEqual(['18445550123']);
  });

  it('reads the letters O, I and l as digits inside a number, and says so', () => {
    const [run] = findNumberRuns('Call 1-8OO-555-O142 today');
    expect(run?.folded).toBe('1-800-555-0142');
    expect(run?.hasLetterDigits).toBe(true);
  });

  it('never reads letters inside words as digits', () => {
    expect(folded('Office 2019 Oslo 12 Illinois 0Ol')).toEqual([]);
  });

  it('drops zero-width characters planted inside a number', () => {
    expect(folded('Call 0800\u200B555\u200D0199')).toEqual(['0800555' + '0199']);
  });
});

describe('findNumberRuns: what is not a phone number', () => {
  it.each([
    ['a date', 'Geboren 15-01-2025 in Utrecht'],
    ['an ISO date', 'on 2025/01/15'],
    ['a dotted date', 'am 01.04.2025'],
    ['a date and time', 'at 2025-02-01 10:30:00'],
    ['an amount with thousands separators', 'Total € 1.234.567,89'],
    ['an amount with commas', 'Total $1,234,567.00'],
    ['an amount with spaces', 'Prix 1 234 567 €'],
    ['an amount in a currency code', 'Saldo 12.345.678 EUR'],
    ['an IBAN tail', 'IBAN NL91 ABNA 0417 1643 00'],
    ['a Belgian IBAN', 'BE68 5390 0754 7034'],
    ['an identifier glued to letters', 'Order ORD-20240001234'],
    ['a hash-prefixed id', 'ticket #12345678'],
    ['opening hours', 'open 9.00–17.00'],
    ['a percentage', 'rate 0,00125%'],
    ['a time', 'closes 12345678:30'],
  ])('ignores %s', (_label, text) => {
    expect(folded(text)).toEqual([]);
  });
});

describe('findNumberRuns: limits', () => {
  it('stops after the run limit', () => {
    const text = Array.from({ length: 50 }, (_, i) => `+1 844 555 01${String(i).padStart(2, '0')}`).join(' / ');
    expect(findNumberRuns(text, 10)).toHaveLength(10);
  });

  it('walks a million-digit run once and reports nothing', () => {
    expect(findNumberRuns(`call ${'7'.repeat(1_000_000)} now`)).toEqual([]);
  });
});

describe('findNumberRuns on raw page text (the content script gate)', () => {
  it('reads through source line breaks and indentation that the page renders as one space', () => {
    const raw = 'Call now:\n        0800\n        555 0199\n';
    expect(findNumberRuns(raw).map((r) => r.folded)).toEqual(['555 0199']);
    expect(findNumberRuns(raw, 5, true).map((r) => r.folded.replace(/\s+/g, ' '))).toEqual(['0800 555 0199']);
  });
});

describe('hasNumberRun: the gate starts only at real digits, and still opens for letter disguises', () => {
  it.each(['Call 1-8OO-555-O142 now', 'Bel O800 555 0199', 'Call O8OO-555-Ol47', '+1 (8OO) 555-0142'])('opens for %s', (text) => {
    expect(hasNumberRun(text)).toBe(true);
    expect(findNumberRuns(text).length).toBeGreaterThan(0);
  });

  it('stays shut for prose full of o and l', () => {
    expect(hasNumberRun('Hello world, look: a pool of old oil, all loose, lol. Oslo, Illinois.')).toBe(false);
  });
});
