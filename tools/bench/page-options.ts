/**
 * What `npm run bench -- --pages` was asked for (--dist, --only, --runs; bench.ts parses the flags), checked
 * and turned into the plan of a run before any browser starts, so a typo fails at once, not after minutes.
 */
import { resolve } from 'node:path';

export const DEFAULT_RUNS = 5;

export interface PageBenchOptions {
  /** A built Chrome extension to measure instead of dist/chrome (an older build, to see what a change bought). */
  readonly dist?: string | undefined;
  /** Only the cases whose name contains this text. */
  readonly only?: string | undefined;
  /** Loads per page and configuration (5 by default); more narrows the medians on a noisy machine. */
  readonly runs?: number | undefined;
}

export interface PageBenchPlan<Case> {
  /** The Chrome build to measure, as an absolute path. */
  readonly dist: string;
  readonly runs: number;
  readonly cases: readonly Case[];
  /** Firefox always runs dist/firefox, so it is measured only with the current build (no --dist). */
  readonly withFirefox: boolean;
}

/** The plan for these options over the bench's cases; throws on a bad --runs or an --only that matches none. */
export function planPageBench<Case extends { readonly name: string }>(options: PageBenchOptions, cases: readonly Case[]): PageBenchPlan<Case> {
  const dist = resolve(options.dist ?? 'dist/chrome');
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${options.runs}`);
  const chosen = cases.filter((c) => options.only === undefined || c.name.includes(options.only));
  if (chosen.length === 0) throw new Error(`no page case matches "${options.only}"; cases: ${cases.map((c) => c.name).join(', ')}`);
  return { dist, runs, cases: chosen, withFirefox: options.dist === undefined };
}
