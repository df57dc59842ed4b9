import { describe, expect, it } from 'vitest';
import { foldLookalikes } from '../../../src/core/text/fold-lookalikes.ts';
import { foldDigits } from '../../../src/core/text/fold-digits.ts';

describe('foldLookalikes', () => {
  it('maps Cyrillic and Greek look-alikes to Latin and marks them', () => {
    const folded = foldLookalikes('Місrоsоft');
    expect(folded.text).toBe('microsoft');
    expect([...folded.disguised].some((d) => d === 1)).toBe(true);
  });

  it('reads digits between letters as letters (Micr0soft, Supp0rt) but leaves real numbers alone', () => {
    expect(foldLookalikes('Micr0soft Supp0rt covid19 2024').text).toBe('microsoft support covid19 2024');
  });

  it('closes up letter-spaced words', () => {
    expect(foldLookalikes('M i c r o s o f t help').text).toBe('microsoft help');
    expect(foldLookalikes('a b c').text).toBe('a b c');
  });

  it('drops invisible characters and keeps a map back to the original offsets', () => {
    const raw = 'x Micro\u200Bsoft y';
    const folded = foldLookalikes(raw);
    expect(folded.text).toBe('x microsoft y');
    const at = folded.text.indexOf('soft');
    expect(raw.slice(folded.origin[at])).toMatch(/^soft/);
  });

  it('leaves honest text unmarked', () => {
    expect([...foldLookalikes('Call Microsoft support').disguised].every((d) => d === 0)).toBe(true);
  });
});

describe('foldDigits', () => {
  it('folds look-alike digits and separators without changing the length', () => {
    const text = '０８００－１２３ ⑧⒈ 𝟓';
    const folded = foldDigits(text);
    expect(folded.length).toBe(text.length);
    expect(folded.replace(/[^\d-]/g, '')).toBe('0800-12381' + '5');
  });
});
