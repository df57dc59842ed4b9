/**
 * What the extension costs pages, measured by the browser's own instrumentation: the built extension in
 * headless Chromium against the same generated pages without it, five runs each (--runs). For every page: the main-
 * thread time spent in the extension's scripts (from a devtools.timeline trace), the longest stretch of it,
 * the floor (one bare TreeWalker pass reading the page's text, timed in the page), the ratio of the two, the
 * content script's heap, and for the scam page the time from the load event to the banner. Firefox has no
 * such trace over WebDriver BiDi; there the time to the banner is measured.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { browserLaunchArgs, chromiumPath } from '../../harness/browsers.ts';
import { FirefoxExtension } from '../../harness/firefox.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { mutatingPage, newsArticle, noDigitsPage, scamPage, tablePage } from './pages.ts';
import { geckoExtensionCost, type GeckoProfile, type LoadCost, type LoadWindow } from './gecko-profile.ts';
import { extensionCost, type TraceEvent } from './trace-analysis.ts';
import { GECKO_ID } from '../build/manifest-for.ts';

const DEFAULT_RUNS = 5;

export interface PageCase {
  readonly name: string;
  readonly host: string;
  readonly html: string;
  /** How long to watch after the load (after `doneTitle`, when given) for the extension's later work. */
  readonly settleMs: number;
  /** The page sets this title when it has finished changing itself. */
  readonly doneTitle?: string;
  /**
   * The phone numbers written on the page, as written. A reported number is a false match unless it is one
   * of them (its digits end with the written national digits, so a number read under another country's plan
   * still counts as found, not as false).
   */
  readonly realNumbers?: readonly string[];
}

interface RunFigures {
  readonly scriptMs: number;
  readonly longestMs: number;
  readonly busyMs: number;
  readonly heapBytes: number;
  readonly bannerAfterLoadMs: number | undefined;
  /** The numbers in the extension's verdict for the page (only with the extension). */
  readonly numbers: readonly string[] | undefined;
}

export interface PageFigures {
  readonly name: string;
  readonly scriptMs: readonly number[];
  readonly longestMs: readonly number[];
  readonly floorMs: readonly number[];
  readonly shareOfBusy: readonly number[];
  readonly heapDeltaBytes: number;
  readonly bannerAfterLoadMs: readonly number[];
  readonly firefoxBannerAfterLoadMs: readonly number[];
  /** Firefox, from its own profiler (empty when another Chrome build is measured). */
  readonly firefoxScriptMs: readonly number[];
  readonly firefoxOwnMs: readonly number[];
  readonly firefoxLongestMs: readonly number[];
  readonly firefoxShareOfBusy: readonly number[];
  /** Per run: numbers reported that are not on the page (undefined where the case does not check). */
  readonly falseNumbers: readonly (readonly string[])[] | undefined;
  /** Per run: how many of the page's real numbers were reported. */
  readonly realFound: readonly number[] | undefined;
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export const CASES: readonly PageCase[] = [
  { name: 'no digits (60 KB prose)', host: 'plain.bench.test', html: noDigitsPage(), settleMs: 2500 },
  { name: '1 MB news article', host: 'news.bench.test', html: newsArticle(), settleMs: 3000 },
  {
    name: 'tables, ~10,000 number-like tokens', host: 'tables.bench.test', html: tablePage(), settleMs: 3000,
    realNumbers: ['020 555 0100', '+31 30 555 0101', '085 555 0102', '+32 2 555 01 03', '020 555 0104'],
  },
  { name: 'scam page', host: 'scam.bench.test', html: scamPage(), settleMs: 2000 },
  { name: 'SPA adding 10,000 nodes over 5 s', host: 'spa.bench.test', html: mutatingPage(), settleMs: 1500, doneTitle: 'done' },
];

/** Waits for the page to finish (its done title, if it has one), then for the extension's later work. */
export async function settle(test: PageCase, title: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (test.doneTitle !== undefined && (await title()) !== test.doneTitle) {
    if (Date.now() > deadline) throw new Error(`${test.name}: the page never set its title to "${test.doneTitle}"`);
    await pause(100);
  }
  await pause(test.settleMs);
}

/**
 * The smallest content script that could do this job at all: it watches the page for changes and tells its
 * service worker that a page arrived. What it costs is the browser's price for any such extension (the
 * first use of the DOM and extension bindings in a fresh isolated world), the baseline for the no-digit page.
 */
function referenceExtension(target: 'chrome' | 'firefox' = 'chrome'): string {
  const dir = mkdtempSync(join(tmpdir(), 'hg-reference-'));
  const manifest = {
    manifest_version: 3, name: 'reference watcher', version: '1',
    // Firefox runs MV3 backgrounds as event pages; the bench finds the add-on's address by its id.
    ...(target === 'chrome' ? { background: { service_worker: 'sw.js' } } : { background: { scripts: ['sw.js'] }, browser_specific_settings: { gecko: { id: GECKO_ID } } }),
    content_scripts: [{ js: ['watch.js'], matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', all_frames: true }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // Each browser's own namespace: in Firefox, `chrome` is a second API object built on first use.
  const api = target === 'chrome' ? 'chrome' : 'browser';
  writeFileSync(join(dir, 'sw.js'), `${api}.runtime.onMessage.addListener(() => undefined);`);
  writeFileSync(
    join(dir, 'watch.js'),
    `new MutationObserver(() => undefined).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
${api}.runtime.onMessage.addListener(() => undefined);
${api}.runtime.sendMessage({ type: 'hello' }).catch(() => undefined);`,
  );
  return dir;
}

async function launchContext(withExtension: boolean, proxyPort: number, dist = resolve('dist/chrome')): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'hg-bench-'));
  const args = [...browserLaunchArgs, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>', '--enable-precise-memory-info'];
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args, viewport: { width: 1200, height: 800 } });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, profile };
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

/** Records when the banner host appears, in the page's own clock, next to the load event. */
function watchBanner(): void {
  const w = window as unknown as { hgBanner?: number };
  const observer = new MutationObserver(() => {
    if (w.hgBanner === undefined && document.querySelector('helpdesk-guard-banner')) {
      w.hgBanner = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function run(context: BrowserContext, server: FixtureServer, test: PageCase, isScam: boolean): Promise<RunFigures> {
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

function isWritten(e164: string, written: readonly string[]): boolean {
  const digits = e164.replace(/\D/g, '');
  return written.some((w) => {
    const national = w.startsWith('+') ? w.replace(/\D/g, '') : w.replace(/\D/g, '').replace(/^0/, '');
    return digits.endsWith(national);
  });
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
async function floor(context: BrowserContext, server: FixtureServer, test: PageCase, runs: number): Promise<number[]> {
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

async function firefoxBannerTimes(server: FixtureServer, test: PageCase, runs: number): Promise<number[]> {
  const browser = await FirefoxExtension.launch({ proxyPort: server.port });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tab = await browser.openTab();
    await tab.page.evaluateOnNewDocument(watchBanner);
    await tab.goto(server.page(test.host, `/ff-${i}`, test.html));
    await pause(2000);
    const ms = await tab.evaluate(() => {
      const banner = (window as unknown as { hgBanner?: number }).hgBanner;
      const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
      return banner === undefined ? -1 : Math.max(0, banner - load);
    }, undefined);
    if (ms >= 0) times.push(ms);
    await tab.close();
  }
  await browser.close();
  return times;
}

/** Firefox's profiler, started with the browser and written when it quits: main threads only, 0.2 ms samples. */
function geckoProfilerEnv(file: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: file,
    MOZ_PROFILER_STARTUP_FEATURES: 'js',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_INTERVAL: '0.2',
    // Room for every load of the slowest case; a ring buffer that wrapped would lose the first loads.
    MOZ_PROFILER_STARTUP_ENTRIES: '32000000',
  };
}

async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let size = -1;
  for (;;) {
    const now = existsSync(file) ? statSync(file).size : -1;
    if (now > 0 && now === size) return;
    if (Date.now() > deadline) throw new Error(`Firefox wrote no profile to ${file}`);
    size = now;
    await pause(500);
  }
}

export interface ProfiledLoads {
  readonly profile: GeckoProfile;
  /** The extension's moz-extension:// address, which marks its frames in the profile. */
  readonly extensionBase: string;
  /** One per load: from just before navigating to the end of settling. */
  readonly windows: readonly LoadWindow[];
}

/**
 * `runs` loads of the page, each in a fresh tab of one Firefox started with its own profiler, and the profile
 * it writes when it quits (for gecko-profile.ts to read per load window).
 */
export async function profiledFirefoxLoads(server: FixtureServer, test: PageCase, runs: number, dist?: string): Promise<ProfiledLoads> {
  const dir = mkdtempSync(join(tmpdir(), 'hg-gecko-'));
  const file = join(dir, 'profile.json');
  const browser = await FirefoxExtension.launch({ proxyPort: server.port, env: geckoProfilerEnv(file), ...(dist ? { dist } : {}) });
  const windows: LoadWindow[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const tab = await browser.openTab();
      const start = Date.now();
      await tab.goto(server.page(test.host, `/profiled-${i}`, test.html));
      await settle(test, () => tab.evaluate(() => document.title, undefined));
      windows.push({ start, end: Date.now() });
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  await waitForFile(file, 60_000);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as GeckoProfile;
  rmSync(dir, { recursive: true, force: true });
  return { profile, extensionBase: browser.extensionUrl(''), windows };
}

/** The extension's main-thread time in Firefox, per load (gecko-profile.ts). */
async function firefoxCosts(server: FixtureServer, test: PageCase, runs: number, dist?: string): Promise<LoadCost[]> {
  const { profile, extensionBase, windows } = await profiledFirefoxLoads(server, test, runs, dist);
  return geckoExtensionCost(profile, extensionBase, windows);
}

export interface PageBenchOptions {
  /** A built Chrome extension to measure instead of dist/chrome (an older build, to see what a change bought). */
  readonly dist?: string | undefined;
  /** Only the cases whose name contains this text. */
  readonly only?: string | undefined;
  /** Loads per page and configuration (5 by default); more narrows the medians on a noisy machine. */
  readonly runs?: number | undefined;
}

async function firefoxFigures(measure: boolean, server: FixtureServer, test: PageCase, runs: number): Promise<Pick<PageFigures, 'firefoxScriptMs' | 'firefoxOwnMs' | 'firefoxLongestMs' | 'firefoxShareOfBusy'>> {
  if (!measure) return { firefoxScriptMs: [], firefoxOwnMs: [], firefoxLongestMs: [], firefoxShareOfBusy: [] };
  const costs = await firefoxCosts(server, test, runs);
  process.stderr.write(`  measured ${test.name} in Firefox\n`);
  return {
    firefoxScriptMs: costs.map((c) => c.scriptMs),
    firefoxOwnMs: costs.map((c) => c.ownMs),
    firefoxLongestMs: costs.map((c) => c.longestMs),
    firefoxShareOfBusy: costs.map((c) => (c.busyMs > 0 ? c.scriptMs / c.busyMs : 0)),
  };
}

export async function benchPages(options: PageBenchOptions = {}): Promise<{ runs: number; pages: PageFigures[]; referenceMs: number[]; firefoxReference: LoadCost[]; bundle: { raw: number; gzip: number; pageRaw: number; pageGzip: number } }> {
  const dist = resolve(options.dist ?? 'dist/chrome');
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${options.runs}`);
  const cases = CASES.filter((c) => options.only === undefined || c.name.includes(options.only));
  if (cases.length === 0) throw new Error(`no page case matches "${options.only}"; cases: ${CASES.map((c) => c.name).join(', ')}`);
  const server = await startFixtureServer();
  const withExt = await launchContext(true, server.port, dist);
  const bare = await launchContext(false, server.port);
  const pages: PageFigures[] = [];
  const referenceDir = referenceExtension();
  const reference = await launchContext(true, server.port, referenceDir);
  const plain = CASES[0]!;
  const referenceMs: number[] = [];
  for (let i = 0; i < runs; i++) referenceMs.push((await run(reference.context, server, plain, false)).scriptMs);
  await reference.context.close();
  rmSync(reference.profile, { recursive: true, force: true });
  rmSync(referenceDir, { recursive: true, force: true });
  process.stderr.write('  measured the reference watcher\n');
  // Firefox figures come only with the current build (dist/firefox), not with another Chrome build (--dist).
  const firefoxReference: LoadCost[] = [];
  if (options.dist === undefined) {
    const referenceDir = referenceExtension('firefox');
    firefoxReference.push(...(await firefoxCosts(server, plain, runs, referenceDir)));
    rmSync(referenceDir, { recursive: true, force: true });
    process.stderr.write('  measured the reference watcher in Firefox\n');
  }
  for (const test of cases) {
    const isScam = test.name === 'scam page';
    const ours: RunFigures[] = [];
    const theirs: RunFigures[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await run(withExt.context, server, test, isScam));
      theirs.push(await run(bare.context, server, test, false));
    }
    process.stderr.write(`  measured ${test.name}\n`);
    pages.push({
      name: test.name,
      scriptMs: ours.map((r) => r.scriptMs),
      longestMs: ours.map((r) => r.longestMs),
      floorMs: await floor(bare.context, server, test, runs),
      shareOfBusy: ours.map((r) => (r.busyMs > 0 ? r.scriptMs / r.busyMs : 0)),
      heapDeltaBytes: median(ours.map((r) => r.heapBytes)) - median(theirs.map((r) => r.heapBytes)),
      bannerAfterLoadMs: ours.flatMap((r) => (r.bannerAfterLoadMs === undefined ? [] : [r.bannerAfterLoadMs])),
      // Firefox always runs dist/firefox, so it is left out when another build is being measured.
      realFound: test.realNumbers ? ours.map((r) => (r.numbers ?? []).filter((n) => isWritten(n, test.realNumbers ?? [])).length) : undefined,
      falseNumbers: test.realNumbers ? ours.map((r) => (r.numbers ?? ['(no verdict read)']).filter((n) => !isWritten(n, test.realNumbers ?? []))) : undefined,
      firefoxBannerAfterLoadMs: isScam && options.dist === undefined ? await firefoxBannerTimes(server, test, runs) : [],
      ...(await firefoxFigures(options.dist === undefined, server, test, runs)),
    });
  }
  await withExt.context.close();
  await bare.context.close();
  rmSync(withExt.profile, { recursive: true, force: true });
  rmSync(bare.profile, { recursive: true, force: true });
  await server.close();
  const content = readFileSync(join(dist, 'src/content/index.js'));
  const pageScript = readFileSync(join(dist, 'src/page/observe-lockscreen.js'));
  return { runs, pages, referenceMs, firefoxReference, bundle: { raw: content.length, gzip: gzipSync(content).length, pageRaw: pageScript.length, pageGzip: gzipSync(pageScript).length } };
}

const range = (xs: readonly number[], digits = 1): string =>
  xs.length === 0 ? '–' : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

export function formatPageFigures({ runs, pages, referenceMs, firefoxReference, bundle }: Awaited<ReturnType<typeof benchPages>>): string {
  const lines = [
    `content script: ${(bundle.raw / 1024).toFixed(1)} KB raw, ${(bundle.gzip / 1024).toFixed(1)} KB gzip; page-world script: ${(bundle.pageRaw / 1024).toFixed(1)} KB raw, ${(bundle.pageGzip / 1024).toFixed(1)} KB gzip`,
    '',
    `Chromium, ${runs} runs each, median (min–max):`,
    '',
    '| page | extension main-thread ms | longest stretch ms | floor (TreeWalker read) ms | ratio to floor | share of main-thread busy time | content-script heap | banner after load ms (Chromium / Firefox) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const p of pages) {
    // Below the timer's 0.1 ms resolution the floor is noise, and so would be a ratio to it.
    const ratio = median(p.floorMs) >= 0.5 ? `${(median(p.scriptMs) / median(p.floorMs)).toFixed(2)}×` : '–';
    const banner = p.bannerAfterLoadMs.length > 0 ? `${range(p.bannerAfterLoadMs, 0)} / ${range(p.firefoxBannerAfterLoadMs, 0)}` : '–';
    lines.push(
      `| ${p.name} | ${range(p.scriptMs, 2)} | ${range(p.longestMs, 2)} | ${range(p.floorMs, 2)} | ${ratio} | ${(100 * median(p.shareOfBusy)).toFixed(1)}% | ${(p.heapDeltaBytes / 1024).toFixed(0)} KB | ${banner} |`,
    );
  }
  if (pages.some((p) => p.firefoxScriptMs.length > 0)) {
    lines.push(
      '',
      `Firefox ESR, ${runs} runs each, from Firefox's own profiler (main threads, 0.2 ms samples), median (min–max):`,
      '',
      '| page | extension main-thread ms (its own code + Firefox machinery serving it) | of which its own code | longest stretch ms | share of main-thread busy time |',
      '|---|---|---|---|---|',
    );
    for (const p of pages) {
      lines.push(`| ${p.name} | ${range(p.firefoxScriptMs, 2)} | ${range(p.firefoxOwnMs, 2)} | ${range(p.firefoxLongestMs, 2)} | ${(100 * median(p.firefoxShareOfBusy)).toFixed(1)}% |`);
    }
    lines.push(
      '',
      `reference watcher in Firefox on the no-digit page: ${range(firefoxReference.map((c) => c.scriptMs), 2)} ms, of which its own code ${range(firefoxReference.map((c) => c.ownMs), 2)} ms`,
    );
  }
  for (const p of pages) {
    if (!p.falseNumbers) continue;
    const wrong = [...new Set(p.falseNumbers.flat())];
    lines.push(
      '',
      `${p.name}: false phone matches per run: ${p.falseNumbers.map((f) => f.length).join(', ')}${wrong.length > 0 ? ` (${wrong.join(', ')})` : ''}; real numbers found per run: ${(p.realFound ?? []).join(', ')}`,
    );
  }
  lines.push(
    '',
    `reference watcher (a content script that only observes mutations and messages its service worker) on the no-digit page: ${range(referenceMs, 2)} ms`,
  );
  return lines.join('\n');
}
