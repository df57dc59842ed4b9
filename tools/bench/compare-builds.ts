/**
 * `npm run bench -- --pages --against OLD [--dist NEW]`: two Chrome builds side by side on the bench's pages,
 * in loads taken in pairs (paired-difference.ts says why): each build in its own Chromium, one load of the
 * page in each per pair, the order turned round every pair (A B, B A, …) so neither build always goes
 * first. One uncounted pair per page first, so the figures are of a browser that has seen the page's kind
 * before (compiled code, warm caches), as a user's browser has.
 */
import { resolve } from 'node:path';
import { startFixtureServer } from '../../harness/fixture-server.ts';
import { closeContext, launchContext, measureLoad, type BenchContext } from './chromium-loads.ts';
import { CASES } from './page-cases.ts';
import { planPageBench } from './page-options.ts';
import { pairedDifference, type PairedDifference } from './paired-difference.ts';

export interface BuildComparison {
  /** The baseline (--against) and the build measured against it (--dist, or dist/chrome). */
  readonly a: string;
  readonly b: string;
  readonly runs: number;
  readonly pages: readonly { readonly name: string; readonly result: PairedDifference }[];
}

export async function compareBuilds(options: { against: string; dist?: string | undefined; only?: string | undefined; runs?: number | undefined }): Promise<BuildComparison> {
  const plan = planPageBench({ dist: options.dist, only: options.only, runs: options.runs }, CASES);
  const baseline = resolve(options.against);
  const server = await startFixtureServer();
  const a = await launchContext(true, server.port, baseline);
  const b = await launchContext(true, server.port, plan.dist);
  const load = async (context: BenchContext, test: (typeof CASES)[number]): Promise<number> => (await measureLoad(context.context, server, test, false)).scriptMs;
  const pages: { name: string; result: PairedDifference }[] = [];
  for (const test of plan.cases) {
    await load(a, test);
    await load(b, test);
    const costA: number[] = [];
    const costB: number[] = [];
    for (let i = 0; i < plan.runs; i++) {
      if (i % 2 === 0) {
        costA.push(await load(a, test));
        costB.push(await load(b, test));
      } else {
        costB.push(await load(b, test));
        costA.push(await load(a, test));
      }
    }
    pages.push({ name: test.name, result: pairedDifference(costA, costB) });
    process.stderr.write(`  compared ${test.name}\n`);
  }
  await closeContext(a);
  await closeContext(b);
  await server.close();
  return { a: baseline, b: plan.dist, runs: plan.runs, pages };
}

const ms = (value: number): string => value.toFixed(2);

export function formatComparison({ a, b, runs, pages }: BuildComparison): string {
  const lines = [
    `A: ${a}`,
    `B: ${b}`,
    '',
    `Chromium, extension main-thread ms per load, ${runs} pairs per page (A and B in turns):`,
    '',
    '| page | A median | B median | B − A, median of pairs (95% interval) | pairs where B was slower |',
    '|---|---|---|---|---|',
    ...pages.map(({ name, result: r }) => `| ${name} | ${ms(r.medianA)} | ${ms(r.medianB)} | ${r.difference >= 0 ? '+' : ''}${ms(r.difference)} (${ms(r.low)} to ${ms(r.high)}) | ${r.bSlower} of ${r.pairs} |`),
    '',
    'An interval that holds 0: the bench cannot tell the builds apart on that page. Wholly above 0: B costs more.',
  ];
  return lines.join('\n');
}
