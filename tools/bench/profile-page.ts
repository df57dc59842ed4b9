/**
 * Where the extension's time on one bench page goes, function by function: the browser's own profiler over
 * several loads, time per load for every extension function on the stack (inclusive), and the browser
 * functions it called at the leaves. For finding what to optimise; the figures to report come from
 * `npm run bench`.
 *
 *   HG_NO_MINIFY=1 HG_OUT_DIR=/tmp/hg-unminified npm run build:chrome
 *   npx tsx tools/bench/profile-page.ts --dist /tmp/hg-unminified [--page plain|news|tables|scam|spa] [--runs 12]
 *
 *   HG_NO_MINIFY=1 HG_OUT_DIR=/tmp/hg-unminified-firefox npm run build:firefox
 *   npx tsx tools/bench/profile-page.ts --browser firefox --dist /tmp/hg-unminified-firefox --page spa --runs 6
 *
 * Chromium: V8's sampling profiler at 20 µs, one load per profile. Firefox: Gecko's profiler started with the
 * browser (0.2 ms samples, as in the bench), read for the samples inside each load (gecko-profile.ts). Both
 * profilers slow JavaScript-heavy code more than native work, so compare builds with the same tool.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { browserLaunchArgs, chromiumPath } from '../../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { geckoFunctionTimes } from './gecko-profile.ts';
import { profiledFirefoxLoads } from './firefox-profiler.ts';
import { CASES, settle, type PageCase } from './page-cases.ts';

interface CpuNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly CpuNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Short names for the bench's page cases (page-cases.ts), matched against the start of their names. */
const PAGES: Record<string, string> = { plain: 'no digits', news: '1 MB', tables: 'tables', scam: 'scam', spa: 'SPA' };
const EXTENSION = 'chrome-extension://';

/** Adds each sample's time to every extension function on its stack (once per stack), and to its leaf. */
function attribute(profile: CpuProfile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  profile.samples.forEach((leafId, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    let ours = false;
    for (let id: number | undefined = leafId; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame?.url.startsWith(EXTENSION)) continue;
      ours = true;
      const key = `${frame.url.split('/').pop() ?? ''} ${frame.functionName || '(top level)'}`;
      if (!seen.has(key)) into.set(key, (into.get(key) ?? 0) + ms);
      seen.add(key);
    }
    const leaf = byId.get(leafId)?.callFrame;
    if (ours && leaf && !leaf.url.startsWith(EXTENSION)) {
      const key = `  browser: ${leaf.functionName || '(native)'}`.slice(0, 80);
      into.set(key, (into.get(key) ?? 0) + ms);
    }
  });
}

async function profileChromium(server: FixtureServer, test: PageCase, dist: string, runs: number): Promise<Map<string, number>> {
  const profileDir = mkdtempSync(join(tmpdir(), 'hg-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(), headless: true,
    args: [...browserLaunchArgs, `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const totals = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
    await cdp.send('Profiler.start');
    await page.goto(server.page(test.host, `/run-${run}`, test.html), { waitUntil: 'load' });
    await settle(test, () => page.title());
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    attribute(profile, totals);
    await page.close();
  }
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  return totals;
}

async function profileFirefox(server: FixtureServer, test: PageCase, dist: string, runs: number): Promise<Map<string, number>> {
  const { profile, extensionBase, windows } = await profiledFirefoxLoads(server, test, runs, dist);
  return geckoFunctionTimes(profile, extensionBase, windows);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, page: { type: 'string' }, runs: { type: 'string' }, browser: { type: 'string' } } });
  const browser = values.browser ?? 'chromium';
  if (browser !== 'chromium' && browser !== 'firefox') throw new Error('--browser must be chromium or firefox');
  const dist = resolve(values.dist ?? (browser === 'firefox' ? 'dist/firefox' : 'dist/chrome'));
  const pageName = values.page ?? 'plain';
  const prefix = PAGES[pageName];
  const test = prefix === undefined ? undefined : CASES.find((c) => c.name.startsWith(prefix));
  if (!test) throw new Error(`--page must be one of ${Object.keys(PAGES).join(', ')}`);
  const runs = Number(values.runs ?? (browser === 'firefox' ? 6 : 12));
  const server = await startFixtureServer();
  try {
    const totals = browser === 'firefox' ? await profileFirefox(server, test, dist, runs) : await profileChromium(server, test, dist, runs);
    console.log(`${pageName} page in ${browser}, ${runs} loads, ms per load (inclusive), ${dist}`);
    for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / runs).toFixed(3).padStart(8)}  ${key}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
