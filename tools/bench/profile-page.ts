/**
 * Where the extension's time on one bench page goes, function by function: Chromium's sampling profiler
 * over several loads, time per load for every extension function on the stack (inclusive), and the browser
 * functions it called at the leaves. For finding what to optimise; the figures to report come from
 * `npm run bench`.
 *
 *   HG_NO_MINIFY=1 HG_OUT_DIR=/tmp/hg-unminified npm run build:chrome
 *   npx tsx tools/bench/profile-page.ts --dist /tmp/hg-unminified [--page plain|news|tables|scam] [--runs 12]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { browserLaunchArgs, chromiumPath } from '../../test/e2e/support/browsers.ts';
import { startFixtureServer } from '../../test/e2e/support/fixture-server.ts';
import { newsArticle, noDigitsPage, scamPage, tablePage } from './pages.ts';

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

const PAGES: Record<string, () => string> = { plain: noDigitsPage, news: newsArticle, tables: tablePage, scam: scamPage };
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, page: { type: 'string' }, runs: { type: 'string' } } });
  const dist = resolve(values.dist ?? 'dist/chrome');
  const make = PAGES[values.page ?? 'plain'];
  if (!make) throw new Error(`--page must be one of ${Object.keys(PAGES).join(', ')}`);
  const runs = Number(values.runs ?? 12);
  const server = await startFixtureServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'hg-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(), headless: true,
    args: [...browserLaunchArgs, `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const html = make();
  const totals = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
    await cdp.send('Profiler.start');
    await page.goto(server.page('profile.bench.test', `/run-${run}`, html), { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, 2000));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    attribute(profile, totals);
    await page.close();
  }
  console.log(`${values.page ?? 'plain'} page, ${runs} loads, ms per load (inclusive), ${dist}`);
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / runs).toFixed(3).padStart(8)}  ${key}`);
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
