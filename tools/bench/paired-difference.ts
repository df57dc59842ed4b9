/**
 * Whether one build costs a page more than another, from loads taken in pairs. On a two-core machine the
 * same build's median moves by several milliseconds between rounds (docs/performance.md), more than most
 * changes cost, so separate rounds of each build cannot settle "is it slower". Loads taken in turns, A then B
 * then B then A, put whatever the machine does at that moment on both sides of a pair; the difference within
 * each pair is what a change costs plus noise that averages out.
 *
 * The figure: the median of the pairwise differences (B − A) with a 95% interval from a bootstrap of the
 * pairs (resampling pairs with replacement, a fixed seed so the same loads give the same interval). An
 * interval that holds zero means the bench cannot tell the builds apart; one wholly above zero means B is
 * slower by at least its lower end.
 */
import { median } from './page-figures.ts';

export interface PairedDifference {
  readonly pairs: number;
  readonly medianA: number;
  readonly medianB: number;
  /** Median of B − A over the pairs. */
  readonly difference: number;
  /** 95% bootstrap interval of that median. */
  readonly low: number;
  readonly high: number;
  /** How many pairs had B slower than A. */
  readonly bSlower: number;
}

const RESAMPLES = 2000;

/** A small, seeded generator (mulberry32): the interval must not change between two readings of one run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pairedDifference(a: readonly number[], b: readonly number[], seed = 1): PairedDifference {
  if (a.length !== b.length || a.length === 0) throw new Error(`paired loads needed: ${a.length} and ${b.length}`);
  const differences = a.map((value, i) => (b[i] ?? Number.NaN) - value);
  const random = seeded(seed);
  const medians: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const sample = differences.map(() => differences[Math.floor(random() * differences.length)] ?? 0);
    medians.push(median(sample));
  }
  medians.sort((x, y) => x - y);
  return {
    pairs: differences.length,
    medianA: median(a),
    medianB: median(b),
    difference: median(differences),
    low: medians[Math.floor(RESAMPLES * 0.025)] ?? Number.NaN,
    high: medians[Math.ceil(RESAMPLES * 0.975) - 1] ?? Number.NaN,
    bSlower: differences.filter((d) => d > 0).length,
  };
}
