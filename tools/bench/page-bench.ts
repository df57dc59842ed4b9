/**
 * What the extension costs pages, measured by the browser's own instrumentation: the built extension in
 * headless Chromium against the same generated pages without it, five runs each (--runs). For every page: the main-
 * thread time spent in the extension's scripts (from a devtools.timeline trace), the longest stretch of it,
 * the floor (one bare TreeWalker pass reading the page's text, timed in the page), the ratio of the two, the
 * content script's heap, and for the scam page the time from the load event to the banner. Firefox has no
 * such trace over WebDriver BiDi; there the time to the banner is measured, and the extension's cost comes
 * from Firefox's own profiler.
 *
 * This file runs the measurements in order; the pages are page-cases.ts, the loads chromium-loads.ts and
 * firefox-profiler.ts, the arithmetic page-figures.ts and the tables page-report.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { firefoxBannerTimes } from './banner-timing.ts';
import { closeContext, floor, launchContext, measureLoad, type BenchContext } from './chromium-loads.ts';
import { firefoxCosts } from './firefox-profiler.ts';
import type { LoadCost } from './gecko-profile.ts';
import { CASES, PLAIN_CASE, type PageCase } from './page-cases.ts';
import { chromiumPageFigures, firefoxPageFigures, type BundleSizes, type FirefoxPageFigures, type PageBenchResult, type PageFigures, type RunFigures } from './page-figures.ts';
import { planPageBench, type PageBenchOptions } from './page-options.ts';
import { referenceExtension } from './reference-extension.ts';

export async function benchPages(options: PageBenchOptions = {}): Promise<PageBenchResult> {
  const { dist, runs, cases, withFirefox } = planPageBench(options, CASES);
  const server = await startFixtureServer();
  const withExt = await launchContext(true, server.port, dist);
  const bare = await launchContext(false, server.port);
  const referenceMs = await chromiumReference(server, runs);
  const firefoxReference = withFirefox ? await firefoxReferenceCosts(server, runs) : [];
  const pages: PageFigures[] = [];
  for (const test of cases) pages.push(await benchPage(server, withExt, bare, test, runs, withFirefox));
  await closeContext(withExt);
  await closeContext(bare);
  await server.close();
  return { runs, pages, referenceMs, firefoxReference, bundle: bundleSizes(dist) };
}

/** The reference watcher's main-thread time on the no-digit page in Chromium, per load. */
async function chromiumReference(server: FixtureServer, runs: number): Promise<number[]> {
  const referenceDir = referenceExtension();
  const reference = await launchContext(true, server.port, referenceDir);
  const referenceMs: number[] = [];
  for (let i = 0; i < runs; i++) referenceMs.push((await measureLoad(reference.context, server, PLAIN_CASE, false)).scriptMs);
  await closeContext(reference);
  rmSync(referenceDir, { recursive: true, force: true });
  process.stderr.write('  measured the reference watcher\n');
  return referenceMs;
}

async function firefoxReferenceCosts(server: FixtureServer, runs: number): Promise<LoadCost[]> {
  const referenceDir = referenceExtension('firefox');
  const costs = await firefoxCosts(server, PLAIN_CASE, runs, referenceDir);
  rmSync(referenceDir, { recursive: true, force: true });
  process.stderr.write('  measured the reference watcher in Firefox\n');
  return costs;
}

/** One page: `runs` loads with and without the extension, taken in turns so drift hits both alike, then the rest. */
async function benchPage(server: FixtureServer, withExt: BenchContext, bare: BenchContext, test: PageCase, runs: number, withFirefox: boolean): Promise<PageFigures> {
  const isScam = test.name === 'scam page';
  const ours: RunFigures[] = [];
  const theirs: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await measureLoad(withExt.context, server, test, isScam));
    theirs.push(await measureLoad(bare.context, server, test, false));
  }
  process.stderr.write(`  measured ${test.name}\n`);
  const floorMs = await floor(bare.context, server, test, runs);
  const firefoxBannerAfterLoadMs = isScam && withFirefox ? await firefoxBannerTimes(server, test, runs) : [];
  const firefox = await firefoxFigures(withFirefox, server, test, runs);
  return { name: test.name, ...chromiumPageFigures(ours, theirs, test.realNumbers), floorMs, firefoxBannerAfterLoadMs, ...firefox };
}

async function firefoxFigures(measure: boolean, server: FixtureServer, test: PageCase, runs: number): Promise<FirefoxPageFigures> {
  if (!measure) return firefoxPageFigures([]);
  const costs = await firefoxCosts(server, test, runs);
  process.stderr.write(`  measured ${test.name} in Firefox\n`);
  return firefoxPageFigures(costs);
}

/** The built content script and page-world script, raw and gzipped. */
function bundleSizes(dist: string): BundleSizes {
  const content = readFileSync(join(dist, 'src/content/index.js'));
  // Builds from before 2026-11-30 (measured with --dist to compare) kept the page-world script in src/page.
  const pageWorld = ['src/page-world/observe-lockscreen.js', 'src/page/observe-lockscreen.js'].map((path) => join(dist, path));
  const pageScript = readFileSync(pageWorld.find((path) => existsSync(path)) ?? pageWorld[0] ?? '');
  return { raw: content.length, gzip: gzipSync(content).length, pageRaw: pageScript.length, pageGzip: gzipSync(pageScript).length };
}
