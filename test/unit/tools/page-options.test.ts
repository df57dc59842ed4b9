import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, planPageBench } from '../../../tools/bench/page-options.ts';

const cases = [{ name: 'no digits (60 KB prose)' }, { name: 'tables, ~10,000 number-like tokens' }, { name: 'scam page' }];

describe('planPageBench', () => {
  it('measures every case of dist/chrome, and Firefox too, by default', () => {
    expect(planPageBench({}, cases)).toEqual({ dist: resolve('dist/chrome'), runs: DEFAULT_RUNS, cases, withFirefox: true });
  });

  it('keeps the cases whose name contains --only', () => {
    expect(planPageBench({ only: 'tables', runs: 1 }, cases)).toMatchObject({ runs: 1, cases: [cases[1]] });
  });

  it('measures another Chrome build without Firefox, which always runs dist/firefox', () => {
    expect(planPageBench({ dist: 'old/chrome' }, cases)).toMatchObject({ dist: resolve('old/chrome'), withFirefox: false });
  });

  it('refuses a --runs that is not a whole number of at least 1', () => {
    for (const runs of [0, -1, 1.5, Number.NaN]) expect(() => planPageBench({ runs }, cases)).toThrow(/--runs must be a whole number/);
  });

  it('refuses an --only that matches no case, and names the cases', () => {
    expect(() => planPageBench({ only: 'nothing' }, cases)).toThrow('no page case matches "nothing"; cases: no digits (60 KB prose), tables, ~10,000 number-like tokens, scam page');
  });
});
