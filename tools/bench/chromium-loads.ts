/**
 * Single page loads in headless Chromium, measured by the browser's own instrumentation: the main-thread time
 * in the extension's scripts from a devtools.timeline trace (trace-analysis.ts), the heap after a forced
 * collection, the banner's delay after the load, and the numbers in the extension's verdict; and the floor,
 * one bare TreeWalker pass over the page's text timed in the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { browserLaunchArgs, chromiumPath } from '../../harness/browsers.ts';
import type { FixtureServer } from '../../harness/fixture-server.ts';
import { watchBanner } from './banner-timing.ts';
import { settle, type PageCase } from './page-cases.ts';
import type { RunFigures } from './page-figures.ts';
import { extensionCost, type TraceEvent } from './trace-analysis.ts';

/** A Chromium with its own throw-away profile folder. */
export interface BenchContext {
  readonly context: BrowserContext;
  readonly profile: string;
}

/** Chromium behind the fixture server's proxy, with the extension in `dist` or with none. */
export async function launchContext(withExtension: boolean, proxyPort: number, dist = resolve('dist/chrome')): Promise<BenchContext> {
  const profile = mkdtempSync(join(tmpdir(), 'hg-bench-'));
  const args = [...browserLaunchArgs, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>', '--enable-precise-memory-info'];
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args, viewport: { width: 1200, height: 800 } });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, profile };
}

export async function closeContext({ context, profile }: BenchContext): Promise<void> {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

async function trace(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', '__metadata', 'disabled-by-default-v8.cpu_profiler'] },
  });
  await work();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** One traced load of the page in a new tab; `isScam` also times the banner. */
export async function measureLoad(context: BrowserContext, server: FixtureServer, test: PageCase, isScam: boolean): Promise<RunFigures> {
  const page = await context.newPage();
  if (isScam) await page.addInitScript(watchBanner);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const url = server.page(test.host, '/', test.html);
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await settle(test, () => page.title());
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const heapBytes = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const bannerAfterLoadMs = isScam
    ? await page.evaluate(() => {
        const banner = (window as unknown as { hgBanner?: number }).hgBanner;
        const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
        return banner === undefined ? undefined : Math.max(0, banner - load);
      })
    : undefined;
  const numbers = test.realNumbers ? await verdictNumbers(context, test.host) : undefined;
  await cdp.detach();
  await page.close();
  return { ...extensionCost(events), heapBytes, bannerAfterLoadMs, numbers };
}

/** The numbers of the verdict the extension keeps for the tab showing `host` (none: no extension, or no verdict). */
async function verdictNumbers(context: BrowserContext, host: string): Promise<string[] | undefined> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return undefined;
  return worker.evaluate(async (wanted) => {
    const records = await chrome.storage.session.get(null);
    for (const [key, value] of Object.entries(records)) {
      const record = value as { topUrl?: string; helloUrl?: string; verdict?: { numbers: { e164: string }[] } };
      if (key.startsWith('tab:') && (record.topUrl ?? record.helloUrl ?? '').includes(wanted)) return (record.verdict?.numbers ?? []).map((n) => n.e164);
    }
    return [];
  }, host);
}

/** The floor: one TreeWalker pass that reads the page's text, timed in the page without the extension. */
export async function floor(context: BrowserContext, server: FixtureServer, test: PageCase, runs: number): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(server.page(test.host, '/', test.html), { waitUntil: 'load' });
  await settle(test, () => page.title());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await page.evaluate(() => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
      const ms = performance.now() - start;
      return text.length >= 0 ? ms : 0;
    }));
  }
  await page.close();
  return times;
}
