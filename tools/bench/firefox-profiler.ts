/**
 * Loads of one bench page in a Firefox started with its own profiler, and the profile it writes when it quits.
 * The bench reads it for the extension's cost per load (gecko-profile.ts); profile-page.ts for time per
 * function. Profiling starts with the browser, so the first load's injection is in it too.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FirefoxExtension } from '../../harness/firefox.ts';
import type { FixtureServer } from '../../harness/fixture-server.ts';
import { geckoExtensionCost, type GeckoProfile, type LoadCost, type LoadWindow } from './gecko-profile.ts';
import { pause, settle, type PageCase } from './page-cases.ts';

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

/** The extension's main-thread time in Firefox, per load (gecko-profile.ts); `dist` defaults to dist/firefox. */
export async function firefoxCosts(server: FixtureServer, test: PageCase, runs: number, dist?: string): Promise<LoadCost[]> {
  const { profile, extensionBase, windows } = await profiledFirefoxLoads(server, test, runs, dist);
  return geckoExtensionCost(profile, extensionBase, windows);
}
