import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../../src/core/text/lazy-pattern.ts';

describe('lazyPattern', () => {
  it('builds the expression once, with its flags, and hands out the same one after', () => {
    const word = lazyPattern(String.raw`\p{L}+`, 'gu');
    const first = word();
    expect(first.flags).toBe('gu');
    expect(first).toBe(word());
    expect('één été ölçü 12'.match(word())).toEqual(['één', 'été', 'ölçü']);
  });

  it('reports a broken source when first used, not when declared', () => {
    const broken = lazyPattern(String.raw`\p{NoSuchProperty}`, 'u');
    expect(() => broken()).toThrow(SyntaxError);
  });
});
