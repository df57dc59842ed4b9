/**
 * `npm run bench`: the figures docs/performance.md and docs/blocklist.md report, measured on this machine.
 *   npm run bench                 everything
 *   npm run bench -- --lists      block-list figures only
 *   npm run bench -- --pages      page-cost figures only (built extension in headless Chromium)
 *     --dist DIR                  measure another Chrome build (e.g. an older commit's) instead of dist/chrome
 *     --only TEXT                 only the page cases whose name contains TEXT (e.g. "no digits")
 *     --runs N                    loads per page and configuration (default 5)
 *     --against DIR               compare: DIR (A) against --dist or dist/chrome (B) in paired loads, Chromium
 *                                 only (compare-builds.ts); --runs is then the number of pairs
 *   npm run bench -- --service    the report service: intake and list load, list build and sign (docs/service.md)
 *     --seconds N                 seconds per load step (default 5)
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchLists, formatListFigures } from './list-bench.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lists: { type: 'boolean' }, pages: { type: 'boolean' }, dist: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string' }, against: { type: 'string' }, service: { type: 'boolean' }, seconds: { type: 'string' } } });
  const all = !values.lists && !values.pages && !values.service;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  if (all || values.lists) {
    console.log('\n## Block list (npm run bench -- --lists)\n');
    console.log(formatListFigures(await benchLists()));
  }
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (values.against !== undefined) {
    const { compareBuilds, formatComparison } = await import('./compare-builds.ts');
    console.log('\n## Two builds side by side (npm run bench -- --pages --against)\n');
    console.log(formatComparison(await compareBuilds({ against: values.against, dist: values.dist, only: values.only, runs })));
    return;
  }
  if (all || values.pages) {
    const [{ benchPages }, { formatPageFigures }] = await Promise.all([import('./page-bench.ts'), import('./page-report.ts')]);
    console.log('\n## Page cost (npm run bench -- --pages)\n');
    console.log(formatPageFigures(await benchPages({ dist: values.dist, only: values.only, runs })));
  }
  if (all || values.service) {
    const { benchService, formatServiceFigures } = await import('./service-bench.ts');
    console.log('\n## Report service (npm run bench -- --service)\n');
    console.log(formatServiceFigures(await benchService(values.seconds === undefined ? {} : { seconds: Number(values.seconds) })));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
