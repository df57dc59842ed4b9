import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../../tools/bench/paired-difference.ts';

describe('pairedDifference', () => {
  it('sees a steady cost under noise that both builds share', () => {
    // Machine noise moves each pair up and down together; B always costs 2 ms more.
    const noise = [0, 9, 3, 14, 1, 7, 22, 5, 2, 11, 4, 18, 6, 0, 8];
    const a = noise.map((n) => 40 + n);
    const b = noise.map((n) => 42 + n);
    const r = pairedDifference(a, b);
    expect(r.difference).toBe(2);
    expect(r.low).toBe(2);
    expect(r.high).toBe(2);
    expect(r.bSlower).toBe(15);
    expect(r.medianA).toBe(46);
    expect(r.medianB).toBe(48);
  });

  it('gives an interval around zero when the builds only differ by noise', () => {
    const a = [40, 44, 39, 51, 42, 47, 38, 45, 43, 49, 41, 46];
    const b = [43, 41, 42, 48, 44, 44, 40, 43, 45, 46, 39, 47];
    const r = pairedDifference(a, b);
    expect(r.low).toBeLessThan(0);
    expect(r.high).toBeGreaterThan(0);
  });

  it('gives the same interval for the same loads, and refuses unpaired loads', () => {
    const a = [10, 12, 11, 15, 9, 13];
    const b = [11, 12, 13, 14, 10, 15];
    expect(pairedDifference(a, b)).toEqual(pairedDifference(a, b));
    expect(() => pairedDifference([1, 2], [1])).toThrow(/paired/);
    expect(() => pairedDifference([], [])).toThrow(/paired/);
  });
});
